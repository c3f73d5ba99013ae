package io.taospring.embedded.engine.query;

import java.util.regex.Pattern;

/** LIKE patterns as regular expressions. */
public final class Patterns {

    private Patterns() {
    }

    /** {@code %} any run, {@code _} one character, {@code \%} and {@code \_} literal. */
    public static Pattern like(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** Whether {@code text} matches a LIKE pattern. */
    public static boolean like(String text, String pattern) {
        return like(pattern).matcher(text).matches();
    }
}
