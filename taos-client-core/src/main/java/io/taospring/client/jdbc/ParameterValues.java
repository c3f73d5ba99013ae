package io.taospring.client.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.HexFormat;

/**
 * Turns the values a {@link java.sql.PreparedStatement} is given into those the SQL renderer writes as
 * literals ({@code null}, Boolean, integers, Float, Double, BigInteger, BigDecimal, String, byte[],
 * Instant, Timestamp). Date-times without a zone are read in the connection's zone (the {@code timezone}
 * setting, else the JVM's), the same zone results are read in, so a value round-trips unchanged.
 */
final class ParameterValues {

    private final ZoneId zone;

    ParameterValues(ZoneId zone) {
        this.zone = zone;
    }

    /** The renderable form of a {@code setObject} value. */
    Object of(Object value) throws SQLException {
        if (value == null || value instanceof Boolean || value instanceof Byte || value instanceof Short
                || value instanceof Integer || value instanceof Long || value instanceof Float
                || value instanceof Double || value instanceof BigInteger || value instanceof BigDecimal
                || value instanceof String || value instanceof byte[] || value instanceof Instant
                || value instanceof Timestamp) {
            return value;
        }
        if (value instanceof Character || value instanceof java.util.UUID || value instanceof StringBuilder) {
            return value.toString();
        }
        return temporal(value);
    }

    private Object temporal(Object value) throws SQLException {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().atStartOfDay(zone).toInstant();
        }
        if (value instanceof Time time) {
            return LocalDate.EPOCH.atTime(time.toLocalTime()).atZone(zone).toInstant();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(zone).toInstant();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(zone).toInstant();
        }
        if (value instanceof LocalTime time) {
            return LocalDate.EPOCH.atTime(time).atZone(zone).toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Calendar calendar) {
            return calendar.toInstant();
        }
        throw SqlExceptions.unsupported("parameters of type " + value.getClass().getName()
                + " (use a number, String, byte[], a java.time or java.sql date-time, or null)");
    }

    /** The renderable form of {@code value} converted to {@code sqlType} ({@link Types}). */
    Object of(Object value, int sqlType) throws SQLException {
        Object plain = of(value);
        if (plain == null) {
            return null;
        }
        return switch (sqlType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR ->
                    text(plain);
            case Types.BOOLEAN, Types.BIT -> bool(plain);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> integer(plain);
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> decimal(plain).doubleValue();
            case Types.DECIMAL, Types.NUMERIC -> decimal(plain);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE, Types.TIME -> instant(plain);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> bytes(plain);
            default -> plain;
        };
    }

    private static String text(Object plain) {
        if (plain instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (plain instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return plain.toString();
    }

    private static Boolean bool(Object plain) throws SQLException {
        if (plain instanceof Boolean b) {
            return b;
        }
        if (plain instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(s);
        }
        if (plain instanceof Number) {
            return decimal(plain).signum() != 0;
        }
        throw conversion(plain, "BOOLEAN");
    }

    private static BigInteger integer(Object plain) throws SQLException {
        try {
            return decimal(plain).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new SQLException("'" + plain + "' is not a whole number", "22003", e);
        }
    }

    private static BigDecimal decimal(Object plain) throws SQLException {
        try {
            if (plain instanceof BigDecimal d) {
                return d;
            }
            if (plain instanceof BigInteger i) {
                return new BigDecimal(i);
            }
            if (plain instanceof Boolean b) {
                return b ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            if (plain instanceof Number || plain instanceof String) {
                return new BigDecimal(plain.toString().trim());
            }
        } catch (NumberFormatException e) {
            throw new SQLException("'" + plain + "' is not a number", "22018", e);
        }
        throw conversion(plain, "a number");
    }

    private Instant instant(Object plain) throws SQLException {
        if (plain instanceof Instant instant) {
            return instant;
        }
        if (plain instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (plain instanceof Long epochMillis) {
            return Instant.ofEpochMilli(epochMillis);
        }
        if (plain instanceof String text) {
            try {
                return Timestamp.valueOf(text.trim()).toLocalDateTime().atZone(zone).toInstant();
            } catch (IllegalArgumentException e) {
                throw new SQLException("'" + text + "' is not a timestamp (yyyy-mm-dd hh:mm:ss[.f...])", "22007", e);
            }
        }
        throw conversion(plain, "TIMESTAMP");
    }

    private static byte[] bytes(Object plain) throws SQLException {
        if (plain instanceof byte[] bytes) {
            return bytes;
        }
        if (plain instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        throw conversion(plain, "bytes");
    }

    /** A timestamp given with a calendar: its wall-clock value read in the calendar's zone. */
    static Instant withCalendar(Timestamp timestamp, Calendar calendar) {
        return timestamp.toLocalDateTime().atZone(calendar.getTimeZone().toZoneId()).toInstant();
    }

    /** A date given with a calendar: its midnight in the calendar's zone. */
    static Instant withCalendar(java.sql.Date date, Calendar calendar) {
        return date.toLocalDate().atStartOfDay(calendar.getTimeZone().toZoneId()).toInstant();
    }

    /** A time given with a calendar: that time on 1970-01-01 in the calendar's zone. */
    static Instant withCalendar(Time time, Calendar calendar) {
        return LocalDate.EPOCH.atTime(time.toLocalTime()).atZone(calendar.getTimeZone().toZoneId()).toInstant();
    }

    private static SQLException conversion(Object plain, String target) {
        String shown = plain instanceof byte[] bytes ? "0x" + HexFormat.of().formatHex(bytes) : String.valueOf(plain);
        return new SQLException("cannot convert " + plain.getClass().getSimpleName() + " " + shown + " to "
                + target, "22018");
    }
}
