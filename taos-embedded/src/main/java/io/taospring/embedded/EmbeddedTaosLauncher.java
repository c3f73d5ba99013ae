package io.taospring.embedded;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded server from the command line:
 * {@code java -jar taos-embedded.jar --port 6041 [--bind 127.0.0.1] [--user root --password taosdata]}.
 * Prints one line with the listening address, then serves until the process is stopped (SIGTERM/Ctrl-C
 * close the server through a shutdown hook).
 */
public final class EmbeddedTaosLauncher {

    private static final String USAGE =
            "usage: java -jar taos-embedded.jar [--port 6041] [--bind 127.0.0.1] [--user root --password taosdata]";

    private EmbeddedTaosLauncher() {
    }

    /** Starts the server and blocks until the JVM shuts down. */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedTaosServer server;
        try {
            server = parse(args).build().start();
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "taos-embedded-shutdown"));
        announce(server, System.out);
        stopped.await();
    }

    /** Prints the one line that tells scripts where the server listens. */
    static void announce(EmbeddedTaosServer server, PrintStream out) {
        out.println("taos-embedded listening on " + server.host() + ":" + server.port()
                + " (REST " + server.restUrl() + ", WebSocket " + server.wsUrl() + ")");
        out.flush();
    }

    /** Reads the command-line options into a builder. */
    static EmbeddedTaosServer.Builder parse(String[] args) {
        EmbeddedTaosServer.Builder builder = EmbeddedTaosServer.builder().port(6041);
        String user = null;
        String password = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(required(args[i], value)));
                case "--bind" -> builder.bindAddress(required(args[i], value));
                case "--user" -> user = required(args[i], value);
                case "--password" -> password = required(args[i], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (user != null || password != null) {
            builder.user(user == null ? "root" : user, required("--password", password));
        }
        return builder;
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
