package io.taospring.client.codec;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Collects values column by column and encodes them as one raw block. Each column is appended to
 * independently; {@link #encode()} requires every column to hold the same number of values.
 * Not thread-safe; reusable after {@link #reset()}.
 *
 * <p>Blocks are encoded as a query server sends them: version 1, flag {@code 0x80000000}, group id 0, the
 * schema's internal widths (DECIMAL packed with precision 38, DECIMAL64 with 18, and the field's scale),
 * NCHAR as UCS-4LE and a trailing {@code blankFill} byte. A block of zero rows may be encoded; servers
 * never send one, and {@link RawBlockCodec} accepts it.
 *
 * <p>Misuse is a programming error and throws {@link IllegalArgumentException}: an append that does not
 * fit the column's type, an integer outside the column's range (e.g. 256 for TINYINT UNSIGNED, 2 for
 * BOOL), a decimal with more digits than the column's precision after rescaling, or a value longer than
 * its length prefix can describe (65535 bytes; BLOB: the largest array). Values are not checked against
 * the declared length of the column. A FLOAT narrows a double as a Java cast does.
 */
public final class RawBlockBuilder {

    private final List<TaosField> fields;
    private final TaosType[] types;
    private final int[] widths;
    private final ColumnBuffer[] columns;

    /** A builder for blocks with the given columns. */
    public RawBlockBuilder(List<TaosField> fields) {
        this.fields = List.copyOf(fields);
        if (this.fields.isEmpty()) {
            throw new IllegalArgumentException("a block needs at least one column");
        }
        int cols = this.fields.size();
        types = new TaosType[cols];
        widths = new int[cols];
        columns = new ColumnBuffer[cols];
        for (int i = 0; i < cols; i++) {
            TaosField field = this.fields.get(i);
            types[i] = field.type();
            widths[i] = schemaWidth(field);
            columns[i] = field.type().isVariable()
                    ? new VariableColumn(field.type().lengthPrefixSize())
                    : new FixedColumn(field.type().fixedSize());
        }
    }

    private static int schemaWidth(TaosField field) {
        TaosType type = field.type();
        if (!type.isDecimal()) {
            return field.internalWidth();
        }
        int precision = Decimals.maxPrecision(type);
        if (field.scale() < 0 || field.scale() > precision) {
            throw new IllegalArgumentException("column " + field.name() + " (" + type + ") has scale "
                    + field.scale() + " outside 0.." + precision);
        }
        return Decimals.packWidth(type, precision, field.scale());
    }

    /** The columns of the blocks this builder encodes. */
    public List<TaosField> fields() {
        return fields;
    }

    /** Appends NULL to a column. */
    public RawBlockBuilder appendNull(int column) {
        columns[Objects.checkIndex(column, columns.length)].appendNull();
        return this;
    }

    /** Appends a BOOL. */
    public RawBlockBuilder appendBoolean(int column, boolean value) {
        requireType(column, TaosType.BOOL, "appendBoolean");
        fixed(column).appendBits(value ? 1 : 0);
        return this;
    }

    /** Appends an integer or TIMESTAMP value (BIGINT UNSIGNED as its bit pattern); range-checked. */
    public RawBlockBuilder appendLong(int column, long value) {
        requireInRange(column, value);
        fixed(column).appendBits(value);
        return this;
    }

    /**
     * Appends the non-null integer or TIMESTAMP values {@code values[from..to)} (BIGINT UNSIGNED as bit
     * patterns); range-checked. If a value is out of range, the values before it have been appended.
     */
    public RawBlockBuilder appendLongs(int column, long[] values, int from, int to) {
        Objects.checkFromToIndex(from, to, values.length);
        FixedColumn target = fixed(column);
        requireInRange(column, 0); // rejects a column that takes no integers, even for an empty range
        if (target.size() == Long.BYTES) {
            target.appendLongs(values, from, to); // every long fits an 8-byte column: nothing to check
            return this;
        }
        target.ensureRoom(to - from);
        int size = target.size();
        int at = target.nextSlot();
        for (int i = from; i < to; i++) {
            requireInRange(column, values[i]);
            target.putBits(at, values[i]);
            target.advance(1);
            at += size;
        }
        return this;
    }

    /** Appends the non-null values {@code values[from..to)} of an INT column in one bulk copy. */
    public RawBlockBuilder appendInts(int column, int[] values, int from, int to) {
        Objects.checkFromToIndex(from, to, values.length);
        if (typeOf(column) != TaosType.INT) {
            throw wrongType(column, "appendInts");
        }
        fixed(column).appendInts(values, from, to);
        return this;
    }

    /** Appends the non-null values {@code values[from..to)} of a FLOAT column in one bulk copy. */
    public RawBlockBuilder appendFloats(int column, float[] values, int from, int to) {
        Objects.checkFromToIndex(from, to, values.length);
        if (typeOf(column) != TaosType.FLOAT) {
            throw wrongType(column, "appendFloats");
        }
        fixed(column).appendFloats(values, from, to);
        return this;
    }

    /** Appends a FLOAT or DOUBLE value. */
    public RawBlockBuilder appendDouble(int column, double value) {
        fixed(column).appendBits(floatingBits(column, value));
        return this;
    }

    /** Appends the non-null FLOAT or DOUBLE values {@code values[from..to)}. */
    public RawBlockBuilder appendDoubles(int column, double[] values, int from, int to) {
        Objects.checkFromToIndex(from, to, values.length);
        FixedColumn target = fixed(column);
        floatingBits(column, 0); // rejects a column that takes no floating-point values
        target.ensureRoom(to - from);
        boolean isFloat = types[column] == TaosType.FLOAT;
        int at = target.nextSlot();
        for (int i = from; i < to; i++) {
            target.putBits(at, isFloat
                    ? Float.floatToRawIntBits((float) values[i])
                    : Double.doubleToRawLongBits(values[i]));
            at += target.size();
        }
        target.advance(to - from);
        return this;
    }

    /** Appends a DECIMAL value, rescaled (half up) to the column's scale; null appends NULL. */
    public RawBlockBuilder appendDecimal(int column, BigDecimal value) {
        TaosType type = typeOf(column);
        if (!type.isDecimal()) {
            throw wrongType(column, "appendDecimal");
        }
        if (value == null) {
            return appendNull(column);
        }
        BigDecimal rescaled = value.setScale(Decimals.scaleOf(widths[column]), RoundingMode.HALF_UP);
        if (rescaled.signum() != 0 && rescaled.precision() > Decimals.precisionOf(widths[column])) {
            throw new IllegalArgumentException(value + " has more than " + Decimals.precisionOf(widths[column])
                    + " digits at scale " + rescaled.scale() + " for column " + column + " (" + type + ")");
        }
        if (type == TaosType.DECIMAL64) {
            fixed(column).appendBits(rescaled.unscaledValue().longValue());
        } else {
            fixed(column).appendBits128(rescaled.unscaledValue().longValue(),
                    rescaled.unscaledValue().shiftRight(64).longValue());
        }
        return this;
    }

    /** Appends text to a VARCHAR, NCHAR or JSON column (null appends NULL). */
    public RawBlockBuilder appendString(int column, String value) {
        TaosType type = typeOf(column);
        if (!type.isText()) {
            throw wrongType(column, "appendString");
        }
        if (value == null) {
            return appendNull(column);
        }
        if (type == TaosType.NCHAR) {
            variable(column).appendUcs4(value);
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            variable(column).append(utf8, 0, utf8.length);
        }
        return this;
    }

    /**
     * Appends raw bytes to a variable-length column (null appends NULL); for NCHAR the bytes are UTF-8
     * text, as {@link RawBlock#getBytes} returns them.
     */
    public RawBlockBuilder appendBytes(int column, byte[] value) {
        TaosType type = typeOf(column);
        if (!type.isVariable()) {
            throw wrongType(column, "appendBytes");
        }
        if (value == null) {
            return appendNull(column);
        }
        if (type == TaosType.NCHAR) {
            variable(column).appendUcs4(new String(value, StandardCharsets.UTF_8));
        } else {
            variable(column).append(value, 0, value.length);
        }
        return this;
    }

    /** The number of values appended to every column (the row count): the smallest column's count. */
    public int rowCount() {
        int rows = Integer.MAX_VALUE;
        for (ColumnBuffer column : columns) {
            rows = Math.min(rows, column.count());
        }
        return rows;
    }

    /**
     * Encodes the collected rows.
     *
     * @throws IllegalStateException when the columns hold different numbers of values, or the block would
     *         exceed the largest byte array
     */
    public byte[] encode() {
        int rows = columns[0].count();
        for (int i = 1; i < columns.length; i++) {
            if (columns[i].count() != rows) {
                throw new IllegalStateException("columns hold different numbers of values: column 0 ("
                        + fields.get(0).name() + ") holds " + rows + ", column " + i + " (" + fields.get(i).name()
                        + ") holds " + columns[i].count());
            }
        }
        return RawBlockCodec.encode(types, widths, columns, rows);
    }

    /** Forgets all appended values, keeping the columns. */
    public void reset() {
        for (ColumnBuffer column : columns) {
            column.reset();
        }
    }

    private long floatingBits(int column, double value) {
        return switch (typeOf(column)) {
            case FLOAT -> Float.floatToRawIntBits((float) value);
            case DOUBLE -> Double.doubleToRawLongBits(value);
            default -> throw wrongType(column, "appendDouble");
        };
    }

    private void requireInRange(int column, long value) {
        TaosType type = typeOf(column);
        boolean fits = switch (type) {
            case BOOL -> value == 0 || value == 1;
            case TINYINT -> value == (byte) value;
            case UTINYINT -> (value & ~0xFFL) == 0;
            case SMALLINT -> value == (short) value;
            case USMALLINT -> (value & ~0xFFFFL) == 0;
            case INT -> value == (int) value;
            case UINT -> (value & ~0xFFFF_FFFFL) == 0;
            case BIGINT, UBIGINT, TIMESTAMP -> true;
            default -> throw wrongType(column, "appendLong");
        };
        if (!fits) {
            throw new IllegalArgumentException("value " + value + " is out of range for column " + column + " ("
                    + type + ")");
        }
    }

    private void requireType(int column, TaosType expected, String method) {
        if (typeOf(column) != expected) {
            throw wrongType(column, method);
        }
    }

    private TaosType typeOf(int column) {
        return types[Objects.checkIndex(column, types.length)];
    }

    private FixedColumn fixed(int column) {
        if (columns[Objects.checkIndex(column, columns.length)] instanceof FixedColumn fixed) {
            return fixed;
        }
        throw new IllegalArgumentException("column " + column + " (" + types[column] + ") is not fixed-width");
    }

    private VariableColumn variable(int column) {
        return (VariableColumn) columns[column];
    }

    private IllegalArgumentException wrongType(int column, String method) {
        return new IllegalArgumentException(method + " does not fit column " + column + " ("
                + fields.get(column).name() + ", " + types[column] + ")");
    }
}
