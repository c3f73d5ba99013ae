package io.taospring.client.codec;

import io.taospring.client.TaosType;
import java.math.BigDecimal;

/**
 * A decoded TDengine raw block: a read-only columnar view with typed, null-aware accessors.
 *
 * <p>Obtained from {@link RawBlockCodec#decode}. Accessors take a column and a row index (both 0-based)
 * and never box on the primitive path. The block holds no precision: TIMESTAMP columns read as the
 * stored {@code long}; the result that owns the block converts them.
 */
public final class RawBlock {

    RawBlock() {
        throw new UnsupportedOperationException("TODO: codec");
    }

    /** The number of rows (at least 1). */
    public int rowCount() {
        throw new UnsupportedOperationException("TODO");
    }

    /** The number of columns. */
    public int columnCount() {
        throw new UnsupportedOperationException("TODO");
    }

    /** The type of a column, from the block's schema. */
    public TaosType type(int column) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The internal width of a column, from the block's schema (types.md section 2). */
    public int internalWidth(int column) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Whether the value is NULL. */
    public boolean isNull(int column, int row) {
        throw new UnsupportedOperationException("TODO");
    }

    /** A BOOL value (false for NULL). */
    public boolean getBoolean(int column, int row) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * An integer, BOOL (0/1) or TIMESTAMP value; unsigned types are zero-extended, BIGINT UNSIGNED is
     * returned as its bit pattern. 0 for NULL.
     */
    public long getLong(int column, int row) {
        throw new UnsupportedOperationException("TODO");
    }

    /** A FLOAT or DOUBLE value, or an integer converted to double. 0 for NULL. */
    public double getDouble(int column, int row) {
        throw new UnsupportedOperationException("TODO");
    }

    /** A VARCHAR, NCHAR or JSON value as text; null for NULL. */
    public String getString(int column, int row) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The bytes of a variable-length value (NCHAR as UTF-8); null for NULL. */
    public byte[] getBytes(int column, int row) {
        throw new UnsupportedOperationException("TODO");
    }

    /** A DECIMAL or DECIMAL64 value with the column's scale; null for NULL. */
    public BigDecimal getDecimal(int column, int row) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * The value boxed as {@link TaosType#javaType()}, except TIMESTAMP, which is the stored {@link Long};
     * null for NULL.
     */
    public Object getObject(int column, int row) {
        throw new UnsupportedOperationException("TODO");
    }
}
