package io.taospring.client.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code ?} placeholders of a statement, skipping what TDengine's tokenizer reads as strings,
 * quoted identifiers and comments. An unterminated string or comment runs to the end of the statement
 * (the server will reject it; no placeholder is invented inside it).
 */
final class SqlScanner {

    private SqlScanner() {
    }

    /** The text between placeholders: one more fragment than there are placeholders. */
    static List<String> splitAtPlaceholders(String sql) {
        List<String> fragments = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '?') {
                fragments.add(sql.substring(start, i));
                start = i + 1;
                i++;
            } else {
                i = skipToken(sql, i, c);
            }
        }
        fragments.add(sql.substring(start));
        return List.copyOf(fragments);
    }

    /** The index after the string, identifier or comment starting at {@code i}, or {@code i + 1}. */
    private static int skipToken(String sql, int i, char c) {
        return switch (c) {
            case '\'', '"' -> afterQuoted(sql, i + 1, c);
            case '`' -> after(sql, i + 1, "`");
            case '-' -> startsAt(sql, i + 1, '-') ? after(sql, i + 2, "\n") : i + 1;
            case '/' -> startsAt(sql, i + 1, '*') ? after(sql, i + 2, "*/") : i + 1;
            default -> i + 1;
        };
    }

    /** A doubled quote ({@code ''}) needs no case of its own: it closes one string and opens the next. */
    private static int afterQuoted(String sql, int from, char quote) {
        for (int i = from; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return sql.length();
    }

    private static int after(String sql, int from, String end) {
        int at = sql.indexOf(end, from);
        return at < 0 ? sql.length() : at + end.length();
    }

    private static boolean startsAt(String sql, int i, char c) {
        return i < sql.length() && sql.charAt(i) == c;
    }
}
