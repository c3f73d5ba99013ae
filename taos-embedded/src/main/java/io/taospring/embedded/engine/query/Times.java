package io.taospring.embedded.engine.query;

import io.taospring.client.Precision;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Timestamp literals and duration units. */
public final class Times {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?)?"
                    + "\\s*(z|Z|[+-]\\d{2}:?\\d{2})?");

    private Times() {
    }

    /**
     * Parses {@code 2018-10-03 14:38:05.000} (in {@code zone}) or RFC 3339 with {@code T} and
     * {@code Z}/offset into a value of {@code precision}.
     *
     * @throws IllegalArgumentException if the text is not a timestamp
     */
    public static long parse(String text, Precision precision, ZoneId zone) {
        Matcher m = TIMESTAMP.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a timestamp: " + text);
        }
        try {
            LocalDateTime local = LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5),
                    num(m, 6), nanos(m.group(7)));
            ZoneId effective = m.group(8) == null ? zone : offset(m.group(8));
            Instant instant = local.atZone(effective).toInstant();
            return precision.fromInstant(instant);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("not a timestamp: " + text, e);
        }
    }

    private static int num(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        StringBuilder digits = new StringBuilder(fraction);
        while (digits.length() < 9) {
            digits.append('0');
        }
        return Integer.parseInt(digits.toString());
    }

    private static ZoneId offset(String text) {
        if (text.equalsIgnoreCase("z")) {
            return ZoneOffset.UTC;
        }
        String normal = text.contains(":") ? text : text.substring(0, 3) + ":" + text.substring(3);
        return ZoneOffset.of(normal);
    }

    /** The length of one {@code unit} (b, u, a, s, m, h, d, w) in {@code precision}'s unit. */
    public static long unitLength(char unit, Precision precision) {
        long nanos = switch (unit) {
            case 'b' -> 1L;
            case 'u' -> 1_000L;
            case 'a' -> 1_000_000L;
            case 's' -> 1_000_000_000L;
            case 'm' -> 60_000_000_000L;
            case 'h' -> 3_600_000_000_000L;
            case 'd' -> 86_400_000_000_000L;
            case 'w' -> 7 * 86_400_000_000_000L;
            default -> throw new IllegalArgumentException("no fixed length for unit " + unit);
        };
        return switch (precision) {
            case MILLISECONDS -> nanos / 1_000_000L;
            case MICROSECONDS -> nanos / 1_000L;
            case NANOSECONDS -> nanos;
        };
    }

    /** A duration literal such as {@code 10s} in {@code precision}'s unit (plain integers as is). */
    public static long duration(String literal, Precision precision) {
        char unit = literal.charAt(literal.length() - 1);
        if (Character.isDigit(unit)) {
            return Long.parseLong(literal);
        }
        long amount = Long.parseLong(literal.substring(0, literal.length() - 1));
        return Math.multiplyExact(amount, unitLength(unit, precision));
    }

    /** The current time in {@code precision}. */
    public static long now(Instant now, Precision precision) {
        return precision.fromInstant(now);
    }
}
