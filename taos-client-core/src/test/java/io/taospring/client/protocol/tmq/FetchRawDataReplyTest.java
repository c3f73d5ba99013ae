package io.taospring.client.protocol.tmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.error.InterfaceError;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The {@code fetch_raw_data} frame of ws-tmq.md 7.1. */
class FetchRawDataReplyTest {

    @Test
    void encodesThe56ByteHeaderOfTheWorkedExample() {
        byte[] frame = FetchRawDataReply.encode(7, 5, 0, "", 1, 0, TmqRawDataCodecTest.EXAMPLE);
        ByteBuffer in = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(frame).hasSize(56 + 176);
        assertThat(in.getLong(0)).isEqualTo(-1L);
        assertThat(in.getLong(8)).isEqualTo(8);
        assertThat(in.getShort(16)).isEqualTo((short) 1);
        assertThat(in.getLong(18)).isEqualTo(7);
        assertThat(in.getLong(26)).isEqualTo(5);
        assertThat(in.getInt(34)).isZero();
        assertThat(in.getInt(38)).isZero();
        assertThat(in.getLong(42)).isEqualTo(1);
        assertThat(in.getShort(50)).isZero();
        assertThat(in.getInt(52)).isEqualTo(176);
        assertThat(Arrays.copyOfRange(frame, 56, frame.length)).isEqualTo(TmqRawDataCodecTest.EXAMPLE);
    }

    @Test
    void decodesWhatItEncodes() {
        byte[] frame = FetchRawDataReply.encode(7, 5, 0, "", 1, FetchRawDataReply.RAW_TYPE_DATA,
                TmqRawDataCodecTest.EXAMPLE);

        FetchRawDataReply reply = FetchRawDataReply.decode(frame);

        assertThat(FetchRawDataReply.isFetchRawData(frame)).isTrue();
        assertThat(FetchRawDataReply.peekReqId(frame)).isEqualTo(5);
        assertThat(reply.messageId()).isEqualTo(1);
        assertThat(reply.rawType()).isEqualTo(2);
        assertThat(reply.rawData().blocks().get(0).tableName()).isEqualTo("d1001");
    }

    @Test
    void decodesAnErrorFrameWithoutTail() {
        byte[] full = FetchRawDataReply.encode(0, 9, 0xFFFF, "message is nil", 3, 0, new byte[0]);
        byte[] withoutTail = Arrays.copyOf(full, full.length - 6);

        FetchRawDataReply reply = FetchRawDataReply.decode(withoutTail);

        assertThat(reply.code()).isEqualTo(0xFFFF);
        assertThat(reply.message()).isEqualTo("message is nil");
        assertThat(reply.messageId()).isEqualTo(3);
    }

    @Test
    void rejectsAMessageLengthBeyondTheFrame() {
        byte[] frame = FetchRawDataReply.encode(0, 9, 0, "", 3, 2, new byte[0]);
        ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN).putInt(38, 1000);

        assertThatThrownBy(() -> FetchRawDataReply.decode(frame)).isInstanceOf(InterfaceError.class);
    }
}
