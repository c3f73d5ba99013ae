package io.taospring.client.transport.rest;

import io.taospring.client.Precision;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parses REST timestamps: RFC 3339 {@code YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|±HH:MM|±HHMM)}, into the
 * stored value of a precision. Exact integer arithmetic only: a nanosecond value never passes through a
 * double.
 */
final class RestTimestamps {

    private static final int FRACTION_START = 19;
    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L};

    private RestTimestamps() {
    }

    /**
     * The precision a timestamp's fraction digits reveal. REST sends no precision, so this follows the
     * official JDBC driver: more than 6 digits is nanoseconds, more than 3 microseconds, else milliseconds.
     */
    static Precision precisionOf(String text) {
        int digits = fractionDigits(text);
        if (digits > 6) {
            return Precision.NANOSECONDS;
        }
        return digits > 3 ? Precision.MICROSECONDS : Precision.MILLISECONDS;
    }

    /**
     * The stored value of {@code text} at {@code precision}.
     *
     * @throws IllegalArgumentException when the text is not an RFC 3339 timestamp, or has non-zero digits
     *         finer than the precision (they cannot be stored exactly)
     */
    static long parse(String text, Precision precision) {
        long epochSecond = epochSecond(text);
        int digits = fractionDigits(text);
        long fraction = digits == 0 ? 0 : digitsAt(text, FRACTION_START + 1, digits);
        long perSecond = POWERS_OF_TEN[precision.fractionDigits()];
        long part = scale(fraction, digits, precision.fractionDigits(), text);
        try {
            if (epochSecond < 0 && part > 0) {
                // borrow a second so that the smallest values (e.g. Long.MIN_VALUE ns) do not overflow on the way
                return Math.addExact(Math.multiplyExact(epochSecond + 1, perSecond), part - perSecond);
            }
            return Math.addExact(Math.multiplyExact(epochSecond, perSecond), part);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("timestamp '" + text + "' does not fit in 64 bits at " + precision, e);
        }
    }

    private static long scale(long fraction, int digits, int target, String text) {
        if (digits <= target) {
            return fraction * POWERS_OF_TEN[target - digits];
        }
        long divisor = POWERS_OF_TEN[digits - target];
        if (fraction % divisor != 0) {
            throw new IllegalArgumentException("timestamp '" + text + "' is finer than the result's precision ("
                    + target + " fraction digits)");
        }
        return fraction / divisor;
    }

    private static long epochSecond(String text) {
        expect(text, 4, '-');
        expect(text, 7, '-');
        expectT(text);
        expect(text, 13, ':');
        expect(text, 16, ':');
        int year = (int) digitsAt(text, 0, 4);
        int month = (int) digitsAt(text, 5, 2);
        int day = (int) digitsAt(text, 8, 2);
        int hour = (int) digitsAt(text, 11, 2);
        int minute = (int) digitsAt(text, 14, 2);
        int second = (int) digitsAt(text, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            throw malformed(text);
        }
        long epochDay = epochDay(text, year, month, day);
        int offsetStart = FRACTION_START + (fractionDigits(text) == 0 ? 0 : fractionDigits(text) + 1);
        return epochDay * 86_400L + hour * 3_600L + minute * 60L + second - offsetSeconds(text, offsetStart);
    }

    private static long epochDay(String text, int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("malformed timestamp '" + text + "'", e);
        }
    }

    private static int fractionDigits(String text) {
        if (text.length() <= FRACTION_START || text.charAt(FRACTION_START) != '.') {
            return 0;
        }
        int end = FRACTION_START + 1;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        int digits = end - FRACTION_START - 1;
        if (digits == 0 || digits > 9) {
            throw malformed(text);
        }
        return digits;
    }

    private static int offsetSeconds(String text, int start) {
        if (start >= text.length()) {
            throw malformed(text);
        }
        char sign = text.charAt(start);
        if ((sign == 'Z' || sign == 'z') && start + 1 == text.length()) {
            return 0;
        }
        if (sign != '+' && sign != '-') {
            throw malformed(text);
        }
        int rest = text.length() - start - 1;
        boolean colon = rest == 5 && text.charAt(start + 3) == ':';
        if (!colon && rest != 4) {
            throw malformed(text);
        }
        int hours = (int) digitsAt(text, start + 1, 2);
        int minutes = (int) digitsAt(text, start + (colon ? 4 : 3), 2);
        if (hours > 23 || minutes > 59) {
            throw malformed(text);
        }
        int seconds = hours * 3_600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static long digitsAt(String text, int start, int count) {
        if (start + count > text.length()) {
            throw malformed(text);
        }
        long value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                throw malformed(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void expect(String text, int index, char expected) {
        if (index >= text.length() || text.charAt(index) != expected) {
            throw malformed(text);
        }
    }

    private static void expectT(String text) {
        if (text.length() <= 10 || text.charAt(10) != 'T' && text.charAt(10) != 't') {
            throw malformed(text);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IllegalArgumentException malformed(String text) {
        return new IllegalArgumentException("malformed timestamp '" + text + "' (expected RFC 3339)");
    }
}
