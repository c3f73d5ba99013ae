package io.taospring.embedded.rest;

import io.taospring.client.Precision;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * RFC 3339 timestamps as REST writes them (rest.md 5.3, types.md 5): the fraction always has the
 * precision's digit count, the offset is {@code Z} when it is zero and {@code +HH:MM} otherwise.
 */
final class TimestampText {

    private final ZoneId zone;
    private final Precision precision;
    private final long fractionDivisor;

    TimestampText(ZoneId zone, Precision precision) {
        this.zone = zone;
        this.precision = precision;
        this.fractionDivisor = switch (precision) {
            case MILLISECONDS -> 1_000_000L;
            case MICROSECONDS -> 1_000L;
            case NANOSECONDS -> 1L;
        };
    }

    /** The text of a stored timestamp value. */
    String format(long value) {
        Instant instant = precision.toInstant(value);
        ZoneOffset offset = zone.getRules().getOffset(instant);
        LocalDateTime local = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
        StringBuilder text = new StringBuilder(40);
        pad(text, local.getYear(), 4).append('-');
        pad(text, local.getMonthValue(), 2).append('-');
        pad(text, local.getDayOfMonth(), 2).append('T');
        pad(text, local.getHour(), 2).append(':');
        pad(text, local.getMinute(), 2).append(':');
        pad(text, local.getSecond(), 2).append('.');
        pad(text, instant.getNano() / fractionDivisor, precision.fractionDigits());
        return appendOffset(text, offset.getTotalSeconds()).toString();
    }

    private static StringBuilder appendOffset(StringBuilder text, int seconds) {
        if (seconds == 0) {
            return text.append('Z');
        }
        text.append(seconds < 0 ? '-' : '+');
        int minutes = Math.abs(seconds) / 60;
        pad(text, minutes / 60, 2).append(':');
        return pad(text, minutes % 60, 2);
    }

    private static StringBuilder pad(StringBuilder text, long value, int width) {
        if (value < 0) {
            text.append('-');
            value = -value;
        }
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }
}
