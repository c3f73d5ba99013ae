package io.taospring.embedded.engine.storage;

import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlockBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Variable-length values (text as UTF-8, binary as is), one {@code byte[]} per value. */
final class BytesColumn extends ColumnVector {

    private byte[][] values;

    BytesColumn(TaosType type, int capacity) {
        super(type);
        values = new byte[capacity][];
    }

    @Override
    void grow(int capacity) {
        if (capacity > values.length) {
            values = Arrays.copyOf(values, newCapacity(values.length, capacity));
        }
    }

    @Override
    void store(int row, Object value) {
        if (value == null) {
            values[row] = null;
        } else if (value instanceof byte[] bytes) {
            values[row] = bytes;
        } else {
            values[row] = value.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    Object value(int row) {
        return type().isText() ? new String(values[row], StandardCharsets.UTF_8) : values[row];
    }

    @Override
    void copyValue(ColumnVector source, int sourceRow, int row) {
        values[row] = ((BytesColumn) source).values[sourceRow];
    }

    @Override
    void copyRangeInto(ColumnVector target, int from, int to, int at) {
        System.arraycopy(values, from, ((BytesColumn) target).values, at, to - from);
    }

    @Override
    void write(RawBlockBuilder builder, int column, int row) {
        if (type() == TaosType.VARCHAR || !type().isText()) {
            builder.appendBytes(column, values[row]);
        } else {
            builder.appendString(column, new String(values[row], StandardCharsets.UTF_8));
        }
    }

    @Override
    public long heapBytes() {
        long bytes = 16L + 4L * values.length;
        for (int i = 0; i < size; i++) {
            bytes += values[i] == null ? 0 : 16 + values[i].length;
        }
        return bytes;
    }
}
