package io.taospring.client.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** A fixed-width column being built: an MSB-first null bitmap and little-endian value slots. */
final class FixedColumn extends ColumnBuffer {

    private final int size;
    private byte[] bitmap = new byte[0];
    private byte[] values = new byte[0];
    private int count;

    FixedColumn(int size) {
        this.size = size;
    }

    @Override
    int count() {
        return count;
    }

    @Override
    int valueLength() {
        return count * size;
    }

    @Override
    long sectionLength() {
        return RawBlockCodec.bitmapLength(count) + (long) count * size;
    }

    @Override
    int writeSection(byte[] out, int at) {
        int bitmapLength = RawBlockCodec.bitmapLength(count);
        System.arraycopy(bitmap, 0, out, at, bitmapLength);
        System.arraycopy(values, 0, out, at + bitmapLength, count * size);
        return at + bitmapLength + count * size;
    }

    @Override
    void appendNull() {
        ensureRoom(1);
        bitmap[count >>> 3] |= (byte) RawBlockCodec.nullMask(count);
        Arrays.fill(values, count * size, (count + 1) * size, (byte) 0);
        count++;
    }

    @Override
    void reset() {
        Arrays.fill(bitmap, 0, RawBlockCodec.bitmapLength(count), (byte) 0);
        count = 0;
    }

    /** Appends the low {@code size} bytes of {@code value}, little-endian. */
    void appendBits(long value) {
        ensureRoom(1);
        putBits(count * size, value);
        count++;
    }

    /** Appends a 16-byte value given as its two little-endian halves. */
    void appendBits128(long low, long high) {
        ensureRoom(1);
        LittleEndian.putLong(values, count * size, low);
        LittleEndian.putLong(values, count * size + Long.BYTES, high);
        count++;
    }

    /** Reserves room for {@code more} values; the caller then fills them with {@link #putBits} and {@link #advance}. */
    void ensureRoom(int more) {
        long needed = (long) count + more;
        if (needed * size > values.length) {
            values = Arrays.copyOf(values, grownCapacity(values.length, needed * size));
        }
        int bitmapNeeded = RawBlockCodec.bitmapLength((int) Math.min(needed, MAX_BUFFER));
        if (bitmapNeeded > bitmap.length) {
            bitmap = Arrays.copyOf(bitmap, grownCapacity(bitmap.length, bitmapNeeded));
        }
    }

    /** Writes the low {@code size} bytes of {@code value} at byte {@code at} of the value slots. */
    void putBits(int at, long value) {
        switch (size) {
            case Byte.BYTES -> values[at] = (byte) value;
            case Short.BYTES -> LittleEndian.putShort(values, at, (short) value);
            case Integer.BYTES -> LittleEndian.putInt(values, at, (int) value);
            default -> LittleEndian.putLong(values, at, value);
        }
    }

    /** Appends {@code values[from..to)} as 4-byte little-endian slots in one bulk copy. */
    void appendInts(int[] values, int from, int to) {
        int n = to - from;
        ensureRoom(n);
        littleEndian(n * Integer.BYTES).asIntBuffer().put(values, from, n);
        count += n;
    }

    /** Appends {@code values[from..to)} as 4-byte little-endian IEEE slots in one bulk copy. */
    void appendFloats(float[] values, int from, int to) {
        int n = to - from;
        ensureRoom(n);
        littleEndian(n * Float.BYTES).asFloatBuffer().put(values, from, n);
        count += n;
    }

    /** Appends {@code values[from..to)} as 8-byte little-endian slots in one bulk copy. */
    void appendLongs(long[] values, int from, int to) {
        int n = to - from;
        ensureRoom(n);
        littleEndian(n * Long.BYTES).asLongBuffer().put(values, from, n);
        count += n;
    }

    private ByteBuffer littleEndian(int length) {
        return ByteBuffer.wrap(values, count * size, length).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Byte position of the next value slot. */
    int nextSlot() {
        return count * size;
    }

    int size() {
        return size;
    }

    /** Counts {@code more} values written in place after {@link #ensureRoom}. */
    void advance(int more) {
        count += more;
    }
}
