package io.taospring.client.transport.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.ReconnectPolicy;
import io.taospring.client.TaosConfig;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.internal.ReqIdGenerator;
import io.taospring.client.protocol.ws.BinaryRequests;
import io.taospring.client.protocol.ws.WsJson;
import io.taospring.client.transport.QueryResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReconnectingConnectionTest {

    private final TaosConfig config = TaosConfig.builder().database("power").requestTimeout(Duration.ofSeconds(5))
            .reconnect(new ReconnectPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1))).build();
    private final List<ScriptedChannel> sockets = new CopyOnWriteArrayList<>();
    private final List<TaosConfig> connects = new CopyOnWriteArrayList<>();
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    /** How each new socket's server answers SQL after the handshake. */
    private volatile BiConsumer<ScriptedChannel, Object> sqlServer = ReconnectingConnectionTest::acceptingSql;

    private WsConnection open(TaosConfig target) {
        connects.add(target);
        WsConnection connection = new WsConnection(target, new WsJson(), new ReqIdGenerator(), "test:6041");
        ScriptedChannel channel = new ScriptedChannel(connection.sink());
        channel.answering(WsConnectionTest::acceptingServer);
        connection.start(channel);
        BiConsumer<ScriptedChannel, Object> sql = sqlServer;
        channel.answering((ch, message) -> sql.accept(ch, message));
        sockets.add(channel);
        return connection;
    }

    private ReconnectingConnection connect(Function<TaosConfig, WsConnection> connector) {
        return new ReconnectingConnection(config, open(config), connector, pauses::add);
    }

    @Test
    void reconnectsOnTheNextRequestWithTheDatabaseLastSelected() {
        ReconnectingConnection connection = connect(this::open);
        connection.query("use meters_2024", 1).close();
        sockets.get(0).drop("closed by the server (1001)");

        try (QueryResponse response = connection.query("insert into d1 values (now, 1)", 2)) {
            assertThat(response.affectedRows()).isEqualTo(1);
        }

        assertThat(connection.reconnects()).isEqualTo(1);
        assertThat(connects.get(1).database()).hasValue("meters_2024");
        assertThat(texts(sockets.get(1))).anyMatch(text -> text.contains("\"action\":\"conn\"")
                && text.contains("\"db\":\"meters_2024\""));
        assertThat(sqlSent(sockets.get(1))).containsExactly("insert into d1 values (now, 1)");
        assertThat(pauses).isEmpty();
    }

    @Test
    void failsAWriteInFlightAndNeverSendsItAgain() {
        sqlServer = (channel, message) -> channel.drop("connection reset");
        ReconnectingConnection connection = connect(this::open);
        sqlServer = ReconnectingConnectionTest::acceptingSql;

        assertThatThrownBy(() -> connection.query("insert into d1 values (now, 1)", 7))
                .isInstanceOfSatisfying(ConnectionError.class, e -> {
                    assertThat(e.errno()).isEqualTo(ErrorCodes.CONNECTION_CLOSED);
                    assertThat(e.reqId()).hasValue(7);
                });
        assertThat(sockets).hasSize(1);

        connection.query("insert into d1 values (now, 2)", 8).close();

        assertThat(sqlSent(sockets.get(1))).containsExactly("insert into d1 values (now, 2)");
    }

    @Test
    void sendsAReadOnlyQueryAgainWhenItsReplyWasLost() {
        sqlServer = (channel, message) -> channel.drop("connection reset");
        ReconnectingConnection connection = connect(this::open);
        sqlServer = ReconnectingConnectionTest::acceptingSql;

        connection.query("select last(ts) from meters", 3).close();

        assertThat(sqlSent(sockets.get(0))).containsExactly("select last(ts) from meters");
        assertThat(sqlSent(sockets.get(1))).containsExactly("select last(ts) from meters");
    }

    @Test
    void givesUpAfterTheConfiguredAttemptsPausingLongerEachTime() {
        ReconnectingConnection connection = connect(target -> {
            connects.add(target);
            throw new ConnectionError(ErrorCodes.UNABLE_TO_CONNECT, "connection refused");
        });
        sockets.get(0).drop("closed by the server (1001)");

        assertThatThrownBy(() -> connection.query("select 1", 4)).isInstanceOfSatisfying(ConnectionError.class, e -> {
            assertThat(e.errno()).isEqualTo(ErrorCodes.UNABLE_TO_CONNECT);
            assertThat(e.getMessage()).contains("3 attempts", "connection refused");
        });
        assertThat(connects).hasSize(1 + 3);
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(connection.isClosed()).isFalse();
    }

    @Test
    void stopsAtOnceWhenTheServerRefusesTheCredentials() {
        ReconnectingConnection connection = connect(target -> {
            connects.add(target);
            throw new ConnectionError(ErrorCodes.AUTHENTICATION_FAILURE, "Authentication failure");
        });
        sockets.get(0).drop("closed by the server (1001)");

        assertThatThrownBy(() -> connection.query("select 1", 4)).isInstanceOfSatisfying(ConnectionError.class,
                e -> assertThat(e.errno()).isEqualTo(ErrorCodes.AUTHENTICATION_FAILURE));
        assertThat(connects).hasSize(2);
    }

    @Test
    void staysClosedOnceClosed() {
        ReconnectingConnection connection = connect(this::open);
        connection.close();

        assertThatThrownBy(() -> connection.query("select 1", 5)).isInstanceOf(ConnectionError.class);
        assertThat(connection.isClosed()).isTrue();
        assertThat(sockets).hasSize(1);
    }

    private static void acceptingSql(ScriptedChannel channel, Object message) {
        if (message instanceof byte[]) {
            channel.replyText("{\"code\":0,\"message\":\"\",\"action\":\"binary_query\",\"req_id\":"
                    + WsConnectionTest.binaryReqId(message) + ",\"id\":0,\"is_update\":true,\"affected_rows\":1}");
        }
    }

    private static List<String> texts(ScriptedChannel channel) {
        return channel.sent.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    /** The SQL of the binary_query frames sent (the text after the header). */
    private static List<String> sqlSent(ScriptedChannel channel) {
        return channel.sent.stream().filter(byte[].class::isInstance).map(byte[].class::cast)
                .map(frame -> new String(Arrays.copyOfRange(frame, BinaryRequests.SQL_OFFSET, frame.length),
                        StandardCharsets.UTF_8))
                .toList();
    }
}
