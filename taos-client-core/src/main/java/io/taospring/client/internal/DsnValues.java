package io.taospring.client.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for the typed values of DSN query parameters: durations, time zones and booleans. */
final class DsnValues {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,18})(ms|s|m|h)?");
    private static final Pattern POSIX_ZONE = Pattern.compile("(?i)(?:UTC|GMT)([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private DsnValues() {
    }

    /** {@code 10s}, {@code 500ms}, {@code 2m}, {@code 1h}, or a bare number of milliseconds; positive. */
    static Duration duration(String key, String value) {
        Matcher m = DURATION.matcher(value);
        Duration duration = null;
        if (m.matches()) {
            try {
                duration = Duration.of(Long.parseLong(m.group(1)), unit(m.group(2)));
            } catch (ArithmeticException e) {
                duration = null;
            }
        }
        if (duration == null || duration.isZero()) {
            throw DsnParser.invalid("bad duration '" + value + "' for '" + key
                    + "' (expected a positive number with ms, s, m or h, or a bare number of milliseconds)");
        }
        return duration;
    }

    /** Like {@link #duration} but zero is allowed: {@code 0} means no pause. */
    static Duration pause(String key, String value) {
        return value.equals("0") ? Duration.ZERO : duration(key, value);
    }

    /** A count: a non-negative integer. */
    static int count(String key, String value) {
        boolean digits = !value.isEmpty() && value.length() <= 9 && value.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits) {
            throw DsnParser.invalid("bad value '" + value + "' for '" + key + "' (expected a whole number, 0 or more)");
        }
        return Integer.parseInt(value);
    }

    private static ChronoUnit unit(String suffix) {
        if (suffix == null) {
            return ChronoUnit.MILLIS;
        }
        return switch (suffix) {
            case "ms" -> ChronoUnit.MILLIS;
            case "s" -> ChronoUnit.SECONDS;
            case "m" -> ChronoUnit.MINUTES;
            default -> ChronoUnit.HOURS;
        };
    }

    /**
     * An IANA zone id ({@code Asia/Shanghai}, {@code UTC}) or an offset ({@code +08:00}).
     *
     * <p>{@code UTC-8} and {@code GMT-8} follow the POSIX {@code TZ} convention that TDengine and the
     * official driver's examples use: the sign says how far UTC is from local time, so {@code UTC-8} is
     * eight hours <em>ahead</em> of UTC ({@code +08:00}), the opposite of {@link ZoneId#of(String)}.
     */
    static ZoneId timezone(String value) {
        try {
            Matcher posix = POSIX_ZONE.matcher(value);
            if (posix.matches()) {
                int sign = posix.group(1).equals("-") ? 1 : -1;
                int minutes = posix.group(3) == null ? 0 : Integer.parseInt(posix.group(3));
                return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(posix.group(2)), sign * minutes);
            }
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw DsnParser.invalid("bad timezone '" + value
                    + "' (expected an IANA zone id such as Asia/Shanghai or UTC, or an offset such as +08:00)");
        }
    }

    /** {@code true} or {@code false}, in any case. */
    static boolean bool(String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw DsnParser.invalid("bad value '" + value + "' for '" + key + "' (expected true or false)");
        };
    }
}
