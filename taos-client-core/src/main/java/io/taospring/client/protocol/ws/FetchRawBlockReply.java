package io.taospring.client.protocol.ws;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The binary reply to {@code fetch_raw_block} (ws-sql.md section 6). The block stays in the frame's
 * bytes; {@link #blockOffset()} and {@link #blockLength()} locate it, so it is decoded without a copy.
 *
 * @param reqId       the echoed request id
 * @param code        0, or the error code's low 16 bits
 * @param message     the error text, empty on success
 * @param resultId    the result the block belongs to
 * @param finished    true when no block follows (end of data, or an error)
 * @param frame       the whole frame
 * @param blockOffset where the raw block starts in {@code frame} (0 when finished)
 * @param blockLength the raw block's length (0 when finished)
 */
public record FetchRawBlockReply(long reqId, int code, String message, long resultId, boolean finished,
        byte[] frame, int blockOffset, int blockLength) {

    /** The marker that opens every {@code fetch_raw_block} reply. */
    public static final long MARKER = 0xFFFFFFFFFFFFFFFFL;
    /** Offset of the action code (7). */
    public static final int ACTION_OFFSET = 8;
    /** Offset of the echoed req_id. */
    public static final int REQ_ID_OFFSET = 26;
    /** Offset of the error code. */
    public static final int CODE_OFFSET = 34;
    /** Offset of the message length. */
    public static final int MESSAGE_LENGTH_OFFSET = 38;
    /** Offset of the message bytes. */
    public static final int MESSAGE_OFFSET = 42;
    /** Size of a frame without message and block: marker..finished. */
    public static final int MIN_SIZE = 51;

    /** Whether a binary frame from the server is a {@code fetch_raw_block} reply. */
    public static boolean isFetchRawBlock(byte[] frame) {
        return frame.length >= MIN_SIZE && le(frame).getLong(0) == MARKER
                && le(frame).getLong(ACTION_OFFSET) == BinaryAction.FETCH_RAW_BLOCK.code();
    }

    /** The req_id of a {@code fetch_raw_block} reply, without decoding the rest. */
    public static long peekReqId(byte[] frame) {
        return le(frame).getLong(REQ_ID_OFFSET);
    }

    /**
     * Decodes a reply frame.
     *
     * @throws InterfaceError when the frame is malformed
     */
    public static FetchRawBlockReply decode(byte[] frame) {
        if (!isFetchRawBlock(frame)) {
            throw malformed("not a fetch_raw_block reply (" + frame.length + " bytes)");
        }
        ByteBuffer in = le(frame);
        int messageLength = in.getInt(MESSAGE_LENGTH_OFFSET);
        if (messageLength < 0 || messageLength > frame.length - MIN_SIZE) {
            throw malformed("message length " + messageLength + " exceeds the frame");
        }
        String message = new String(frame, MESSAGE_OFFSET, messageLength, StandardCharsets.UTF_8);
        int p = MESSAGE_OFFSET + messageLength;
        long resultId = in.getLong(p);
        boolean finished = frame[p + 8] != 0;
        long reqId = in.getLong(REQ_ID_OFFSET);
        int code = in.getInt(CODE_OFFSET) & 0xFFFF;
        if (finished) {
            return new FetchRawBlockReply(reqId, code, message, resultId, true, frame, 0, 0);
        }
        return withBlock(frame, in, p + 9, reqId, code, message, resultId);
    }

    private static FetchRawBlockReply withBlock(byte[] frame, ByteBuffer in, int lengthOffset, long reqId, int code,
            String message, long resultId) {
        if (lengthOffset + 4 > frame.length) {
            throw malformed("frame ends before the block length");
        }
        int blockLength = in.getInt(lengthOffset);
        int blockOffset = lengthOffset + 4;
        if (blockLength < 0 || blockLength > frame.length - blockOffset) {
            throw malformed("block length " + blockLength + " exceeds the frame (" + frame.length + " bytes)");
        }
        return new FetchRawBlockReply(reqId, code, message, resultId, false, frame, blockOffset, blockLength);
    }

    private static ByteBuffer le(byte[] frame) {
        return ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static InterfaceError malformed(String what) {
        return new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, "malformed fetch_raw_block reply: " + what);
    }
}
