package io.taospring.client.codec;

import io.taospring.client.TaosField;
import java.math.BigDecimal;
import java.util.List;

/**
 * Collects values column by column and encodes them as one raw block. Each column is appended to
 * independently; {@link #encode()} requires every column to hold the same number of values.
 * Not thread-safe; reusable after {@link #reset()}.
 */
public final class RawBlockBuilder {

    /** A builder for blocks with the given columns. */
    public RawBlockBuilder(List<TaosField> fields) {
        throw new UnsupportedOperationException("TODO: codec");
    }

    /** Appends NULL to a column. */
    public RawBlockBuilder appendNull(int column) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Appends a BOOL. */
    public RawBlockBuilder appendBoolean(int column, boolean value) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Appends an integer or TIMESTAMP value (BIGINT UNSIGNED as its bit pattern); range-checked. */
    public RawBlockBuilder appendLong(int column, long value) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Appends a FLOAT or DOUBLE value. */
    public RawBlockBuilder appendDouble(int column, double value) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Appends a DECIMAL value, rescaled to the column's scale. */
    public RawBlockBuilder appendDecimal(int column, BigDecimal value) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Appends text to a VARCHAR, NCHAR or JSON column (null appends NULL). */
    public RawBlockBuilder appendString(int column, String value) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Appends raw bytes to a variable-length column (null appends NULL). */
    public RawBlockBuilder appendBytes(int column, byte[] value) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The number of values appended to every column (the row count). */
    public int rowCount() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Encodes the collected rows. */
    public byte[] encode() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Forgets all appended values, keeping the columns. */
    public void reset() {
        throw new UnsupportedOperationException("TODO");
    }
}
