package io.taospring.embedded.rest;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.OutputStream;

/** An output stream that fills a buffer which the response writer takes as one HTTP chunk at a time. */
final class ChunkOutput extends OutputStream {

    private static final int INITIAL_CAPACITY = 16 * 1024;

    private final ByteBufAllocator allocator;
    private ByteBuf buffer;

    ChunkOutput(ByteBufAllocator allocator) {
        this.allocator = allocator;
    }

    @Override
    public void write(int b) {
        pending().writeByte(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        pending().writeBytes(bytes, offset, length);
    }

    /** The bytes written since the last call; the caller owns (and must release or send) them. */
    ByteBuf take() {
        ByteBuf chunk = buffer == null ? Unpooled.EMPTY_BUFFER : buffer;
        buffer = null;
        return chunk;
    }

    /** The number of bytes waiting to be taken. */
    int pendingBytes() {
        return buffer == null ? 0 : buffer.readableBytes();
    }

    /** Releases the pending bytes (after a failure). */
    void discard() {
        if (buffer != null) {
            buffer.release();
            buffer = null;
        }
    }

    @Override
    public void close() {
        // the pending bytes are taken explicitly; closing the generator must not drop them
    }

    private ByteBuf pending() {
        if (buffer == null) {
            buffer = allocator.buffer(INITIAL_CAPACITY);
        }
        return buffer;
    }
}
