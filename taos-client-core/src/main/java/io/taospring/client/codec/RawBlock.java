package io.taospring.client.codec;

import io.taospring.client.TaosType;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ResultError;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A decoded TDengine raw block: a read-only columnar view with typed, null-aware accessors.
 *
 * <p>Obtained from {@link RawBlockCodec#decode}. Accessors take a column and a row index (both 0-based)
 * and never box on the primitive path. The block holds no precision: TIMESTAMP columns read as the
 * stored {@code long}; the result that owns the block converts them.
 *
 * <p>The block is a view over the decoded byte array, which was fully validated by the decoder. An
 * accessor that does not fit the column's type throws a {@link ResultError} with
 * {@link ErrorCodes#CONVERSION}; an index outside the block throws {@link IndexOutOfBoundsException}.
 */
public final class RawBlock {

    private final byte[] data;
    private final int version;
    private final long groupId;
    private final int rows;
    private final TaosType[] types;
    private final int[] widths;
    /** Per column: the null bitmap (fixed types) or the offset array (variable types). */
    private final int[] nullStarts;
    /** Per column: the value slots (fixed types) or the value area (variable types). */
    private final int[] valueStarts;

    RawBlock(byte[] data, int version, long groupId, int rows, TaosType[] types, int[] widths, int[] nullStarts,
            int[] valueStarts) {
        this.data = data;
        this.version = version;
        this.groupId = groupId;
        this.rows = rows;
        this.types = types;
        this.widths = widths;
        this.nullStarts = nullStarts;
        this.valueStarts = valueStarts;
    }

    /** The number of rows (at least 1 in blocks from a server; 0 only in blocks encoded with no rows). */
    public int rowCount() {
        return rows;
    }

    /** The number of columns. */
    public int columnCount() {
        return types.length;
    }

    /** The block version: 1 for query results, 2 inside TMQ messages. */
    public int version() {
        return version;
    }

    /** The group id of the header (a partition hash for {@code PARTITION BY} results, else 0). */
    public long groupId() {
        return groupId;
    }

    /** The type of a column, from the block's schema. */
    public TaosType type(int column) {
        return types[Objects.checkIndex(column, types.length)];
    }

    /** The internal width of a column, from the block's schema (types.md section 2; packed for decimals). */
    public int internalWidth(int column) {
        return widths[Objects.checkIndex(column, types.length)];
    }

    /** The scale of a DECIMAL or DECIMAL64 column, from the block's schema. */
    public int decimalScale(int column) {
        requireDecimal(column);
        return Decimals.scaleOf(widths[column]);
    }

    /** The precision of a DECIMAL or DECIMAL64 column, from the block's schema. */
    public int decimalPrecision(int column) {
        requireDecimal(column);
        return Decimals.precisionOf(widths[column]);
    }

    /** Whether the value is NULL. */
    public boolean isNull(int column, int row) {
        TaosType type = type(column);
        Objects.checkIndex(row, rows);
        return type.isVariable() ? offsetOf(column, row) == RawBlockCodec.NULL_OFFSET : bitmapNull(column, row);
    }

    /** A BOOL value (false for NULL); any non-zero byte is true. */
    public boolean getBoolean(int column, int row) {
        if (type(column) != TaosType.BOOL) {
            throw conversion(column, "boolean");
        }
        return !isNull(column, row) && data[slot(column, row)] != 0;
    }

    /**
     * An integer, BOOL (0/1) or TIMESTAMP value; unsigned types are zero-extended, BIGINT UNSIGNED is
     * returned as its bit pattern. 0 for NULL.
     */
    public long getLong(int column, int row) {
        TaosType type = type(column);
        if (!isLong(type)) {
            throw conversion(column, "long");
        }
        Objects.checkIndex(row, rows);
        return bitmapNull(column, row) ? 0 : readLong(type, slot(column, row));
    }

    /**
     * A FLOAT or DOUBLE value, or an integer, BOOL, TIMESTAMP or decimal value converted to double
     * (BIGINT UNSIGNED as unsigned). 0 for NULL.
     */
    public double getDouble(int column, int row) {
        TaosType type = type(column);
        requireDouble(column, type);
        Objects.checkIndex(row, rows);
        if (bitmapNull(column, row)) {
            return 0;
        }
        return switch (type) {
            case FLOAT -> Float.intBitsToFloat(LittleEndian.getInt(data, slot(column, row)));
            case DOUBLE -> Double.longBitsToDouble(LittleEndian.getLong(data, slot(column, row)));
            case UBIGINT -> unsignedToDouble(LittleEndian.getLong(data, slot(column, row)));
            case DECIMAL, DECIMAL64 -> getDecimal(column, row).doubleValue();
            default -> readLong(type, slot(column, row));
        };
    }

    /** A VARCHAR, NCHAR or JSON value as text; null for NULL. */
    public String getString(int column, int row) {
        TaosType type = type(column);
        if (!type.isText()) {
            throw conversion(column, "String");
        }
        int at = valueAt(column, row);
        if (at < 0) {
            return null;
        }
        int length = LittleEndian.getUnsignedShort(data, at);
        int from = at + Short.BYTES;
        return type == TaosType.NCHAR
                ? Ucs4.decode(data, from, length)
                : new String(data, from, length, StandardCharsets.UTF_8);
    }

    /** The bytes of a variable-length value (NCHAR as UTF-8); null for NULL. */
    public byte[] getBytes(int column, int row) {
        TaosType type = type(column);
        if (!type.isVariable()) {
            throw conversion(column, "byte[]");
        }
        if (type == TaosType.NCHAR) {
            String text = getString(column, row);
            return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
        }
        int at = valueAt(column, row);
        if (at < 0) {
            return null;
        }
        int prefix = type.lengthPrefixSize();
        int length = prefix == Short.BYTES
                ? LittleEndian.getUnsignedShort(data, at)
                : LittleEndian.getInt(data, at); // validated against the value area, so never negative
        return Arrays.copyOfRange(data, at + prefix, at + prefix + length);
    }

    /** A DECIMAL or DECIMAL64 value with the column's scale; null for NULL. */
    public BigDecimal getDecimal(int column, int row) {
        TaosType type = type(column);
        if (!type.isDecimal()) {
            throw conversion(column, "BigDecimal");
        }
        if (isNull(column, row)) {
            return null;
        }
        int scale = Decimals.scaleOf(widths[column]);
        int at = slot(column, row);
        return type == TaosType.DECIMAL
                ? Decimals.read128(data, at, scale)
                : BigDecimal.valueOf(LittleEndian.getLong(data, at), scale);
    }

    /**
     * The value boxed as {@link TaosType#javaType()}, except TIMESTAMP, which is the stored {@link Long};
     * null for NULL.
     */
    public Object getObject(int column, int row) {
        TaosType type = type(column);
        if (type == TaosType.NULL || isNull(column, row)) {
            return null;
        }
        long value = isLong(type) ? getLong(column, row) : 0;
        return switch (type) {
            case BOOL -> value != 0;
            case TINYINT -> (byte) value;
            case SMALLINT, UTINYINT -> (short) value;
            case INT, USMALLINT -> (int) value;
            case BIGINT, UINT, TIMESTAMP -> value;
            case UBIGINT -> Decimals.unsignedLong(value);
            case FLOAT -> (float) getDouble(column, row);
            case DOUBLE -> getDouble(column, row);
            case DECIMAL, DECIMAL64 -> getDecimal(column, row);
            default -> type.isText() ? getString(column, row) : getBytes(column, row);
        };
    }

    /** Whether a fixed-width value is NULL; the indexes are checked by the caller. */
    private boolean bitmapNull(int column, int row) {
        return (data[nullStarts[column] + (row >>> 3)] & RawBlockCodec.nullMask(row)) != 0;
    }

    /** Position of a fixed-width value slot. */
    private int slot(int column, int row) {
        return valueStarts[column] + row * types[column].fixedSize();
    }

    /** Position of a variable-length value's length prefix, or -1 for NULL. */
    private int valueAt(int column, int row) {
        Objects.checkIndex(row, rows);
        int offset = offsetOf(column, row);
        return offset == RawBlockCodec.NULL_OFFSET ? -1 : valueStarts[column] + offset;
    }

    private int offsetOf(int column, int row) {
        return LittleEndian.getInt(data, nullStarts[column] + row * RawBlockCodec.OFFSET_SIZE);
    }

    private long readLong(TaosType type, int at) {
        return switch (type) {
            case BOOL -> data[at] != 0 ? 1 : 0;
            case TINYINT -> data[at];
            case UTINYINT -> data[at] & 0xFF;
            case SMALLINT -> LittleEndian.getShort(data, at);
            case USMALLINT -> LittleEndian.getUnsignedShort(data, at);
            case INT -> LittleEndian.getInt(data, at);
            case UINT -> LittleEndian.getUnsignedInt(data, at);
            default -> LittleEndian.getLong(data, at); // BIGINT, UBIGINT, TIMESTAMP
        };
    }

    private static boolean isLong(TaosType type) {
        return switch (type) {
            case BOOL, TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT, UBIGINT, TIMESTAMP -> true;
            default -> false;
        };
    }

    private void requireDouble(int column, TaosType type) {
        if (type != TaosType.FLOAT && type != TaosType.DOUBLE && !isLong(type) && !type.isDecimal()) {
            throw conversion(column, "double");
        }
    }

    private void requireDecimal(int column) {
        if (!type(column).isDecimal()) {
            throw conversion(column, "decimal");
        }
    }

    private static double unsignedToDouble(long bits) {
        if (bits >= 0) {
            return bits;
        }
        // halve (keeping the lowest bit so rounding stays correct), convert, double
        return ((bits >>> 1) | (bits & 1)) * 2.0;
    }

    private ResultError conversion(int column, String target) {
        return new ResultError(ErrorCodes.CONVERSION,
                "cannot read column " + column + " of type " + types[column] + " as " + target);
    }
}
