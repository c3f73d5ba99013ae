package io.taospring.client.protocol.tmq;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The binary reply to {@code fetch_raw_data} (ws-tmq.md 7.1). The TMQ raw data stays in the frame's bytes;
 * {@link #dataOffset()} and {@link #dataLength()} locate it.
 *
 * @param timing     server time in nanoseconds
 * @param reqId      the echoed request id
 * @param code       0, or the error code's low 16 bits
 * @param message    the error text, empty on success
 * @param messageId  the message the data belongs to
 * @param rawType    the raw type (2 for a data message)
 * @param frame      the whole frame
 * @param dataOffset where the TMQ raw data starts in {@code frame}
 * @param dataLength the TMQ raw data's length
 */
public record FetchRawDataReply(long timing, long reqId, int code, String message, long messageId, int rawType,
        byte[] frame, int dataOffset, int dataLength) {

    /** The marker that opens the frame. */
    public static final long MARKER = 0xFFFFFFFFFFFFFFFFL;
    /** The action code of {@code fetch_raw_data}. */
    public static final long ACTION = 8;
    /** The frame version. */
    public static final int VERSION = 1;
    /** Raw type of a data message ({@code RES_TYPE__TMQ}). */
    public static final int RAW_TYPE_DATA = 2;
    /** Offset of the action code. */
    static final int ACTION_OFFSET = 8;
    /** Offset of the version. */
    static final int VERSION_OFFSET = 16;
    /** Offset of the timing. */
    static final int TIMING_OFFSET = 18;
    /** Offset of the echoed req_id. */
    public static final int REQ_ID_OFFSET = 26;
    /** Offset of the error code. */
    static final int CODE_OFFSET = 34;
    /** Offset of the message length. */
    static final int MESSAGE_LENGTH_OFFSET = 38;
    /** Offset of the message bytes. */
    static final int MESSAGE_OFFSET = 42;
    /** Bytes after the message: message_id, raw type, data length. */
    static final int TAIL_SIZE = 14;

    /**
     * Encodes a frame. Error frames carry raw type 0 and no data, with the tail present (JDBC 3.7.9 reads it
     * before it checks the code).
     */
    public static byte[] encode(long timing, long reqId, int code, String message, long messageId, int rawType,
            byte[] data) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(MESSAGE_OFFSET + text.length + TAIL_SIZE + data.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(MARKER).putLong(ACTION).putShort((short) VERSION).putLong(timing).putLong(reqId)
                .putInt(code).putInt(text.length).put(text)
                .putLong(messageId).putShort((short) rawType).putInt(data.length).put(data);
        return out.array();
    }

    /** Whether a binary frame from the server is a {@code fetch_raw_data} reply. */
    public static boolean isFetchRawData(byte[] frame) {
        return frame.length >= MESSAGE_OFFSET && le(frame).getLong(0) == MARKER
                && le(frame).getLong(ACTION_OFFSET) == ACTION;
    }

    /** The req_id of a reply, without decoding the rest. */
    public static long peekReqId(byte[] frame) {
        return le(frame).getLong(REQ_ID_OFFSET);
    }

    /**
     * Decodes a frame; an error frame may lack the raw type and length.
     *
     * @throws InterfaceError when the frame is malformed
     */
    public static FetchRawDataReply decode(byte[] frame) {
        if (!isFetchRawData(frame)) {
            throw malformed("not a fetch_raw_data reply (" + frame.length + " bytes)");
        }
        ByteBuffer in = le(frame);
        int messageLength = in.getInt(MESSAGE_LENGTH_OFFSET);
        if (messageLength < 0 || messageLength > frame.length - MESSAGE_OFFSET - Long.BYTES) {
            throw malformed("message length " + messageLength + " exceeds the frame");
        }
        String message = new String(frame, MESSAGE_OFFSET, messageLength, StandardCharsets.UTF_8);
        int p = MESSAGE_OFFSET + messageLength;
        long messageId = in.getLong(p);
        int code = in.getInt(CODE_OFFSET) & 0xFFFF;
        long timing = in.getLong(TIMING_OFFSET);
        long reqId = in.getLong(REQ_ID_OFFSET);
        if (p + TAIL_SIZE > frame.length) {
            if (code == 0) {
                throw malformed("frame ends before the data length");
            }
            return new FetchRawDataReply(timing, reqId, code, message, messageId, 0, frame, frame.length, 0);
        }
        int rawType = in.getShort(p + Long.BYTES) & 0xFFFF;
        int length = in.getInt(p + Long.BYTES + Short.BYTES);
        int dataOffset = p + TAIL_SIZE;
        if (length < 0 || length > frame.length - dataOffset) {
            throw malformed("data length " + length + " exceeds the frame (" + frame.length + " bytes)");
        }
        return new FetchRawDataReply(timing, reqId, code, message, messageId, rawType, frame, dataOffset, length);
    }

    /** Decodes the TMQ raw data the frame carries. */
    public TmqRawData rawData() {
        return TmqRawDataCodec.decode(frame, dataOffset, dataLength);
    }

    private static ByteBuffer le(byte[] frame) {
        return ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static InterfaceError malformed(String what) {
        return new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, "malformed fetch_raw_data reply: " + what);
    }
}
