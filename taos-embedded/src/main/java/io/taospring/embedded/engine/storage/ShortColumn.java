package io.taospring.embedded.engine.storage;

import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlockBuilder;
import java.util.Arrays;

/** SMALLINT and SMALLINT UNSIGNED values in a {@code short[]}. */
final class ShortColumn extends ColumnVector {

    private short[] values;

    ShortColumn(TaosType type, int capacity) {
        super(type);
        values = new short[capacity];
    }

    @Override
    public long longAt(int row) {
        return type() == TaosType.USMALLINT ? values[row] & 0xFFFFL : values[row];
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
        values[row] = value == null ? 0 : (short) Values.toLong(value);
    }

    @Override
    void storeLittleEndian(int row, byte[] data, int offset, int count) {
        littleEndian(data, offset, count, Short.BYTES).asShortBuffer().get(values, row, count);
    }

    @Override
    Object value(int row) {
        return longAt(row);
    }

    @Override
    void copyValue(ColumnVector source, int sourceRow, int row) {
        values[row] = ((ShortColumn) source).values[sourceRow];
    }

    @Override
    void copyRangeInto(ColumnVector target, int from, int to, int at) {
        System.arraycopy(values, from, ((ShortColumn) target).values, at, to - from);
    }

    @Override
    void writeRun(RawBlockBuilder builder, int column, int from, int to) {
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
        return 16L + 2L * values.length;
    }
}
