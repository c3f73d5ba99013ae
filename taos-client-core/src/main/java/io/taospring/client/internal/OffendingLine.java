package io.taospring.client.internal;

import java.util.List;

/**
 * Finds the line a schemaless error is about. TDengine's messages read {@code <reason>:<the data from the
 * failing position on>} ({@code clientSml.c} {@code smlBuildInvalidDataMsg}), so the line holding that text is
 * the offending one.
 */
final class OffendingLine {

    /** Shortest quoted text worth searching for: a shorter one matches too many lines to name one. */
    private static final int MIN_QUOTE = 3;

    private OffendingLine() {
    }

    /** The offending line, the only line when one was sent, or null when it cannot be told. */
    static String find(List<String> lines, String message) {
        if (lines.size() == 1 && lines.get(0).indexOf('\n') < 0) {
            return lines.get(0);
        }
        String quote = quote(message);
        if (quote == null) {
            return null;
        }
        for (String candidate : lines) {
            for (String line : candidate.split("\n", -1)) {
                if (line.contains(quote)) {
                    return line;
                }
            }
        }
        return null;
    }

    private static String quote(String message) {
        int colon = message.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String rest = message.substring(colon + 1);
        int end = rest.indexOf('\n');
        String quote = end < 0 ? rest : rest.substring(0, end);
        return quote.length() < MIN_QUOTE ? null : quote;
    }
}
