package io.taospring.client.codec;

import io.taospring.client.TaosType;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * DECIMAL storage in raw blocks ({@code protocol/types.md} section 4): the schema width packs
 * {@code (storage << 24) | (precision << 8) | scale}; DECIMAL64 values are an int64 unscaled integer,
 * DECIMAL values 16 bytes, the low uint64 first, then the high int64.
 */
final class Decimals {

    /** Largest precision of DECIMAL64 ({@code TSDB_DECIMAL64_MAX_PRECISION}). */
    static final int DECIMAL64_MAX_PRECISION = 18;
    /** Largest precision of DECIMAL ({@code TSDB_DECIMAL128_MAX_PRECISION}). */
    static final int DECIMAL_MAX_PRECISION = 38;

    private static final int HIGH_HALF_OFFSET = 8;

    private Decimals() {
    }

    /** The packed schema width of a decimal column. */
    static int packWidth(TaosType type, int precision, int scale) {
        return type.fixedSize() << 24 | precision << 8 | scale;
    }

    static int storageOf(int width) {
        return width >>> 24;
    }

    static int precisionOf(int width) {
        return width >>> 8 & 0xFF;
    }

    static int scaleOf(int width) {
        return width & 0xFF;
    }

    /** The largest precision a column of {@code type} can hold. */
    static int maxPrecision(TaosType type) {
        return type == TaosType.DECIMAL ? DECIMAL_MAX_PRECISION : DECIMAL64_MAX_PRECISION;
    }

    /** Reads a DECIMAL (16-byte) value at {@code at}. */
    static BigDecimal read128(byte[] data, int at, int scale) {
        long low = LittleEndian.getLong(data, at);
        long high = LittleEndian.getLong(data, at + HIGH_HALF_OFFSET);
        if (high == low >> 63) {
            return BigDecimal.valueOf(low, scale);
        }
        BigInteger unscaled = BigInteger.valueOf(high).shiftLeft(64).or(unsignedLong(low));
        return new BigDecimal(unscaled, scale);
    }

    /** Writes the unscaled 128-bit value {@code unscaled} at {@code at}. */
    static void write128(byte[] out, int at, BigInteger unscaled) {
        LittleEndian.putLong(out, at, unscaled.longValue());
        LittleEndian.putLong(out, at + HIGH_HALF_OFFSET, unscaled.shiftRight(64).longValue());
    }

    /** A uint64 bit pattern as a non-negative BigInteger. */
    static BigInteger unsignedLong(long bits) {
        BigInteger value = BigInteger.valueOf(bits);
        return bits >= 0 ? value : value.add(BigInteger.ONE.shiftLeft(64));
    }
}
