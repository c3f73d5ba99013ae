package io.taospring.embedded.engine.storage;

import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlockBuilder;
import java.util.Arrays;

/** DOUBLE values in a {@code double[]}. */
final class DoubleColumn extends ColumnVector {

    private double[] values;

    DoubleColumn(int capacity) {
        super(TaosType.DOUBLE);
        values = new double[capacity];
    }

    @Override
    public long longAt(int row) {
        return (long) values[row];
    }

    @Override
    public double doubleAt(int row) {
        return values[row];
    }

    @Override
    void grow(int capacity) {
        if (capacity > values.length) {
            values = Arrays.copyOf(values, newCapacity(values.length, capacity));
        }
    }

    @Override
    void store(int row, Object value) {
        values[row] = value == null ? 0 : Values.toDouble(value);
    }

    @Override
    void storeLittleEndian(int row, byte[] data, int offset, int count) {
        littleEndian(data, offset, count, Double.BYTES).asDoubleBuffer().get(values, row, count);
    }

    @Override
    Object value(int row) {
        return values[row];
    }

    @Override
    void copyValue(ColumnVector source, int sourceRow, int row) {
        values[row] = ((DoubleColumn) source).values[sourceRow];
    }

    @Override
    void copyRangeInto(ColumnVector target, int from, int to, int at) {
        System.arraycopy(values, from, ((DoubleColumn) target).values, at, to - from);
    }

    @Override
    void writeRun(RawBlockBuilder builder, int column, int from, int to) {
        builder.appendDoubles(column, values, from, to);
    }

    @Override
    void write(RawBlockBuilder builder, int column, int row) {
        builder.appendDouble(column, values[row]);
    }

    @Override
    public long heapBytes() {
        return 16L + 8L * values.length;
    }
}
