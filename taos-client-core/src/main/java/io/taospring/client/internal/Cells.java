package io.taospring.client.internal;

import io.taospring.client.Precision;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ResultError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;

/**
 * Reads one cell of a block as the Java type a caller asks for. The one place where values are
 * converted between types, so every result (and later the JDBC result set) converts the same way.
 */
public final class Cells {

    private static final BigInteger UNSIGNED_LONG_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final Precision precision;
    private final ZoneId zone;

    /** Conversions for timestamps stored in {@code precision}, local date-times in {@code zone}. */
    public Cells(Precision precision, ZoneId zone) {
        this.precision = precision;
        this.zone = zone;
    }

    /** A BOOL, numeric (non-zero is true) or text ({@code true}/{@code false}/{@code 1}/{@code 0}) value. */
    public boolean getBoolean(RawBlock block, int c, int r) {
        if (block.isNull(c, r)) {
            return false;
        }
        TaosType type = block.type(c);
        if (type == TaosType.BOOL || isIntegral(type)) {
            return block.getLong(c, r) != 0;
        }
        if (type == TaosType.FLOAT || type == TaosType.DOUBLE) {
            return block.getDouble(c, r) != 0;
        }
        if (type.isText()) {
            String text = block.getString(c, r).trim();
            if (text.equalsIgnoreCase("true") || text.equals("1")) {
                return true;
            }
            if (text.equalsIgnoreCase("false") || text.equals("0")) {
                return false;
            }
        }
        throw conversion(block, c, "boolean");
    }

    /** An integral value within {@code [min, max]}; fractions are truncated toward zero. */
    public long getIntegral(RawBlock block, int c, int r, long min, long max, String target) {
        if (block.isNull(c, r)) {
            return 0;
        }
        TaosType type = block.type(c);
        if (type == TaosType.BOOL || isIntegral(type) && type != TaosType.UBIGINT) {
            return checkRange(block.getLong(c, r), min, max, block, c, target);
        }
        BigDecimal exact = getBigDecimal(block, c, r);
        BigInteger whole = exact.toBigInteger();
        if (whole.bitLength() > 63) {
            throw conversion(block, c, target + " (value " + exact.toPlainString() + " out of range)");
        }
        return checkRange(whole.longValue(), min, max, block, c, target);
    }

    /** A numeric value as double. */
    public double getDouble(RawBlock block, int c, int r) {
        if (block.isNull(c, r)) {
            return 0;
        }
        TaosType type = block.type(c);
        if (type == TaosType.FLOAT || type == TaosType.DOUBLE) {
            return block.getDouble(c, r);
        }
        if (type == TaosType.BOOL || isIntegral(type) && type != TaosType.UBIGINT) {
            return block.getLong(c, r);
        }
        return getBigDecimal(block, c, r).doubleValue();
    }

    /** A numeric (or numeric text) value as BigDecimal; null for NULL. */
    public BigDecimal getBigDecimal(RawBlock block, int c, int r) {
        if (block.isNull(c, r)) {
            return null;
        }
        TaosType type = block.type(c);
        if (type.isDecimal()) {
            return block.getDecimal(c, r);
        }
        if (type == TaosType.UBIGINT) {
            return new BigDecimal(unsigned(block.getLong(c, r)));
        }
        if (type == TaosType.BOOL || isIntegral(type)) {
            return BigDecimal.valueOf(block.getLong(c, r));
        }
        if (type == TaosType.FLOAT) {
            return new BigDecimal(Float.toString((float) requireFinite(block.getDouble(c, r), block, c)));
        }
        if (type == TaosType.DOUBLE) {
            return BigDecimal.valueOf(requireFinite(block.getDouble(c, r), block, c));
        }
        if (type.isText()) {
            try {
                return new BigDecimal(block.getString(c, r).trim());
            } catch (NumberFormatException e) {
                throw conversion(block, c, "number");
            }
        }
        throw conversion(block, c, "number");
    }

    /** An integral value as BigInteger (exact for BIGINT UNSIGNED); null for NULL. */
    public BigInteger getBigInteger(RawBlock block, int c, int r) {
        if (block.isNull(c, r)) {
            return null;
        }
        TaosType type = block.type(c);
        if (type == TaosType.UBIGINT) {
            return unsigned(block.getLong(c, r));
        }
        if (type == TaosType.BOOL || isIntegral(type)) {
            return BigInteger.valueOf(block.getLong(c, r));
        }
        return getBigDecimal(block, c, r).toBigInteger();
    }

