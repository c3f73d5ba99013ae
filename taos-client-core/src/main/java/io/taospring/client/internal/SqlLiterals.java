package io.taospring.client.internal;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ProgrammingError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes Java values as TDengine SQL literals.
 *
 * <p>Strings are single-quoted with {@code \} and {@code '} escaped by a backslash, so that no value can
 * end its literal early. Instants are RFC 3339 in UTC with all nine fraction digits
 * ({@code '2024-01-01T00:00:00.123456789Z'}), exact whatever the connection's zone. A
 * {@link LocalDateTime} is written without a zone ({@code '2024-01-01 08:00:00.000000000'}), which the
 * server reads in the connection's time zone.
 */
final class SqlLiterals {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SqlLiterals() {
    }

    /** Appends the literal of parameter number {@code index} (from 1) of {@code sql}. */
    static void append(StringBuilder out, Object value, int index, String sql) {
        if (value == null) {
            out.append("NULL");
        } else if (value instanceof Boolean || value instanceof Byte || value instanceof Short
                || value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Float || value instanceof Double) {
            out.append(finite((Number) value, index, sql));
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof String text) {
            quoted(out, text, index, sql);
        } else if (value instanceof byte[] bytes) {
            hex(out, bytes);
        } else if (value instanceof Timestamp timestamp) {
            out.append('\'').append(INSTANT.format(timestamp.toInstant())).append('\'');
        } else if (value instanceof Instant instant) {
            out.append('\'').append(INSTANT.format(instant)).append('\'');
        } else if (value instanceof LocalDateTime local) {
            out.append('\'').append(LOCAL.format(local)).append('\'');
        } else {
            throw invalid(index, sql, "has the type " + value.getClass().getName() + ", which has no SQL literal "
                    + "(use null, Boolean, an integer type, Float, Double, BigInteger, BigDecimal, String, "
                    + "byte[], Instant, Timestamp or LocalDateTime)");
        }
    }

    /** The shortest text that reads back as the same float or double ({@code 0.1f} is {@code 0.1}). */
    private static String finite(Number number, int index, String sql) {
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw invalid(index, sql, "is " + number + ", which TDengine has no literal for");
        }
        return number.toString();
    }

    private static void quoted(StringBuilder out, String text, int index, String sql) {
        if (text.indexOf('\0') >= 0) {
            // the native library reads SQL as a C string: a NUL would cut the statement short
            throw invalid(index, sql, "contains a NUL character, which a SQL string cannot carry");
        }
        out.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\'') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('\'');
    }

    private static void hex(StringBuilder out, byte[] bytes) {
        out.append("'\\x");
        for (byte b : bytes) {
            out.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        out.append('\'');
    }

    private static ProgrammingError invalid(int index, String sql, String problem) {
        return new ProgrammingError(ErrorCodes.INVALID_PARAMETER_VALUE, "parameter " + index + " " + problem,
                0, sql, null);
    }
}
