package io.taospring.client.protocol.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class FetchRawBlockReplyTest {

    /** The "completed" frame of ws-sql.md section 6. */
    private static final String COMPLETED = "ffffffffffffffff0700000000000000" + "01002823000000000000040100000000"
            + "00000000000000000000010000000000" + "000001";

    /** The "result is nil" error frame of ws-sql.md section 6. */
    private static final String RESULT_IS_NIL = "ffffffffffffffff0700000000000000" + "01002823000000000000050100000000"
            + "0000ffff00000d000000726573756c74" + "206973206e696c010000000000000001";

    @Test
    void decodesTheCompletedFrameOfTheProtocolExample() {
        FetchRawBlockReply reply = FetchRawBlockReply.decode(HexFormat.of().parseHex(COMPLETED));

        assertThat(reply.reqId()).isEqualTo(0x0104);
        assertThat(reply.code()).isZero();
        assertThat(reply.resultId()).isEqualTo(1);
        assertThat(reply.finished()).isTrue();
    }

    @Test
    void decodesTheErrorFrameOfTheProtocolExample() {
        FetchRawBlockReply reply = FetchRawBlockReply.decode(HexFormat.of().parseHex(RESULT_IS_NIL));

        assertThat(reply.reqId()).isEqualTo(0x0105);
        assertThat(reply.code()).isEqualTo(0xFFFF);
        assertThat(reply.message()).isEqualTo("result is nil");
        assertThat(reply.finished()).isTrue();
    }

    @Test
    void locatesTheBlockInADataFrameWithoutCopyingIt() {
        byte[] block = {1, 2, 3, 4, 5};
        byte[] frame = dataFrame(77, 9, block, block.length);

        FetchRawBlockReply reply = FetchRawBlockReply.decode(frame);

        assertThat(reply.finished()).isFalse();
        assertThat(reply.frame()).isSameAs(frame);
        assertThat(reply.blockOffset()).isEqualTo(55);
        assertThat(reply.blockLength()).isEqualTo(5);
        assertThat(FetchRawBlockReply.peekReqId(frame)).isEqualTo(77);
    }

    @Test
    void rejectsABlockLengthBeyondTheFrame() {
        byte[] frame = dataFrame(1, 1, new byte[4], 400);

        assertThatThrownBy(() -> FetchRawBlockReply.decode(frame))
                .isInstanceOfSatisfying(InterfaceError.class,
                        e -> assertThat(e.errno()).isEqualTo(ErrorCodes.MALFORMED_RESPONSE))
                .hasMessageContaining("block length 400");
    }

    @Test
    void rejectsAMessageLengthBeyondTheFrame() {
        byte[] frame = HexFormat.of().parseHex(COMPLETED);
        ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN).putInt(FetchRawBlockReply.MESSAGE_LENGTH_OFFSET, 1000);

        assertThatThrownBy(() -> FetchRawBlockReply.decode(frame)).isInstanceOf(InterfaceError.class)
                .hasMessageContaining("message length 1000");
    }

    @Test
    void rejectsFramesThatAreNotFetchReplies() {
        assertThat(FetchRawBlockReply.isFetchRawBlock(new byte[60])).isFalse();
        assertThatThrownBy(() -> FetchRawBlockReply.decode(new byte[10])).isInstanceOf(InterfaceError.class);
    }

    static byte[] dataFrame(long reqId, long resultId, byte[] block, int declaredLength) {
        ByteBuffer frame = ByteBuffer.allocate(55 + block.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putLong(-1L).putLong(7).putShort((short) 1).putLong(1234).putLong(reqId).putInt(0).putInt(0)
                .putLong(resultId).put((byte) 0).putInt(declaredLength).put(block);
        return frame.array();
    }
}
