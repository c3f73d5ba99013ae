package io.taospring.client.codec;

/**
 * The growable encoded form of one column while a {@link RawBlockBuilder} collects it: exactly the bytes
 * of the column's section, so that encoding is a copy.
 */
abstract sealed class ColumnBuffer permits FixedColumn, VariableColumn {

    /** Largest buffer this class grows to. */
    static final int MAX_BUFFER = RawBlockCodec.MAX_BLOCK_SIZE;

    /** The number of values appended. */
    abstract int count();

    /** The column-length entry of the block: the size of the value area only. */
    abstract int valueLength();

    /** The size of the whole section: bitmap or offsets, then values. */
    abstract long sectionLength();

    /** Writes the section at {@code at}; returns the position after it. */
    abstract int writeSection(byte[] out, int at);

    /** Appends NULL. */
    abstract void appendNull();

    /** Forgets all values, keeping the allocated buffers. */
    abstract void reset();

    /** A capacity of at least {@code needed}, growing {@code current} geometrically. */
    static int grownCapacity(int current, long needed) {
        if (needed > MAX_BUFFER) {
            throw new IllegalStateException("a column of " + needed + " bytes exceeds the largest array; "
                    + "encode fewer rows per block");
        }
        return (int) Math.min(MAX_BUFFER, Math.max(needed, Math.max(16L, 2L * current)));
    }
}
