package io.taospring.client.codec;

/**
 * NCHAR values in raw blocks: UCS-4 little-endian, one 4-byte code point per character
 * ({@code protocol/types.md} section 3).
 */
final class Ucs4 {

    static final int BYTES_PER_CODE_POINT = 4;

    private static final int REPLACEMENT = 0xFFFD;

    private Ucs4() {
    }

    /**
     * Decodes {@code byteLength} bytes (a multiple of 4). Code points outside Unicode become U+FFFD, as
     * malformed UTF-8 does in {@code new String(bytes, UTF_8)}, so a corrupt value never throws.
     */
    static String decode(byte[] data, int from, int byteLength) {
        int count = byteLength / BYTES_PER_CODE_POINT;
        char[] chars = new char[count];
        for (int i = 0; i < count; i++) {
            int codePoint = LittleEndian.getInt(data, from + i * BYTES_PER_CODE_POINT);
            if (codePoint < 0 || codePoint > Character.MAX_VALUE) {
                return decodeSupplementary(data, from, count);
            }
            chars[i] = (char) codePoint;
        }
        return new String(chars);
    }

    private static String decodeSupplementary(byte[] data, int from, int count) {
        StringBuilder text = new StringBuilder(count + 8);
        for (int i = 0; i < count; i++) {
            int codePoint = LittleEndian.getInt(data, from + i * BYTES_PER_CODE_POINT);
            text.appendCodePoint(Character.isValidCodePoint(codePoint) ? codePoint : REPLACEMENT);
        }
        return text.toString();
    }

    /** The encoded size of {@code text}: 4 bytes per code point (a lone surrogate counts as one). */
    static long byteLength(String text) {
        return (long) BYTES_PER_CODE_POINT * text.codePointCount(0, text.length());
    }

    /** Writes the code points of {@code text} at {@code at}; returns the position after the last one. */
    static int encode(String text, byte[] out, int at) {
        int position = at;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            LittleEndian.putInt(out, position, codePoint);
            position += BYTES_PER_CODE_POINT;
            i += Character.charCount(codePoint);
        }
        return position;
    }
}
