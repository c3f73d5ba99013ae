package io.taospring.embedded.engine.storage;

import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlockBuilder;
import java.util.Arrays;

/** INT and INT UNSIGNED values in an {@code int[]}. */
final class IntColumn extends ColumnVector {

    private int[] values;

    IntColumn(TaosType type, int capacity) {
        super(type);
        values = new int[capacity];
    }

    @Override
    public long longAt(int row) {
        return type() == TaosType.UINT ? values[row] & 0xFFFFFFFFL : values[row];
    }

    @Override
    public double doubleAt(int row) {
        return longAt(row);
    }

    @Override
    void grow(int capacity) {
        if (capacity > values.length) {
            values = Arrays.copyOf(values, newCapacity(values.length, capacity));
        }
    }

    @Override
    void store(int row, Object value) {
        values[row] = value == null ? 0 : (int) Values.toLong(value);
    }

    @Override
    void storeLittleEndian(int row, byte[] data, int offset, int count) {
        littleEndian(data, offset, count, Integer.BYTES).asIntBuffer().get(values, row, count);
    }

    @Override
    Object value(int row) {
        return longAt(row);
    }

    @Override
    void copyValue(ColumnVector source, int sourceRow, int row) {
        values[row] = ((IntColumn) source).values[sourceRow];
    }

    @Override
    void copyRangeInto(ColumnVector target, int from, int to, int at) {
        System.arraycopy(values, from, ((IntColumn) target).values, at, to - from);
    }

    @Override
    void writeRun(RawBlockBuilder builder, int column, int from, int to) {
        if (type() == TaosType.INT) {
            builder.appendInts(column, values, from, to);
            return;
        }
        long[] scratch = new long[to - from];
        for (int row = from; row < to; row++) {
            scratch[row - from] = longAt(row);
        }
        builder.appendLongs(column, scratch, 0, scratch.length);
    }

    @Override
    void write(RawBlockBuilder builder, int column, int row) {
        builder.appendLong(column, longAt(row));
    }

    @Override
    public long heapBytes() {
        return 16L + 4L * values.length;
    }
}
