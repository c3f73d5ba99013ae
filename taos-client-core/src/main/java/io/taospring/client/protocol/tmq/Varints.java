package io.taospring.client.protocol.tmq;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Unsigned LEB128 varints and their zig-zag signed form, as TDengine's TMQ raw data uses them (ws-tmq.md 7.2). */
final class Varints {

    private static final int MAX_BYTES = 10;

    private Varints() {
    }

    static void writeUnsigned(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    static void writeZigZag(ByteArrayOutputStream out, int value) {
        writeUnsigned(out, Integer.toUnsignedLong((value << 1) ^ (value >> 31)));
    }

    /** Reads an unsigned varint; throws {@link IllegalArgumentException} when it is truncated or too long. */
    static long readUnsigned(ByteBuffer in) {
        long value = 0;
        for (int i = 0; i < MAX_BYTES; i++) {
            if (!in.hasRemaining()) {
                throw new IllegalArgumentException("varint truncated at byte " + in.position());
            }
            int b = in.get() & 0xFF;
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint longer than " + MAX_BYTES + " bytes at byte " + in.position());
    }

    static int readZigZag(ByteBuffer in) {
        int encoded = (int) readUnsigned(in);
        return (encoded >>> 1) ^ -(encoded & 1);
    }
}
