package io.taospring.embedded.engine.storage;

import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlockBuilder;
import java.math.BigDecimal;
import java.util.Arrays;

/** DECIMAL values (and untyped NULL columns) as objects. */
final class ObjectColumn extends ColumnVector {

    private Object[] values;

    ObjectColumn(TaosType type, int capacity) {
        super(type);
        values = new Object[capacity];
    }

    @Override
    void grow(int capacity) {
        if (capacity > values.length) {
            values = Arrays.copyOf(values, newCapacity(values.length, capacity));
        }
    }

    @Override
    void store(int row, Object value) {
        values[row] = value == null || type() == TaosType.NULL ? null : Values.toDecimal(value);
    }

    @Override
    Object value(int row) {
        return values[row];
    }

    @Override
    void copyValue(ColumnVector source, int sourceRow, int row) {
        values[row] = ((ObjectColumn) source).values[sourceRow];
    }

    @Override
    void copyRangeInto(ColumnVector target, int from, int to, int at) {
        System.arraycopy(values, from, ((ObjectColumn) target).values, at, to - from);
    }

    @Override
    void write(RawBlockBuilder builder, int column, int row) {
        if (values[row] == null) {
            builder.appendNull(column);
        } else {
            builder.appendDecimal(column, (BigDecimal) values[row]);
        }
    }

    @Override
    public long heapBytes() {
        return 16L + 40L * values.length;
    }
}
