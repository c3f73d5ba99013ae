package io.taospring.embedded.engine.storage;

import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlockBuilder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.BitSet;

/**
 * A growable column of values of one TDengine type in a primitive array, with a lazily allocated null
 * bitmap. Used for table storage, query snapshots and results alike.
 *
 * <p>Values cross this API in a canonical boxed form: {@link Long} for every integer type and
 * TIMESTAMP (BIGINT UNSIGNED as its bit pattern), {@link Double} for FLOAT and DOUBLE, {@link Boolean}
 * for BOOL, {@link String} for VARCHAR/NCHAR/JSON, {@code byte[]} for VARBINARY/GEOMETRY/BLOB and
 * {@link java.math.BigDecimal} for DECIMAL. Not thread-safe.
 */
public abstract class ColumnVector implements ColumnBatch {

    private final TaosType type;
    private BitSet nulls;
    int size;

    ColumnVector(TaosType type) {
        this.type = type;
    }

    /** An empty column of {@code type} with room for {@code capacity} values. */
    public static ColumnVector create(TaosType type, int capacity) {
        int cap = Math.max(capacity, 4);
        return switch (type) {
            case BOOL, TINYINT, UTINYINT -> new ByteColumn(type, cap);
            case SMALLINT, USMALLINT -> new ShortColumn(type, cap);
            case INT, UINT -> new IntColumn(type, cap);
            case BIGINT, UBIGINT, TIMESTAMP -> new LongColumn(type, cap);
            case FLOAT -> new FloatColumn(cap);
            case DOUBLE -> new DoubleColumn(cap);
            case DECIMAL, DECIMAL64, NULL -> new ObjectColumn(type, cap);
            default -> new BytesColumn(type, cap);
        };
    }

