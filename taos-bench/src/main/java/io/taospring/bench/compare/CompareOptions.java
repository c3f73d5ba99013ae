package io.taospring.bench.compare;

import java.util.Locale;

/**
 * The options of a side-by-side scenario.
 *
 * @param url      our DSN of the server ({@code ws://host:port}), or null to start an embedded server
 * @param rows     the number of rows the scenario works on
 * @param official whether to run the official driver too
 * @param rounds   measured rounds per side
 * @param warmups  unmeasured rounds per side first
 */
record CompareOptions(String url, int rows, boolean official, int rounds, int warmups) {

    static CompareOptions parse(String[] args, int defaultRows) {
        String url = null;
        int rows = defaultRows;
        boolean official = true;
        int rounds = 5;
        int warmups = 2;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--url" -> url = require(args[i], value);
                case "--rows" -> rows = Integer.parseInt(require(args[i], value));
                case "--official" -> official = Boolean.parseBoolean(require(args[i], value));
                case "--rounds" -> rounds = Integer.parseInt(require(args[i], value));
                case "--warmups" -> warmups = Integer.parseInt(require(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (expected --url, --rows, --official, --rounds, --warmups)");
            }
            i++;
        }
        if (url != null && !url.toLowerCase(Locale.ROOT).startsWith("ws")) {
            throw new IllegalArgumentException("--url must be a ws:// or wss:// address, was " + url);
        }
        return new CompareOptions(url, rows, official, rounds, warmups);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
