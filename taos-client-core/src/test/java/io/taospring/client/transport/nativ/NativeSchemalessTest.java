package io.taospring.client.transport.nativ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.error.SchemalessError;
import io.taospring.client.error.TaosException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NativeSchemalessTest {

    @RegisterExtension
    final TaosFake fake = new TaosFake();

    private final NativeTransport transport = TaosFake.transport();
    private final NativeConnection connection = (NativeConnection) transport.connect(TaosFake.config());

    @AfterEach
    void close() {
        connection.close();
        transport.close();
    }

    @Test
    void writesLinesWithProtocolPrecisionTtlAndReqId() {
        String lines = "meters,location=a current=10.3 1700000000000\nmeters,location=b current=9.5 1700000000001";
        long written = connection.writeSchemaless(lines, NativeSchemaless.Protocol.LINE,
                NativeSchemaless.TimestampPrecision.MILLISECONDS, 7, 99);
        assertThat(written).isEqualTo(2);
        assertThat(TaosFake.calls()).contains("taos_schemaless_insert_raw_ttl_with_reqid lines=" + lines + " len="
                + lines.length() + " protocol=1 precision=4 ttl=7 reqid=99");
    }

    @Test
    void passesTheOtherProtocolsCodes() {
        connection.writeSchemaless("{\"metric\":\"m\"}", NativeSchemaless.Protocol.JSON,
                NativeSchemaless.TimestampPrecision.NOT_CONFIGURED, 0, 100);
        connection.writeSchemaless("m 1700000000 1 t=a", NativeSchemaless.Protocol.TELNET,
                NativeSchemaless.TimestampPrecision.SECONDS, 0, 101);
        assertThat(TaosFake.calls()).contains("protocol=3 precision=0 ttl=0 reqid=100")
                .contains("protocol=2 precision=3 ttl=0 reqid=101");
    }

    @Test
    void reportsARejectedLineAsASchemalessErrorAndFreesTheResult() {
        assertThatThrownBy(() -> connection.writeSchemaless("bad line", NativeSchemaless.Protocol.LINE,
                NativeSchemaless.TimestampPrecision.NANOSECONDS, 0, 102))
                .isInstanceOf(SchemalessError.class)
                .hasMessageContaining("Invalid line protocol type")
                .satisfies(e -> assertThat(((TaosException) e).errno()).isEqualTo(0x3000));
        assertThat(TaosFake.liveHandles()).as("only the connection").isEqualTo(1);
    }
}
