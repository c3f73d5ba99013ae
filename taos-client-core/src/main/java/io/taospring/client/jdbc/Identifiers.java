package io.taospring.client.jdbc;

/** TDengine identifiers and string literals in the SQL this driver writes itself (metadata queries, USE). */
final class Identifiers {

    private Identifiers() {
    }

    /** {@code name} in backticks; a backtick inside is doubled so that the name cannot end the quote early. */
    static String quote(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    /** {@code text} as a single-quoted string literal with {@code \} and {@code '} escaped. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\'') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }
}
