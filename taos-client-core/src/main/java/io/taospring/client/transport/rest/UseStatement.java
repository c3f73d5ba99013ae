package io.taospring.client.transport.rest;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises {@code USE db}. REST is stateless, so the connection remembers the database a successful
 * {@code USE} selected and names it in the path of every later request.
 */
final class UseStatement {

    private UseStatement() {
    }

    /**
     * The database {@code sql} selects, if it is a USE statement: unquoted names lower-cased as the server
     * reads them, back-quoted names as written.
     */
    static Optional<String> database(String sql) {
        String text = stripTerminator(sql.strip());
        if (text.length() < 5 || !text.regionMatches(true, 0, "use", 0, 3) || !Character.isWhitespace(text.charAt(3))) {
            return Optional.empty();
        }
        return name(text.substring(4).strip());
    }

    /** The database name in the form the configuration gives it: lower-cased unless back-quoted. */
    static String normalize(String database) {
        return name(database.strip()).orElse(database);
    }

    private static Optional<String> name(String name) {
        if (name.length() > 2 && name.startsWith("`") && name.endsWith("`")) {
            String quoted = name.substring(1, name.length() - 1);
            return quoted.indexOf('`') < 0 ? Optional.of(quoted) : Optional.empty();
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return Optional.empty();
            }
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name.toLowerCase(Locale.ROOT));
    }

    private static String stripTerminator(String text) {
        return text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
    }
}
