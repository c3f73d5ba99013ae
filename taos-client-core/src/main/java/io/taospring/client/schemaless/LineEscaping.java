package io.taospring.client.schemaless;

/**
 * The escaping rules of InfluxDB line protocol as TDengine reads it ({@code protocol/ws-schemaless.md} section 2):
 * a backslash before a separator makes it literal; a backslash before anything else is itself literal.
 */
final class LineEscaping {

    /** Separators escaped in a measurement. */
    static final String MEASUREMENT_SPECIALS = ", ";
    /** Separators escaped in tag keys, tag values and field keys. */
    static final String KEY_SPECIALS = ",= ";
    /** Characters escaped inside a quoted string field value. */
    static final String STRING_SPECIALS = "\"\\";

    private LineEscaping() {
    }

    /** {@code text} with a backslash before each character of {@code specials}. */
    static String escape(String text, String specials) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (specials.indexOf(c) >= 0) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append('\\');
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Checks a name or tag value that is written unquoted: it must not be empty, hold a line break, or end in a
     * backslash (which would escape the separator after it; TDengine has no escape for a trailing backslash).
     */
    static String checkUnquoted(String what, String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        checkNoLineBreak(what, text);
        if (text.charAt(text.length() - 1) == '\\') {
            throw new IllegalArgumentException(what + " must not end with a backslash: " + text);
        }
        return text;
    }

    /** Checks that a value holds no line break: the server splits the data into lines first. */
    static String checkNoLineBreak(String what, String text) {
        if (text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(what + " must not contain a line break");
        }
        return text;
    }
}
