package io.taospring.embedded.engine.storage;

import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlockBuilder;
import java.util.Arrays;

/** BOOL, TINYINT and TINYINT UNSIGNED values in a {@code byte[]}. */
final class ByteColumn extends ColumnVector {

    private byte[] values;

    ByteColumn(TaosType type, int capacity) {
        super(type);
        values = new byte[capacity];
    }

    @Override
    public long longAt(int row) {
        return type() == TaosType.UTINYINT ? values[row] & 0xFFL : type() == TaosType.BOOL ? (values[row] != 0 ? 1 : 0) : values[row];
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
        values[row] = value == null ? 0 : (byte) (value instanceof Boolean b ? (b ? 1 : 0) : Values.toLong(value));
    }

    @Override
    void storeLittleEndian(int row, byte[] data, int offset, int count) {
        System.arraycopy(data, offset, values, row, count);
    }

    @Override
    Object value(int row) {
        return type() == TaosType.BOOL ? (Object) (values[row] != 0) : (Object) longAt(row);
    }

    @Override
    void copyValue(ColumnVector source, int sourceRow, int row) {
        values[row] = ((ByteColumn) source).values[sourceRow];
    }

    @Override
    void copyRangeInto(ColumnVector target, int from, int to, int at) {
        System.arraycopy(values, from, ((ByteColumn) target).values, at, to - from);
    }

    @Override
    void write(RawBlockBuilder builder, int column, int row) {
        if (type() == TaosType.BOOL) {
            builder.appendBoolean(column, values[row] != 0);
        } else {
            builder.appendLong(column, longAt(row));
        }
    }

    @Override
    public long heapBytes() {
        return 16L + 1L * values.length;
    }
}
