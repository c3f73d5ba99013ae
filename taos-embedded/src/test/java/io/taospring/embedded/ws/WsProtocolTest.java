package io.taospring.embedded.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlockCodec;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.embedded.FakeExecutor;
import io.taospring.embedded.TableResult;
import io.taospring.embedded.engine.UpdateResult;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WsProtocolTest {

    private static final String TIMING = "\"timing\":\\d+";
    private static final TableResult METERS = new TableResult(Precision.MILLISECONDS,
            TaosField.of("ts", TaosType.TIMESTAMP), TaosField.of("current", TaosType.FLOAT),
            new TaosField("location", TaosType.VARCHAR, 24))
            .row(1_700_000_000_000L, 10.3f, "SF")
            .row(1_700_000_001_000L, null, null);

    private static EmbeddedTaosServer server;
    private WsTestClient client;

    @BeforeAll
    static void start() {
        TableResult many = new TableResult(Precision.NANOSECONDS, TaosField.of("v", TaosType.INT));
        for (int i = 0; i < 10_000; i++) {
            many.row(i);
        }
        FakeExecutor engine = new FakeExecutor()
                .answer("select * from meters", METERS)
                .answer("select many", many)
                .answer("insert into d1001 values (now, 1) (now+1s, 2)", new UpdateResult(2));
        server = EmbeddedTaosServer.builder().executor(engine).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void open() {
        client = new WsTestClient(server.wsUrl());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void versionNeedsNoConnection() throws Exception {
        client.sendText("{\"action\":\"version\",\"args\":{\"req_id\":5}}");
        assertThat(client.nextText()).matches(
                "\\{\"code\":0,\"message\":\"\",\"action\":\"version\",\"req_id\":5," + TIMING + ",\"version\":\"3.3.6.0\"}");
        client.sendText("{\"action\":\"version\"}");
        assertThat(client.nextText()).contains("\"req_id\":0,");
    }

    @Test
    void connChecksUserThenPassword() throws Exception {
        client.sendText("{\"action\":\"conn\",\"args\":{\"req_id\":1,\"user\":\"nobody\",\"password\":\"taosdata\"}}");
        assertThat(client.nextText()).matches(
                "\\{\"code\":849,\"message\":\"Invalid user\",\"action\":\"conn\",\"req_id\":1," + TIMING + "}");
        client.sendText("{\"action\":\"conn\",\"args\":{\"req_id\":2,\"user\":\"root\",\"password\":\"wrong\"}}");
        assertThat(client.nextText()).startsWith("{\"code\":855,\"message\":\"Authentication failure\",\"action\":\"conn\"");
        client.sendText("{\"action\":\"conn\",\"args\":{\"req_id\":3,\"user\":\"root\",\"password\":\"taosdata\",\"db\":\"missing\"}}");
        assertThat(client.nextText()).startsWith("{\"code\":904,\"message\":\"Database not exist\"");
        connect();
        client.sendText("{\"action\":\"conn\",\"args\":{\"req_id\":4,\"user\":\"root\",\"password\":\"taosdata\"}}");
        assertThat(client.nextText()).startsWith("{\"code\":65535,\"message\":\"duplicate connections\"");
    }

    @Test
    void connSelectsTheDatabase() throws Exception {
        client.sendText("{\"action\":\"conn\",\"args\":{\"req_id\":1,\"user\":\"root\",\"password\":\"taosdata\",\"db\":\"power\"}}");
        assertThat(client.nextText()).matches(
                "\\{\"code\":0,\"message\":\"\",\"action\":\"conn\",\"req_id\":1," + TIMING + ",\"version\":\"3.3.6.0\"}");
        client.sendText("{\"action\":\"get_current_db\",\"args\":{\"req_id\":2}}");
        assertThat(client.nextText()).endsWith(",\"db\":\"power\"}");
    }

    @Test
    void requestsBeforeConnAreRejected() throws Exception {
        client.sendText("{\"action\":\"query\",\"args\":{\"req_id\":9,\"sql\":\"select 1\"}}");
        assertThat(client.nextText()).matches(
                "\\{\"code\":65535,\"message\":\"server not connected\",\"action\":\"query\",\"req_id\":9," + TIMING + "}");
    }

    @Test
    void malformedAndUnknownRequestsGetAdapterErrors() throws Exception {
        client.sendText("not json");
        assertThat(client.nextText()).startsWith("{\"code\":65535,\"message\":\"unmarshal request error\",\"action\":\"\"");
        client.sendText("{\"args\":{\"req_id\":3}}");
        assertThat(client.nextText()).startsWith("{\"code\":65535,\"message\":\"request no action\",\"action\":\"\",\"req_id\":3");
        client.sendText("{\"action\":\"teleport\",\"args\":{\"req_id\":4,\"extra\":[1,{\"a\":null}]}}");
        assertThat(client.nextText()).startsWith("{\"code\":65535,\"message\":\"unknown action teleport\",\"action\":\"teleport\",\"req_id\":4");
        client.sendBinary(WsTestClient.binary(5, 0, 42, new byte[0]));
        assertThat(client.nextText()).startsWith("{\"code\":65535,\"message\":\"unknown binary action 42\",\"action\":\"unknown\",\"req_id\":5");
    }

    @Test
    void requestIdsAbove2To63AreEchoedExactly() throws Exception {
        client.sendText("{\"action\":\"version\",\"args\":{\"req_id\":18446744073709551615}}");
        assertThat(client.nextText()).contains("\"req_id\":18446744073709551615,");
        client.sendText("{\"action\":\"version\",\"args\":{\"req_id\":9007199254740993}}");
        assertThat(client.nextText()).contains("\"req_id\":9007199254740993,");
    }

    @Test
    void binaryQueryOfAnUpdateReportsAffectedRows() throws Exception {
        connect();
        client.sendBinary(WsTestClient.binaryQuery(0x0102, "insert into d1001 values (now, 1) (now+1s, 2)"));
        assertThat(client.nextText()).matches("\\{\"code\":0,\"message\":\"\",\"action\":\"binary_query\",\"req_id\":258,"
                + TIMING + ",\"id\":0,\"is_update\":true,\"affected_rows\":2,\"fields_count\":0,\"fields_names\":null,"
                + "\"fields_types\":null,\"fields_lengths\":null,\"precision\":0,\"fields_precisions\":null,"
                + "\"fields_scales\":null}");
    }

    @Test
    void binaryQueryErrorsCarryTheEngineCode() throws Exception {
        connect();
        client.sendBinary(WsTestClient.binaryQuery(7, "selec * from t"));
        assertThat(client.nextText()).matches("\\{\"code\":9728,\"message\":\"syntax error near \\\\\"selec \\* from t\\\\\"\","
                + "\"action\":\"binary_query\",\"req_id\":7," + TIMING + "}");
    }

    @Test
    void binaryQueryThenFetchRawBlockStreamsTheResult() throws Exception {
        connect();
        client.sendBinary(WsTestClient.binaryQuery(0x0103, "select * from meters"));
        assertThat(client.nextText()).matches("\\{\"code\":0,\"message\":\"\",\"action\":\"binary_query\",\"req_id\":259,"
                + TIMING + ",\"id\":1,\"is_update\":false,\"affected_rows\":0,\"fields_count\":3,"
                + "\"fields_names\":\\[\"ts\",\"current\",\"location\"],\"fields_types\":\\[9,6,8],"
                + "\"fields_lengths\":\\[8,4,24],\"precision\":0,\"fields_precisions\":\\[0,0,0],\"fields_scales\":\\[0,0,0]}");

        client.sendBinary(WsTestClient.fetchRawBlock(0x0103, 1));
        ByteBuffer data = frame(client.nextBinary());
        byte[] block = METERS.encodeBlock(0, 2);
        assertHeader(data, 0x0103, 0, "");
        assertThat(data.getLong(42)).isEqualTo(1);
        assertThat(data.get(50)).isZero();
        assertThat(data.getInt(51)).isEqualTo(block.length);
        assertThat(Arrays.copyOfRange(data.array(), 55, data.limit())).isEqualTo(block);

        client.sendBinary(WsTestClient.fetchRawBlock(0x0103, 1));
        ByteBuffer finished = frame(client.nextBinary());
        assertThat(finished.limit()).isEqualTo(51);
        assertHeader(finished, 0x0103, 0, "");
        assertThat(finished.getLong(42)).isEqualTo(1);
        assertThat(finished.get(50)).isEqualTo((byte) 1);

        client.sendBinary(WsTestClient.fetchRawBlock(0x0104, 1));
        ByteBuffer nil = frame(client.nextBinary());
        assertThat(nil.limit()).isEqualTo(64);
        assertHeader(nil, 0x0104, 0xFFFF, "result is nil");
        assertThat(nil.getLong(55)).isEqualTo(1);
        assertThat(nil.get(63)).isEqualTo((byte) 1);
    }

    @Test
    void prefetchedFetchesAreAnsweredInOrderWithTheQueryRequestId() throws Exception {
        connect();
        long reqId = 0x7FFF_0000_0000_0001L;
        client.sendBinary(WsTestClient.binaryQuery(reqId, "select many"));
        assertThat(client.nextText()).contains("\"precision\":2,");
        for (int i = 0; i < 5; i++) {
            client.sendBinary(WsTestClient.fetchRawBlock(reqId, 1));
        }
        int next = 0;
        for (int expectedRows : new int[] {4096, 4096, 1808}) {
            ByteBuffer data = frame(client.nextBinary());
            assertHeader(data, reqId, 0, "");
            var block = RawBlockCodec.decode(data.array(), 55, data.getInt(51));
            assertThat(block.rowCount()).isEqualTo(expectedRows);
            assertThat(block.getLong(0, 0)).isEqualTo(next);
            next += expectedRows;
        }
        assertThat(frame(client.nextBinary()).get(50)).isEqualTo((byte) 1);
        assertHeader(frame(client.nextBinary()), reqId, 0xFFFF, "result is nil");
    }

    @Test
    void freeResultHasNoReplyAndReleasesTheResult() throws Exception {
        connect();
        client.sendBinary(WsTestClient.binaryQuery(11, "select many"));
        client.nextText();
        client.sendText("{\"action\":\"free_result\",\"args\":{\"req_id\":1,\"id\":1}}");
        // messages run concurrently on the server: let the free land before the fetch is sent
        assertThat(client.poll(200)).isNull();
        client.sendBinary(WsTestClient.fetchRawBlock(12, 1));
        ByteBuffer reply = frame(client.nextBinary());
        assertHeader(reply, 12, 0xFFFF, "result is nil");
        assertThat(client.poll(200)).isNull();
    }

    @Test
    void jsonQueryFetchAndFetchBlock() throws Exception {
        connect();
        client.sendText("{\"action\":\"query\",\"args\":{\"req_id\":21,\"sql\":\"select * from meters\"}}");
        assertThat(client.nextText()).contains("\"action\":\"query\",\"req_id\":21,").contains("\"id\":1,");
        client.sendText("{\"action\":\"fetch\",\"args\":{\"req_id\":22,\"id\":1}}");
        assertThat(client.nextText()).matches("\\{\"code\":0,\"message\":\"\",\"action\":\"fetch\",\"req_id\":22," + TIMING
                + ",\"id\":1,\"completed\":false,\"lengths\":\\[8,4,26],\"rows\":2}");
        client.sendText("{\"action\":\"fetch_block\",\"args\":{\"req_id\":23,\"id\":1}}");
        ByteBuffer block = frame(client.nextBinary());
        assertThat(block.getLong(8)).isEqualTo(1);
        assertThat(Arrays.copyOfRange(block.array(), 16, block.limit())).isEqualTo(METERS.encodeBlock(0, 2));
        client.sendText("{\"action\":\"fetch\",\"args\":{\"req_id\":24,\"id\":1}}");
        assertThat(client.nextText()).endsWith(",\"id\":1,\"completed\":true,\"lengths\":null,\"rows\":0}");
        client.sendText("{\"action\":\"fetch\",\"args\":{\"req_id\":25,\"id\":1}}");
        assertThat(client.nextText()).startsWith("{\"code\":65535,\"message\":\"result is nil\",\"action\":\"fetch\"");
    }

    @Test
    void informationalActions() throws Exception {
        connect();
        client.sendText("{\"action\":\"get_server_info\",\"args\":{\"req_id\":1}}");
        assertThat(client.nextText()).endsWith(",\"info\":\"3.3.6.0\"}");
        client.sendText("{\"action\":\"options_connection\",\"args\":{\"req_id\":2,\"options\":[{\"option\":1,\"value\":\"UTC\"}]}}");
        assertThat(client.nextText()).matches("\\{\"code\":0,\"message\":\"\",\"action\":\"options_connection\",\"req_id\":2," + TIMING + "}");
        client.sendBinary(WsTestClient.binaryQuery(3, "select * from meters"));
        client.nextText();
        client.sendText("{\"action\":\"num_fields\",\"args\":{\"req_id\":4,\"result_id\":1}}");
        assertThat(client.nextText()).endsWith(",\"num_fields\":3}");
    }

    @Test
    void legacyPathIsAnAlias() throws Exception {
        try (WsTestClient legacy = new WsTestClient(server.wsUrl().replace("/ws", "/rest/ws"))) {
            legacy.sendText("{\"action\":\"version\",\"args\":{\"req_id\":1}}");
            assertThat(legacy.nextText()).contains("\"version\":\"3.3.6.0\"");
        }
    }

    private void connect() throws InterruptedException {
        client.sendText("{\"action\":\"conn\",\"args\":{\"req_id\":100,\"user\":\"root\",\"password\":\"taosdata\"}}");
        assertThat(client.nextText()).startsWith("{\"code\":0,");
    }

    private static ByteBuffer frame(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Marker, action 7, version 1, req_id at 26, code at 34, message at 42. */
    private static void assertHeader(ByteBuffer frame, long reqId, int code, String message) {
        assertThat(frame.getLong(0)).isEqualTo(-1L);
        assertThat(frame.getLong(8)).isEqualTo(7);
        assertThat(frame.getShort(16)).isEqualTo((short) 1);
        assertThat(frame.getLong(26)).isEqualTo(reqId);
        assertThat(frame.getInt(34)).isEqualTo(code);
        assertThat(frame.getInt(38)).isEqualTo(message.length());
        assertThat(new String(frame.array(), 42, message.length(), StandardCharsets.UTF_8)).isEqualTo(message);
    }
}
