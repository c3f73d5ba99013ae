package io.taospring.client.protocol.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BinaryRequestsTest {

    @Test
    void encodesBinaryQueryAsInTheProtocolExample() {
        ByteBuffer request = BinaryRequests.binaryQuery(0x0102, "select * from t".getBytes(StandardCharsets.UTF_8));

        assertThat(hex(request)).isEqualTo(
                "0201000000000000" + "0000000000000000" + "0600000000000000" + "0100" + "0f000000"
                        + HexFormat.of().formatHex("select * from t".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void encodesFetchRawBlockAsInTheProtocolExample() {
        ByteBuffer request = BinaryRequests.fetchRawBlock(0x0103, 1);

        assertThat(hex(request)).isEqualTo("0301000000000000" + "0100000000000000" + "0700000000000000" + "0100");
    }

    @Test
    void keepsMultiByteSqlAsUtf8Bytes() {
        byte[] sql = "select '电表' from t".getBytes(StandardCharsets.UTF_8);

        ByteBuffer request = BinaryRequests.binaryQuery(1, sql);

        assertThat(request.remaining()).isEqualTo(BinaryRequests.SQL_OFFSET + sql.length);
        assertThat(request.order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(BinaryRequests.SQL_LENGTH_OFFSET))
                .isEqualTo(sql.length);
    }

    private static String hex(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
