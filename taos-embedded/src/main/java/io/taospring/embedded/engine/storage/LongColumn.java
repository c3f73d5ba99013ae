package io.taospring.embedded.engine.storage;

import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlockBuilder;
import java.util.Arrays;

/** BIGINT, BIGINT UNSIGNED and TIMESTAMP values in a {@code long[]}. */
public final class LongColumn extends ColumnVector {

    private long[] values;

    LongColumn(TaosType type, int capacity) {
        super(type);
        values = new long[capacity];
    }

    /** The backing array; valid up to {@link #size()}. */
    public long[] values() {
        return values;
    }

    @Override
    public long longAt(int row) {
        return values[row];
    }

    @Override
    public double doubleAt(int row) {
        return type() == TaosType.UBIGINT ? unsignedToDouble(values[row]) : values[row];
    }

    private static double unsignedToDouble(long value) {
        double high = (double) (value >>> 1) * 2.0;
        return high + (value & 1);
    }

    @Override
    void grow(int capacity) {
        if (capacity > values.length) {
            values = Arrays.copyOf(values, newCapacity(values.length, capacity));
        }
    }

    @Override
    void store(int row, Object value) {
        values[row] = value == null ? 0 : Values.toLong(value);
    }

    @Override
    void storeLittleEndian(int row, byte[] data, int offset, int count) {
        littleEndian(data, offset, count, Long.BYTES).asLongBuffer().get(values, row, count);
    }

    @Override
    Object value(int row) {
        return values[row];
    }

    @Override
    void copyValue(ColumnVector source, int sourceRow, int row) {
        values[row] = ((LongColumn) source).values[sourceRow];
    }

    @Override
    void copyRangeInto(ColumnVector target, int from, int to, int at) {
        System.arraycopy(values, from, ((LongColumn) target).values, at, to - from);
    }

    @Override
    void writeRun(RawBlockBuilder builder, int column, int from, int to) {
        builder.appendLongs(column, values, from, to);
    }

    @Override
    void write(RawBlockBuilder builder, int column, int row) {
        builder.appendLong(column, values[row]);
    }

    @Override
    public long heapBytes() {
        return 16L + 8L * values.length;
    }
}
