package io.taospring.embedded.engine.query;

import io.taospring.client.Precision;
import io.taospring.client.TaosType;
import io.taospring.embedded.engine.Errors;
import io.taospring.embedded.engine.sql.Expr;
import io.taospring.embedded.engine.sql.Expr.LiteralKind;
import io.taospring.embedded.engine.storage.ColumnDef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Converts the value expressions of INSERT ... VALUES and TAGS (...) to canonical values of a column's
 * type, with the insert parser's errors: 0x0216 for malformed or out-of-range values, 0x2653 for strings
 * that are too long.
 */
public final class ValueParser {

    private static final BigInteger[][] RANGES = {
        {BigInteger.valueOf(Byte.MIN_VALUE), BigInteger.valueOf(Byte.MAX_VALUE)},
        {BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE)},
        {BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)},
        {BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)},
        {BigInteger.ZERO, BigInteger.valueOf(255)},
        {BigInteger.ZERO, BigInteger.valueOf(65_535)},
        {BigInteger.ZERO, BigInteger.valueOf(4_294_967_295L)},
        {BigInteger.ZERO, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)},
    };

    private final String sql;
    private final Precision precision;
    private final long now;
    private final ZoneId zone;

    /**
     * @param sql       the normalised statement, quoted in error messages
     * @param precision the database precision for timestamps
     * @param now       the statement's NOW in {@code precision}
     * @param zone      the zone of timestamp strings without offset
     */
    public ValueParser(String sql, Precision precision, long now, ZoneId zone) {
        this.sql = sql;
        this.precision = precision;
        this.now = now;
        this.zone = zone;
    }

    /** The canonical value of {@code value} for {@code column}; null for NULL. */
    public Object parse(Expr value, ColumnDef column) {
        if (value instanceof Expr.Literal literal && literal.kind() == LiteralKind.NULL) {
            return null;
        }
        TaosType type = column.type();
        return switch (type) {
            case TIMESTAMP -> timestamp(value);
            case BOOL -> bool(value);
            case TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT, UBIGINT -> integer(value, type);
            case FLOAT, DOUBLE -> floating(value, type);
            case DECIMAL, DECIMAL64 -> decimal(value, column);
            case VARBINARY, GEOMETRY, BLOB -> binary(value, column);
            default -> text(value, column);
        };
    }

    /** The 0x0216 error for a bad value at {@code at}. */
    public RuntimeException error(Expr at, String reason) {
        return Errors.badValue(sql.substring(Math.min(at.start(), sql.length())), reason);
    }

    // ---- timestamps ----

    private long timestamp(Expr value) {
        if (value instanceof Expr.Binary binary && (binary.op().equals("+") || binary.op().equals("-"))) {
            long base = timestamp(binary.left());
            long delta = durationValue(binary.right());
            return binary.op().equals("+") ? base + delta : base - delta;
        }
        if (value instanceof Expr.Call call && call.args().isEmpty()
                && (call.name().equals("now") || call.name().equals("today"))) {
            return call.name().equals("now") ? now : today();
        }
        Signed signed = signed(value);
        if (signed != null && signed.literal.kind() == LiteralKind.INTEGER) {
            return new BigInteger(signed.text()).longValue();
        }
        if (value instanceof Expr.Literal literal && literal.kind() == LiteralKind.STRING) {
            return parseTimestampString(literal);
        }
        throw error(value, "invalid timestamp");
    }

    private long parseTimestampString(Expr.Literal literal) {
        String text = literal.text().trim();
        if (text.matches("-?\\d+")) {
            return Long.parseLong(text);
        }
        try {
            return Times.parse(text, precision, zone);
        } catch (IllegalArgumentException e) {
            throw error(literal, "invalid timestamp");
        }
    }

    private long today() {
        long day = Times.unitLength('d', precision);
        return Math.floorDiv(now, day) * day;
    }

    private long durationValue(Expr value) {
        if (value instanceof Expr.Literal literal
                && (literal.kind() == LiteralKind.DURATION || literal.kind() == LiteralKind.INTEGER)) {
            return Times.duration(literal.text(), precision);
        }
        throw error(value, "invalid timestamp");
    }

    // ---- numbers ----

    /** A literal with an optional sign in front. */
    private record Signed(boolean negative, Expr.Literal literal) {
        String text() {
            String body = literal.text();
            if (literal.kind() == LiteralKind.INTEGER && body.startsWith("0x")) {
                body = new BigInteger(body.substring(2), 16).toString();
            }
            return negative ? "-" + body : body;
        }
    }

    private static Signed signed(Expr value) {
        boolean negative = false;
        Expr current = value;
        while (current instanceof Expr.Unary unary && (unary.op().equals("-") || unary.op().equals("+"))) {
            negative ^= unary.op().equals("-");
            current = unary.operand();
        }
        return current instanceof Expr.Literal literal ? new Signed(negative, literal) : null;
    }

    private Object bool(Expr value) {
        Signed signed = signed(value);
        if (signed != null) {
            Expr.Literal literal = signed.literal();
            switch (literal.kind()) {
                case BOOL -> {
                    return literal.text().equals("true");
                }
                case INTEGER, FLOAT -> {
                    return new BigDecimal(signed.text()).signum() != 0;
                }
                case STRING -> {
                    String text = literal.text().trim().toLowerCase(Locale.ROOT);
                    if (text.equals("true") || text.equals("false")) {
                        return text.equals("true");
                    }
                    BigDecimal number = number(text);
                    if (number != null) {
                        return number.signum() != 0;
                    }
                }
                default -> {
                    // falls through to the error
                }
            }
        }
        throw error(value, "invalid bool data");
    }

    private Object integer(Expr value, TaosType type) {
        String name = integerName(type);
        BigDecimal number = numericValue(value);
        if (number == null) {
            throw error(value, "invalid " + name + " data");
        }
        BigInteger whole = number.setScale(0, RoundingMode.DOWN).toBigInteger();
        BigInteger[] range = RANGES[rangeIndex(type)];
        if (whole.compareTo(range[0]) < 0 || whole.compareTo(range[1]) > 0) {
            throw error(value, name + " data overflow");
        }
        return whole.longValue();
    }

    private static int rangeIndex(TaosType type) {
        return switch (type) {
            case TINYINT -> 0;
            case SMALLINT -> 1;
            case INT -> 2;
            case BIGINT -> 3;
            case UTINYINT -> 4;
            case USMALLINT -> 5;
            case UINT -> 6;
            default -> 7;
        };
    }

    private static String integerName(TaosType type) {
        String lower = type.sqlName().toLowerCase(Locale.ROOT);
        return type.isUnsigned() ? "unsigned " + lower.substring(0, lower.indexOf(' ')) : lower;
    }

    private BigDecimal numericValue(Expr value) {
        Signed signed = signed(value);
        if (signed == null) {
            return null;
        }
        return switch (signed.literal().kind()) {
            case INTEGER, FLOAT -> new BigDecimal(signed.text());
            case BOOL -> signed.literal().text().equals("true") ? BigDecimal.ONE : BigDecimal.ZERO;
            case STRING -> number((signed.negative() ? "-" : "") + signed.literal().text().trim());
            default -> null;
        };
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Object floating(Expr value, TaosType type) {
        String name = type == TaosType.FLOAT ? "float" : "double";
        BigDecimal number = numericValue(value);
        if (number == null) {
            throw error(value, "invalid " + name + " data");
        }
        double result = number.doubleValue();
        double max = type == TaosType.FLOAT ? Float.MAX_VALUE : Double.MAX_VALUE;
        if (Double.isInfinite(result) || Math.abs(result) > max) {
            throw error(value, "illegal " + name + " data");
        }
        return result;
    }

    private Object decimal(Expr value, ColumnDef column) {
        BigDecimal number = numericValue(value);
        if (number == null) {
            throw error(value, "invalid decimal data");
        }
        BigDecimal scaled = number.setScale(column.scale(), RoundingMode.HALF_UP);
        if (scaled.precision() > column.precision()) {
            throw error(value, "decimal data overflow");
        }
        return scaled;
    }

    // ---- strings and bytes ----

    private Object text(Expr value, ColumnDef column) {
        String text = stringValue(value);
        if (text == null) {
            throw error(value, "invalid data or symbol");
        }
        int length = column.type() == TaosType.VARCHAR
                ? text.getBytes(StandardCharsets.UTF_8).length : text.codePointCount(0, text.length());
        if (length > column.length()) {
            throw Errors.valueTooLong(column.name());
        }
        return text;
    }

    private static String stringValue(Expr value) {
        Signed signed = signed(value);
        if (signed == null) {
            return null;
        }
        return switch (signed.literal().kind()) {
            case STRING -> signed.literal().text();
            case INTEGER, FLOAT, BOOL -> signed.text();
            default -> null;
        };
    }

    private Object binary(Expr value, ColumnDef column) {
        String text = stringValue(value);
        if (text == null) {
            throw error(value, "invalid data or symbol");
        }
        byte[] bytes;
        if (column.type() == TaosType.GEOMETRY) {
            bytes = Wkt.toWkb(text);
            if (bytes == null) {
                throw error(value, "invalid geometry data");
            }
        } else if (text.startsWith("\\x") || text.startsWith("\\X")) {
            try {
                bytes = HexFormat.of().parseHex(text.substring(2));
            } catch (IllegalArgumentException e) {
                throw error(value, "invalid hex data");
            }
        } else {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        }
        if (bytes.length > column.length()) {
            throw Errors.valueTooLong(column.name());
        }
        return bytes;
    }
}
