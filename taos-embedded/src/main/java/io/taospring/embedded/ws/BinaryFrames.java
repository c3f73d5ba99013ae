package io.taospring.embedded.ws;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.taospring.client.protocol.ws.BinaryAction;
import io.taospring.client.protocol.ws.BinaryRequests;
import io.taospring.client.protocol.ws.FetchRawBlockReply;
import java.nio.charset.StandardCharsets;

/**
 * The binary frames of {@code /ws}: the 24-byte request header and the server's block replies
 * (ws-sql.md 4.4, 5, 6). All integers little-endian.
 */
final class BinaryFrames {

    // the layout constants are the client's (io.taospring.client.protocol.ws): one definition of the wire format

    /** Length of the request header: req_id, resource id, action code (u64 each). */
    static final int HEADER_LENGTH = BinaryRequests.HEADER_SIZE;
    /** Action code of {@code binary_query}. */
    static final long BINARY_QUERY = BinaryAction.BINARY_QUERY.code();
    /** Action code of {@code fetch_raw_block}. */
    static final long FETCH_RAW_BLOCK = BinaryAction.FETCH_RAW_BLOCK.code();
    /** Action code of {@code stmt2_bind}. */
    static final long STMT2_BIND = BinaryAction.STMT2_BIND.code();
    /** The only request payload version. */
    static final int VERSION = BinaryRequests.VERSION;

    private static final long RAW_BLOCK_MARKER = FetchRawBlockReply.MARKER;

    private BinaryFrames() {
    }

    /**
     * A {@code fetch_raw_block} reply (ws-sql.md 6): marker, action 7, version 1, timing, req_id, code,
     * message, result id, finished flag, then the block length and block when {@code block} is non-null.
     */
    static ByteBuf fetchRawBlock(ByteBufAllocator alloc, long timing, long reqId, int code, String message,
                                 long resultId, byte[] block) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        int size = FetchRawBlockReply.MIN_SIZE + text.length + (block == null ? 0 : 4 + block.length);
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
