package io.taospring.embedded.schemaless;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The decimal number at the start of a value, read as C's {@code strtod} reads it (no hex forms). */
final class NumberText {

    private static final BigInteger UNSIGNED_LIMIT = BigInteger.ONE.shiftLeft(64);

    private NumberText() {
    }

    /** Where the number at the start of {@code text} ends; 0 when there is none. */
    static int end(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int special = special(text, i);
        if (special > 0) {
            return special;
        }
        int end = digits(text, i);
        int digitCount = end - i;
        if (end < n && text.charAt(end) == '.') {
            int fractionEnd = digits(text, end + 1);
            digitCount += fractionEnd - end - 1;
            end = fractionEnd;
        }
        return digitCount == 0 ? 0 : exponent(text, end);
    }

    private static int special(String text, int from) {
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (text.regionMatches(true, from, word, 0, word.length())) {
                return from + word.length();
            }
        }
        return 0;
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static int exponent(String text, int from) {
        if (from >= text.length() || (text.charAt(from) != 'e' && text.charAt(from) != 'E')) {
            return from;
        }
        int i = from + 1;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int end = digits(text, i);
        return end > i ? end : from;
    }

    /** The number as a double. */
    static double toDouble(String number) {
        String lower = number.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("nan")) {
            return Double.NaN;
        }
        if (lower.endsWith("inf") || lower.endsWith("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(number);
    }

    /**
     * The number as a 64-bit integer (fractions truncated towards zero, as a C cast does), or null when it is
     * not finite or out of the 64-bit range; {@code unsigned} reads 0..2^64-1 into the bit pattern.
     */
    static Long toLong(String number, boolean unsigned) {
        double asDouble = toDouble(number);
        if (Double.isNaN(asDouble) || Double.isInfinite(asDouble)) {
            return null;
        }
        if (Math.abs(asDouble) < 1) {
            return 0L;
        }
        BigInteger exact = new BigDecimal(number).toBigInteger();
        if (unsigned) {
            return exact.signum() < 0 || exact.compareTo(UNSIGNED_LIMIT) >= 0 ? null : exact.longValue();
        }
        return exact.bitLength() > 63 ? null : exact.longValue();
    }
}
