package io.taospring.client.codec;

import java.util.Arrays;

/** A variable-length column being built: the offset array and the value area with length prefixes. */
final class VariableColumn extends ColumnBuffer {

    private final int prefixSize;
    private final long maxValueLength;
    private byte[] offsets = new byte[0];
    private byte[] area = new byte[0];
    private int areaLength;
    private int count;
    // where the previous value starts and how long it is, so that a value equal to it (a tag repeated on
    // every row of a child table) shares its copy in the value area, as the format allows; -1: none
    private int lastOffset = -1;
    private int lastLength;

    VariableColumn(int prefixSize) {
        this.prefixSize = prefixSize;
        this.maxValueLength = prefixSize == Short.BYTES ? 0xFFFF : MAX_BUFFER - prefixSize;
    }

    @Override
    int count() {
        return count;
    }

    @Override
    int valueLength() {
        return areaLength;
    }

    @Override
    long sectionLength() {
        return (long) count * RawBlockCodec.OFFSET_SIZE + areaLength;
    }

    @Override
    int writeSection(byte[] out, int at) {
        int offsetsLength = count * RawBlockCodec.OFFSET_SIZE;
        System.arraycopy(offsets, 0, out, at, offsetsLength);
        System.arraycopy(area, 0, out, at + offsetsLength, areaLength);
        return at + offsetsLength + areaLength;
    }

    @Override
    void appendNull() {
        appendOffset(RawBlockCodec.NULL_OFFSET);
    }

    @Override
    void reset() {
        count = 0;
        areaLength = 0;
        lastOffset = -1;
    }

    /**
     * Appends {@code length} bytes of {@code value} from {@code from}. A value equal to the previous one is
     * stored once, both offsets pointing at it.
     */
    void append(byte[] value, int from, int length) {
        if (lastOffset >= 0 && length == lastLength && Arrays.equals(value, from, from + length, area,
                lastOffset + prefixSize, lastOffset + prefixSize + length)) {
            appendOffset(lastOffset);
            return;
        }
        int offset = areaLength;
        int at = reserve(length);
        System.arraycopy(value, from, area, at, length);
        lastOffset = offset;
        lastLength = length;
    }

    /** Appends text as UCS-4LE code points (an NCHAR value). */
    void appendUcs4(String text) {
        lastOffset = -1;
        int at = reserve(Ucs4.byteLength(text));
        Ucs4.encode(text, area, at);
    }

    /** Writes the offset and length prefix of a new value; returns where its bytes go. */
    private int reserve(long length) {
        if (length > maxValueLength) {
            throw new IllegalArgumentException("a value of " + length + " bytes exceeds the largest value of "
                    + maxValueLength + " bytes that a " + prefixSize + "-byte length prefix can describe");
        }
        long needed = (long) areaLength + prefixSize + length;
        if (needed > area.length) {
            area = Arrays.copyOf(area, grownCapacity(area.length, needed));
        }
        appendOffset(areaLength);
        if (prefixSize == Short.BYTES) {
            LittleEndian.putShort(area, areaLength, (short) length);
        } else {
            LittleEndian.putInt(area, areaLength, (int) length);
        }
        int at = areaLength + prefixSize;
        areaLength = (int) needed;
        return at;
    }

    private void appendOffset(int offset) {
        long needed = ((long) count + 1) * RawBlockCodec.OFFSET_SIZE;
        if (needed > offsets.length) {
            offsets = Arrays.copyOf(offsets, grownCapacity(offsets.length, needed));
        }
        LittleEndian.putInt(offsets, count * RawBlockCodec.OFFSET_SIZE, offset);
        count++;
    }
}
