package io.taospring.client.codec;

/**
 * Reads and writes TDengine's raw block format ({@code protocol/raw-block.md}); the one place that knows
 * its layout. Pure: no I/O, no logging, no shared state.
 */
public final class RawBlockCodec {

    private RawBlockCodec() {
    }

    /**
     * Decodes a block.
     *
     * @throws io.taospring.client.error.ResultError when the block is corrupt or truncated
     */
    public static RawBlock decode(byte[] data, int offset, int length) {
        throw new UnsupportedOperationException("TODO: codec");
    }

    /** Decodes a block that fills {@code data}. */
    public static RawBlock decode(byte[] data) {
        return decode(data, 0, data.length);
    }
}
