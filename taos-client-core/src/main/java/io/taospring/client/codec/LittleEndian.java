package io.taospring.client.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Little-endian reads and writes at arbitrary (unaligned) positions of a byte array. */
final class LittleEndian {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private LittleEndian() {
    }

    static short getShort(byte[] data, int at) {
        return (short) SHORT.get(data, at);
    }

    static int getUnsignedShort(byte[] data, int at) {
        return getShort(data, at) & 0xFFFF;
    }

    static int getInt(byte[] data, int at) {
        return (int) INT.get(data, at);
    }

    static long getUnsignedInt(byte[] data, int at) {
        return getInt(data, at) & 0xFFFF_FFFFL;
    }

    static long getLong(byte[] data, int at) {
        return (long) LONG.get(data, at);
    }

    static void putShort(byte[] data, int at, short value) {
        SHORT.set(data, at, value);
    }

    static void putInt(byte[] data, int at, int value) {
        INT.set(data, at, value);
    }

    static void putLong(byte[] data, int at, long value) {
        LONG.set(data, at, value);
    }
}
