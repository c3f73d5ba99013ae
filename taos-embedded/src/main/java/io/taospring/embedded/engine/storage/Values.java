package io.taospring.embedded.engine.storage;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** Conversions and comparisons between canonical values (see {@link ColumnVector}). */
public final class Values {

    /** The sentinel for "column not written" in an insert row (distinct from NULL). */
    public static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "NONE";
        }
    };

    private Values() {
    }

    /** A canonical numeric or BOOL value as a long. */
    public static long toLong(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalArgumentException("not a number: " + value);
    }

    /** A canonical numeric or BOOL value as a double. */
    public static double toDouble(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            return Double.parseDouble(s.trim());
        }
        throw new IllegalArgumentException("not a number: " + value);
    }

    /** A canonical numeric value as a BigDecimal. */
    public static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        return new BigDecimal(value.toString());
    }

    /** Whether a value is numeric (or BOOL, which compares as 0/1). */
    public static boolean isNumeric(Object value) {
        return value instanceof Number || value instanceof Boolean;
    }

    /**
     * Compares two non-null values: numbers numerically (exactly for two longs), text and bytes
     * lexicographically, mixed text and number as numbers when the text parses.
     */
    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (isNumeric(a) && isNumeric(b)) {
            if (a instanceof BigDecimal || b instanceof BigDecimal) {
                return toDecimal(asNumber(a)).compareTo(toDecimal(asNumber(b)));
            }
            return Double.compare(toDouble(a), toDouble(b));
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.compareUnsigned(x, y);
        }
        if (isNumeric(a) || isNumeric(b)) {
            return Double.compare(toDouble(a), toDouble(b));
        }
        return text(a).compareTo(text(b));
    }

    private static Object asNumber(Object value) {
        return value instanceof Boolean b ? (b ? 1L : 0L) : value;
    }

    /** Whether two non-null values are equal under {@link #compare}. */
    public static boolean equal(Object a, Object b) {
        try {
            return compare(a, b) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A value as text: strings as is, bytes as UTF-8, others by {@code toString}. */
    public static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        return String.valueOf(value);
    }

    /** Lower-case hex of bytes, as REST prints VARBINARY. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** A hashable key for grouping (byte arrays compare by content). */
    public static Object groupKey(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9e15) {
            return (long) (double) d;
        }
        return value;
    }
}