    /** Any value as text; null for NULL. */
    public String getString(RawBlock block, int c, int r) {
        if (block.isNull(c, r)) {
            return null;
        }
        TaosType type = block.type(c);
        if (type.isText()) {
            return block.getString(c, r);
        }
        if (type.isBinary()) {
            return HexFormat.of().formatHex(block.getBytes(c, r));
        }
        return switch (type) {
            case BOOL -> Boolean.toString(block.getLong(c, r) != 0);
            case TIMESTAMP -> getInstant(block, c, r).toString();
            case FLOAT -> Float.toString((float) block.getDouble(c, r));
            case DOUBLE -> Double.toString(block.getDouble(c, r));
            case UBIGINT -> Long.toUnsignedString(block.getLong(c, r));
            case DECIMAL, DECIMAL64 -> block.getDecimal(c, r).toPlainString();
            default -> Long.toString(block.getLong(c, r));
        };
    }

    /** A variable-length value's bytes (text as UTF-8); null for NULL. */
    public byte[] getBytes(RawBlock block, int c, int r) {
        if (block.isNull(c, r)) {
            return null;
        }
        if (block.type(c).isVariable()) {
            return block.getBytes(c, r);
        }
        return getString(block, c, r).getBytes(StandardCharsets.UTF_8);
    }

    /** A TIMESTAMP value; null for NULL. */
    public Instant getInstant(RawBlock block, int c, int r) {
        if (block.isNull(c, r)) {
            return null;
        }
        if (block.type(c) != TaosType.TIMESTAMP) {
            throw conversion(block, c, "Instant");
        }
        return precision.toInstant(block.getLong(c, r));
    }

    /** The value as its type's Java class (TIMESTAMP as Instant); null for NULL. */
    public Object getObject(RawBlock block, int c, int r) {
        if (block.isNull(c, r)) {
            return null;
        }
        if (block.type(c) == TaosType.TIMESTAMP) {
            return getInstant(block, c, r);
        }
        return block.getObject(c, r);
    }

    /** The value converted to {@code target}; null for NULL. */
    public <T> T getObject(RawBlock block, int c, int r, Class<T> target) {
        if (block.isNull(c, r)) {
            return null;
        }
        return target.cast(convert(block, c, r, target));
    }

    private Object convert(RawBlock block, int c, int r, Class<?> target) {
        if (target == Object.class) {
            return getObject(block, c, r);
        }
        if (target == String.class) {
            return getString(block, c, r);
        }
        if (target == byte[].class) {
            return getBytes(block, c, r);
        }
        if (target == Boolean.class) {
            return getBoolean(block, c, r);
        }
        if (target == Byte.class) {
            return (byte) getIntegral(block, c, r, Byte.MIN_VALUE, Byte.MAX_VALUE, "Byte");
        }
        if (target == Short.class) {
            return (short) getIntegral(block, c, r, Short.MIN_VALUE, Short.MAX_VALUE, "Short");
        }
        if (target == Integer.class) {
            return (int) getIntegral(block, c, r, Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer");
        }
        if (target == Long.class) {
            return getIntegral(block, c, r, Long.MIN_VALUE, Long.MAX_VALUE, "Long");
        }
        if (target == Float.class) {
            return (float) getDouble(block, c, r);
        }
        if (target == Double.class) {
            return getDouble(block, c, r);
        }
        if (target == BigDecimal.class) {
            return getBigDecimal(block, c, r);
        }
        if (target == BigInteger.class) {
            return getBigInteger(block, c, r);
        }
        return convertTemporal(block, c, r, target);
    }

    private Object convertTemporal(RawBlock block, int c, int r, Class<?> target) {
        if (target == Instant.class) {
            return getInstant(block, c, r);
        }
        if (target == LocalDateTime.class) {
            return LocalDateTime.ofInstant(getInstant(block, c, r), zone);
        }
        if (target == OffsetDateTime.class) {
            return OffsetDateTime.ofInstant(getInstant(block, c, r), zone);
        }
        if (target == ZonedDateTime.class) {
            return ZonedDateTime.ofInstant(getInstant(block, c, r), zone);
        }
        throw conversion(block, c, target.getName());
    }

    private static boolean isIntegral(TaosType type) {
        return switch (type) {
            case TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT, UBIGINT, TIMESTAMP -> true;
            default -> false;
        };
    }

    private static BigInteger unsigned(long bits) {
        return BigInteger.valueOf(bits).and(UNSIGNED_LONG_MASK);
    }

    /** NaN and infinities have no exact value (FLOAT included: a block may carry them, unlike REST). */
    private static double requireFinite(double value, RawBlock block, int c) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw conversion(block, c, "BigDecimal (value " + value + ")");
        }
        return value;
    }

    private static long checkRange(long value, long min, long max, RawBlock block, int c, String target) {
        if (value < min || value > max) {
            throw conversion(block, c, target + " (value " + value + " out of range)");
        }
        return value;
    }

    private static ResultError conversion(RawBlock block, int c, String target) {
        return new ResultError(ErrorCodes.CONVERSION,
                "cannot read column " + c + " of type " + block.type(c) + " as " + target);
    }
}
