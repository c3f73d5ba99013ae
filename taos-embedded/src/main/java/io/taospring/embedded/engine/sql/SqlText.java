package io.taospring.embedded.engine.sql;

/** The statement as TDengine's client hands it to the parser: lower-cased outside quotes. */
public final class SqlText {

    private SqlText() {
    }

    /** Lower-cases {@code sql} except inside {@code '...'}, {@code "..."} and back quotes. */
    public static String normalise(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && quote != '`' && i + 1 < sql.length()) {
                    out.append(sql.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else {
                if (c == '\'' || c == '"' || c == '`') {
                    quote = c;
                }
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
        }
        return out.toString();
    }
}