    /** The column's type. */
    public final TaosType type() {
        return type;
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public void appendTo(ColumnVector target) {
        target.appendAll(this);
    }

    /** Whether value {@code row} is NULL. */
    public final boolean isNull(int row) {
        return nulls != null && nulls.get(row);
    }

    /** Whether any value is NULL. */
    public final boolean hasNulls() {
        return nulls != null && !nulls.isEmpty();
    }

    /** Value {@code row} in canonical form, or null. */
    @Override
    public final Object get(int row) {
        return isNull(row) ? null : value(row);
    }

    /** Appends a canonical value (null appends NULL). */
    public final void append(Object value) {
        grow(size + 1);
        if (value == null) {
            markNull(size);
            store(size, null);
        } else {
            store(size, value);
        }
        size++;
    }

    /** Replaces value {@code row} with a canonical value (null sets NULL). */
    public final void set(int row, Object value) {
        if (value == null) {
            markNull(row);
            store(row, null);
        } else {
            if (nulls != null) {
                nulls.clear(row);
            }
            store(row, value);
        }
    }

    /** Sets the size to {@code newSize}, growing the storage; the rows added hold nothing until written. */
    final void extendTo(int newSize) {
        grow(newSize);
        size = newSize;
    }

    /** Copies value {@code from} over value {@code to} of this column, NULL included. */
    final void move(int from, int to) {
        if (isNull(from)) {
            markNull(to);
            store(to, null);
        } else {
            if (nulls != null) {
                nulls.clear(to);
            }
            copyValue(this, from, to);
        }
    }

    /** Appends value {@code row} of {@code source}, a column of the same type. */
    public final void appendFrom(ColumnVector source, int row) {
        grow(size + 1);
        if (source.isNull(row)) {
            markNull(size);
            store(size, null);
        } else {
            copyValue(source, row, size);
        }
        size++;
    }

    /** Appends the values {@code rows[0..count)} of {@code source}, a column of the same type. */
    public final void appendGather(ColumnVector source, int[] rows, int count) {
        grow(size + count);
        boolean sourceNulls = source.hasNulls();
        for (int i = 0; i < count; i++) {
            int row = rows[i];
            if (sourceNulls && source.isNull(row)) {
                markNull(size + i);
                store(size + i, null);
            } else {
                copyValue(source, row, size + i);
            }
        }
        size += count;
    }

    /** Appends values {@code [from, to)} of {@code source}, a column of the same type, in bulk. */
    public final void appendRange(ColumnVector source, int from, int to) {
        int count = to - from;
        grow(size + count);
        source.copyRangeInto(this, from, to, size);
        if (source.nulls != null) {
            for (int row = source.nulls.nextSetBit(from); row >= 0 && row < to; row = source.nulls.nextSetBit(row + 1)) {
                markNull(size + row - from);
            }
        }
        size += count;
    }

    /**
     * Appends {@code count} fixed-width values stored little-endian in {@code data} from {@code dataOffset}
     * (the wire slots of a stmt2 bind column of this very type), with a NULL flag per row from
     * {@code nullOffset} of {@code isNull} (non-zero for NULL); no boxing.
     *
     * @throws UnsupportedOperationException for variable-length and DECIMAL columns
     */
    public final void appendLittleEndian(byte[] data, int dataOffset, byte[] isNull, int nullOffset, int count) {
        grow(size + count);
        storeLittleEndian(size, data, dataOffset, count);
        for (int i = 0; i < count; i++) {
            if (isNull[nullOffset + i] != 0) {
                markNull(size + i);
                store(size + i, null);
            }
        }
        size += count;
    }

    /** Appends every value of {@code source}, a column of the same type. */
    public final void appendAll(ColumnVector source) {
        int count = source.size;
        grow(size + count);
        boolean sourceNulls = source.hasNulls();
        for (int i = 0; i < count; i++) {
            if (sourceNulls && source.isNull(i)) {
                markNull(size + i);
                store(size + i, null);
            } else {
                copyValue(source, i, size + i);
            }
        }
        size += count;
    }

    /**
     * Stores {@code count} little-endian values from {@code offset} of {@code data} at {@code row} onwards, in
     * one bulk copy: fixed-width columns override this.
     */
    void storeLittleEndian(int row, byte[] data, int offset, int count) {
        throw new UnsupportedOperationException(type + " values have no fixed little-endian form");
    }

    /** A little-endian view of {@code count} values of {@code width} bytes from {@code offset} of {@code data}. */
    static ByteBuffer littleEndian(byte[] data, int offset, int count, int width) {
        return ByteBuffer.wrap(data, offset, count * width).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Appends {@code count} copies of a canonical value. */
    public final void appendRepeated(Object value, int count) {
        if (count == 0) {
            return;
        }
        grow(size + count);
        append(value);
        int first = size - 1;
        for (int i = 1; i < count; i++) {
            if (value == null) {
                markNull(size);
            }
            copyValue(this, first, size++);
        }
    }

    /** A new column holding values {@code [from, to)}. */
    public final ColumnVector copyRange(int from, int to) {
        ColumnVector copy = emptyCopy(to - from);
        copyRangeInto(copy, from, to, 0);
        copy.size = to - from;
        if (nulls != null) {
            BitSet range = nulls.get(from, to);
            copy.nulls = range.isEmpty() ? null : range;
        }
        return copy;
    }

    /** A new empty column of the same type. */
    public final ColumnVector emptyCopy(int capacity) {
        return create(type, capacity);
    }

    /** Appends NULLs until the column holds {@code newSize} values (used by ALTER ... ADD COLUMN). */
    public final void padNulls(int newSize) {
        while (size < newSize) {
            append(null);
        }
    }

    /**
     * Appends values {@code [from, to)} to a raw-block builder's column {@code column}: runs without NULLs
     * in bulk, NULLs one by one.
     */
    public final void writeTo(RawBlockBuilder builder, int column, int from, int to) {
        int row = from;
        while (row < to) {
            int nextNull = nulls == null ? -1 : nulls.nextSetBit(row);
            int runEnd = nextNull < 0 || nextNull > to ? to : nextNull;
            if (runEnd > row) {
                writeRun(builder, column, row, runEnd);
                row = runEnd;
            } else {
                builder.appendNull(column);
                row++;
            }
        }
    }

    /** Appends the non-null values {@code [from, to)}; one call per value unless a subclass knows better. */
    void writeRun(RawBlockBuilder builder, int column, int from, int to) {
        for (int row = from; row < to; row++) {
            write(builder, column, row);
        }
    }

    /** Value {@code row} of a numeric or BOOL column as a double (0 for NULL); no boxing. */
    public double doubleAt(int row) {
        Object value = get(row);
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    /** Value {@code row} of an integer, BOOL or TIMESTAMP column as a long (0 for NULL); no boxing. */
    public long longAt(int row) {
        Object value = get(row);
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Approximate heap bytes used by the values (for memory reports). */
    public abstract long heapBytes();

    private void markNull(int row) {
        if (nulls == null) {
            nulls = new BitSet();
        }
        nulls.set(row);
    }

    static int newCapacity(int current, int needed) {
        return Math.max(needed, current + (current >> 1) + 4);
    }

    abstract void grow(int capacity);

    /** Stores a non-null canonical value, or a placeholder for null. */
    abstract void store(int row, Object value);

    abstract Object value(int row);

    abstract void copyValue(ColumnVector source, int sourceRow, int row);

    abstract void copyRangeInto(ColumnVector target, int from, int to, int at);

    abstract void write(RawBlockBuilder builder, int column, int row);
}
