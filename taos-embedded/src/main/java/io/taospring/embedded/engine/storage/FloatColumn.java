package io.taospring.embedded.engine.storage;

import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlockBuilder;
import java.util.Arrays;

/** FLOAT values in a {@code float[]}. */
final class FloatColumn extends ColumnVector {

    private float[] values;

    FloatColumn(int capacity) {
        super(TaosType.FLOAT);
        values = new float[capacity];
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
        values[row] = value == null ? 0 : (float) Values.toDouble(value);
    }

    @Override
    void storeLittleEndian(int row, byte[] data, int offset, int count) {
        littleEndian(data, offset, count, Float.BYTES).asFloatBuffer().get(values, row, count);
    }

    @Override
    Object value(int row) {
        return (double) values[row];
    }

    @Override
    void copyValue(ColumnVector source, int sourceRow, int row) {
        values[row] = ((FloatColumn) source).values[sourceRow];
    }

    @Override
    void copyRangeInto(ColumnVector target, int from, int to, int at) {
        System.arraycopy(values, from, ((FloatColumn) target).values, at, to - from);
    }

    @Override
    void writeRun(RawBlockBuilder builder, int column, int from, int to) {
        builder.appendFloats(column, values, from, to);
    }

    @Override
    void write(RawBlockBuilder builder, int column, int row) {
        builder.appendDouble(column, values[row]);
    }

    @Override
    public long heapBytes() {
        return 16L + 4L * values.length;
    }
}
