package io.taospring.client.transport.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosConfig;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.OperationalError;
import io.taospring.client.error.ProgrammingError;
import io.taospring.client.internal.ReqIdGenerator;
import io.taospring.client.protocol.ws.WsJson;
import io.taospring.client.transport.QueryResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WsConnectionTest {

    private static final Pattern REQ_ID = Pattern.compile("\"req_id\":(\\d+)");

    private final TaosConfig config = TaosConfig.builder().database("power").requestTimeout(Duration.ofSeconds(5))
            .build();
    private final WsConnection connection = new WsConnection(config, new WsJson(), new ReqIdGenerator(), "test:6041");
    private final ScriptedChannel channel = new ScriptedChannel(connection.sink());

    @Test
    void asksForTheVersionThenAuthenticatesWithTheConfiguredDatabase() {
        channel.answering(WsConnectionTest::acceptingServer);

        connection.start(channel);

        assertThat(connection.serverVersion()).isEqualTo("3.3.6.0");
        assertThat((String) channel.sent.get(0)).contains("\"action\":\"version\"");
        assertThat((String) channel.sent.get(1)).contains("\"action\":\"conn\"", "\"user\":\"root\"",
                "\"password\":\"taosdata\"", "\"db\":\"power\"");
    }

    @Test
    void failsToConnectWithTheServersAuthenticationCode() {
        channel.answering((ch, message) -> {
            String text = (String) message;
            String action = text.contains("\"version\"") ? "version" : "conn";
            int code = action.equals("conn") ? 0x0357 : 0;
            ch.replyText("{\"code\":" + code + ",\"message\":\"" + (code == 0 ? "" : "Authentication failure")
                    + "\",\"action\":\"" + action + "\",\"req_id\":" + reqId(text) + ",\"version\":\"3.3.6.0\"}");
        });

        assertThatThrownBy(() -> connection.start(channel)).isInstanceOfSatisfying(ConnectionError.class, e -> {
            assertThat(e.errno()).isEqualTo(0x0357);
            assertThat(e.serverMessage()).isEqualTo("Authentication failure");
        });
        assertThat(channel.closed).isTrue();
    }

    @Test
    void refusesServersOlderThanTheBinaryProtocol() {
        channel.answering((ch, message) -> ch.replyText("{\"code\":0,\"action\":\"version\",\"req_id\":"
                + reqId((String) message) + ",\"version\":\"3.0.4.0\"}"));

        assertThatThrownBy(() -> connection.start(channel)).isInstanceOfSatisfying(InterfaceError.class,
                e -> assertThat(e.errno()).isEqualTo(ErrorCodes.VERSION_INCOMPATIBLE)).hasMessageContaining("3.0.4.0");
    }

    @Test
    void returnsTheAffectedRowsOfAnUpdate() {
        channel.answering(WsConnectionTest::acceptingServer);
        connection.start(channel);
        channel.answering((ch, message) -> ch.replyText("{\"code\":0,\"message\":\"\",\"action\":\"binary_query\","
                + "\"req_id\":" + binaryReqId(message) + ",\"id\":0,\"is_update\":true,\"affected_rows\":3}"));

        try (QueryResponse response = connection.query("insert into d1 values (now, 1)", 42)) {
            assertThat(response.isUpdate()).isTrue();
            assertThat(response.affectedRows()).isEqualTo(3);
            assertThat(response.nextBlock()).isNull();
        }
        assertThat(binaryReqId(channel.sent.get(2))).isEqualTo(42);
    }

    @Test
    void raisesTheServersErrorWithReqIdAndSql() {
        channel.answering(WsConnectionTest::acceptingServer);
        connection.start(channel);
        channel.answering((ch, message) -> ch.replyText("{\"code\":9728,\"message\":\"syntax error near \\\"selec\\\"\","
                + "\"action\":\"binary_query\",\"req_id\":" + binaryReqId(message) + "}"));

        assertThatThrownBy(() -> connection.query("selec 1", 77)).isInstanceOfSatisfying(ProgrammingError.class, e -> {
            assertThat(e.errno()).isEqualTo(0x2600);
            assertThat(e.reqId()).hasValue(77);
            assertThat(e.sql()).hasValue("selec 1");
        });
    }

    @Test
    void timesOutWhenTheServerNeverAnswers() {
        WsConnection impatient = new WsConnection(config.toBuilder().requestTimeout(Duration.ofMillis(200)).build(),
                new WsJson(), new ReqIdGenerator(), "test:6041");
        ScriptedChannel silent = new ScriptedChannel(impatient.sink());
        silent.answering(WsConnectionTest::acceptingServer);
        impatient.start(silent);
        silent.answering((ch, message) -> { });

        assertThatThrownBy(() -> impatient.query("select 1", 5)).isInstanceOfSatisfying(OperationalError.class,
                e -> assertThat(e.errno()).isEqualTo(ErrorCodes.REQUEST_TIMEOUT));
    }

    @Test
    void wakesAWaitingCallerWhenTheServerGoesAway() throws Exception {
        channel.answering(WsConnectionTest::acceptingServer);
        connection.start(channel);
        CompletableFuture<Object> sent = new CompletableFuture<>();
        channel.answering((ch, message) -> sent.complete(message));

        CompletableFuture<QueryResponse> query = CompletableFuture.supplyAsync(() -> connection.query("select 1", 9));
        sent.get(5, TimeUnit.SECONDS);
        channel.drop("closed by the server (1001)");

        assertThatThrownBy(() -> query.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(ConnectionError.class)
                .hasMessageContaining("lost");
        assertThat(connection.isClosed()).isTrue();
        assertThatThrownBy(() -> connection.query("select 2", 10)).isInstanceOf(ConnectionError.class);
    }

    @Test
    void dropsRepliesNobodyWaitsFor() {
        channel.answering(WsConnectionTest::acceptingServer);
        connection.start(channel);

        channel.replyText("{\"code\":0,\"action\":\"binary_query\",\"req_id\":123456}");

        assertThat(connection.isClosed()).isFalse();
    }

    static void acceptingServer(ScriptedChannel channel, Object message) {
        String text = (String) message;
        String action = text.contains("\"version\"") ? "version" : "conn";
        channel.replyText("{\"code\":0,\"message\":\"\",\"action\":\"" + action + "\",\"req_id\":" + reqId(text)
                + ",\"timing\":1,\"version\":\"3.3.6.0\"}");
    }

    static long reqId(String text) {
        Matcher m = REQ_ID.matcher(text);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    static long binaryReqId(Object message) {
        return ByteBuffer.wrap((byte[]) message).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    }
}
