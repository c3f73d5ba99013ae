package io.taospring.embedded.ws;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;

/**
 * The binary frames of {@code /ws}: the 24-byte request header and the server's block replies
 * (ws-sql.md 4.4, 5, 6). All integers little-endian.
 */
final class BinaryFrames {

    /** Length of the request header: req_id, resource id, action code (u64 each). */
    static final int HEADER_LENGTH = 24;
    /** Action code of {@code binary_query}. */
    static final long BINARY_QUERY = 6;
    /** Action code of {@code fetch_raw_block}. */
    static final long FETCH_RAW_BLOCK = 7;
    /** Action code of {@code stmt2_bind}. */
    static final long STMT2_BIND = 9;
    /** The only request payload version. */
    static final int VERSION = 1;

    private static final long RAW_BLOCK_MARKER = 0xFFFF_FFFF_FFFF_FFFFL;

    private BinaryFrames() {
    }

    /**
     * A {@code fetch_raw_block} reply (ws-sql.md 6): marker, action 7, version 1, timing, req_id, code,
     * message, result id, finished flag, then the block length and block when {@code block} is non-null.
     */
    static ByteBuf fetchRawBlock(ByteBufAllocator alloc, long timing, long reqId, int code, String message,
                                 long resultId, byte[] block) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        int size = 51 + text.length + (block == null ? 0 : 4 + block.length);
        ByteBuf frame = alloc.buffer(size, size);
        frame.writeLongLE(RAW_BLOCK_MARKER);
        frame.writeLongLE(FETCH_RAW_BLOCK);
        frame.writeShortLE(VERSION);
        frame.writeLongLE(timing);
        frame.writeLongLE(reqId);
        frame.writeIntLE(code);
        frame.writeIntLE(text.length);
        frame.writeBytes(text);
        frame.writeLongLE(resultId);
        frame.writeByte(block == null ? 1 : 0);
        if (block != null) {
            frame.writeIntLE(block.length);
            frame.writeBytes(block);
        }
        return frame;
    }

    /** A {@code fetch_block} reply (ws-sql.md 4.4): timing, result id, block. */
    static ByteBuf fetchBlock(ByteBufAllocator alloc, long timing, long resultId, byte[] block) {
        ByteBuf frame = alloc.buffer(16 + block.length);
        frame.writeLongLE(timing);
        frame.writeLongLE(resultId);
        frame.writeBytes(block);
        return frame;
    }
}
