package io.taospring.client.transport.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taospring.client.ConnectionType;
import io.taospring.client.Endpoint;
import io.taospring.client.Precision;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.OperationalError;
import io.taospring.client.error.ProgrammingError;
import io.taospring.client.error.TaosException;
import io.taospring.client.transport.QueryResponse;
import io.taospring.client.transport.TransportConnection;
import io.taospring.client.transport.rest.ScriptedRestServer.Answer;
import io.taospring.client.transport.rest.ScriptedRestServer.Request;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Connecting, session state, streaming and failures of the REST transport against a scripted adapter. */
class RestConnectionTest {

    private static final String UPDATE_0 =
            "{\"code\":0,\"column_meta\":[[\"affected_rows\",\"INT\",4]],\"data\":[[0]],\"rows\":1}";

    private ScriptedRestServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new ScriptedRestServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private TaosConfig.Builder config() {
        return TaosConfig.builder().connectionType(ConnectionType.REST).endpoint("127.0.0.1", server.port());
    }

    @Test
    void connectRunsServerVersionAndReportsTheVersion() {
        try (TaosClient client = TaosClient.create(config().build()); TaosSession session = client.openSession()) {
            assertThat(session.serverVersion()).isEqualTo(ScriptedRestServer.VERSION);
        }
        Request connect = server.requests().get(0);
        assertThat(connect.body()).isEqualTo("select server_version()");
        assertThat(connect.path()).isEqualTo("/rest/sql");
        assertThat(Long.parseLong(connect.query().get("req_id"))).isPositive();
    }

    @Test
    void wrongPasswordFailsAtConnectWithTheServersConnectionError() {
        server.answer(RestConnection.VERSION_SQL,
                Answer.json("{\"code\":855,\"desc\":\"Authentication failure\",\"timing\":1000}"));
        try (TaosClient client = TaosClient.create(config().password("wrong").build())) {
            ConnectionError error = catchThrowableOfType(ConnectionError.class, client::openSession);
            assertThat(error.errno()).isEqualTo(ErrorCodes.AUTHENTICATION_FAILURE);
            assertThat(error.serverMessage()).isEqualTo("Authentication failure");
            assertThat(error.sql()).hasValue(RestConnection.VERSION_SQL);
            assertThat(error.reqId()).isPresent();
        }
        assertThat(server.lastRequest().header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("root:wrong".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void missingAuthInfoAtConnectIsAConnectionError() {
        server.answer(RestConnection.VERSION_SQL, Answer.status(401, "application/json",
                "{\"code\":4357,\"desc\":\"no auth info input\",\"timing\":10}"));
        try (TaosClient client = TaosClient.create(config().build())) {
            ConnectionError error = catchThrowableOfType(ConnectionError.class, client::openSession);
            assertThat(error.errno()).isEqualTo(ErrorCodes.NO_AUTH_INFO);
        }
    }

    @Test
    void configuredDatabaseIsNamedInEveryPathLowerCased() {
        server.answer("select 1", Answer.json(UPDATE_0));
        try (TaosClient client = TaosClient.create(config().database("Power").build());
                TaosSession session = client.openSession()) {
            session.execute("select 1");
        }
        assertThat(server.requests()).extracting(Request::path).containsOnly("/rest/sql/power");
    }

    @Test
    void useSwitchesThePathOfLaterRequestsAndAFailedUseKeepsIt() {
        server.answer("USE test2", Answer.json(UPDATE_0))
                .answer("use `MixedCase`;", Answer.json(UPDATE_0))
                .answer("use nodb", Answer.json("{\"code\":904,\"desc\":\"Database not exist\"}"))
                .answer("select 1", Answer.json(UPDATE_0));
        List<String> paths = new ArrayList<>();
        Consumer<TaosSession> select = session -> {
            session.execute("select 1");
            paths.add(server.lastRequest().path());
        };
        try (TaosClient client = TaosClient.create(config().build()); TaosSession session = client.openSession()) {
            select.accept(session);
            session.execute("USE test2");
            select.accept(session);
            catchThrowableOfType(ProgrammingError.class, () -> session.execute("use nodb"));
            select.accept(session);
            session.execute("use `MixedCase`;");
            select.accept(session);
        }
        assertThat(paths).containsExactly("/rest/sql", "/rest/sql/test2", "/rest/sql/test2", "/rest/sql/MixedCase");
    }

    @Test
    void sendsZoneTokenAndApplicationNameAsQueryParameters() {
        server.answer("select 1", Answer.json(UPDATE_0));
        TaosConfig config = config().timezone(ZoneId.of("Asia/Shanghai")).token("s3cret/+=").applicationName("meter app")
                .build();
        try (TaosClient client = TaosClient.create(config); TaosSession session = client.openSession()) {
            session.execute("select 1", 77);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("req_id", "77");
        expected.put("tz", "Asia/Shanghai");
        expected.put("token", "s3cret/+=");
        expected.put("app", "meter app");
        assertThat(server.lastRequest().query()).containsExactlyEntriesOf(expected);
    }

    @Test
    void fixedOffsetsAreSentAsIanaZones() {
        assertThat(RestRequests.ianaName(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(RestRequests.ianaName(ZoneId.of("UTC"))).isEqualTo("UTC");
        assertThat(RestRequests.ianaName(ZoneOffset.ofHours(8))).isEqualTo("Etc/GMT-8");
        assertThat(RestRequests.ianaName(ZoneOffset.ofHours(-5))).isEqualTo("Etc/GMT+5");
        assertThat(RestRequests.ianaName(ZoneId.of("Europe/Berlin"))).isEqualTo("Europe/Berlin");
    }

    @ParameterizedTest(name = "gzip: {0}")
    @ValueSource(booleans = {false, true})
    void tenThousandRowsArriveAsSeveralBlocks(boolean gzip) {
        String body = rowsBody(10_000);
        server.answer("select * from big", gzip ? Answer.gzip(200, body) : Answer.json(body));
        TaosConfig config = config().build();
        List<Integer> blockSizes = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        try (RestTransport transport = new RestTransport(config);
                TransportConnection connection = transport.connect(config);
                QueryResponse response = connection.query("select * from big", 9)) {
            RawBlock block;
            while ((block = response.nextBlock()) != null) {
                blockSizes.add(block.rowCount());
                for (int r = 0; r < block.rowCount(); r++) {
                    values.add(block.getLong(1, r));
                }
            }
        }
        assertThat(blockSizes).containsExactly(4096, 4096, 1808);
        assertThat(values).hasSize(10_000).startsWith(0L, 1L, 2L).endsWith(9_998L, 9_999L);
    }

    @Test
    void aSessionIteratesALargeResultRowByRow() {
        server.answer("select * from big", Answer.json(rowsBody(10_000)));
        long sum = 0;
        int rows = 0;
        try (TaosClient client = TaosClient.create(config().build()); TaosSession session = client.openSession();
                TaosResult result = session.query("select * from big")) {
            while (result.next()) {
                assertThat(result.getInstant(0)).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L + rows));
                sum += result.getLong(1);
                rows++;
            }
        }
        assertThat(rows).isEqualTo(10_000);
        assertThat(sum).isEqualTo(10_000L * 9_999 / 2);
    }

    @Test
    void toMapsReadsEveryRowByColumnNameAndClosesTheResult() {
        server.answer("select * from big", Answer.json(rowsBody(3)));
        try (TaosClient client = TaosClient.create(config().build()); TaosSession session = client.openSession()) {
            TaosResult result = session.query("select * from big");
            List<Map<String, Object>> maps = result.toMaps();
            assertThat(maps).hasSize(3);
            assertThat(maps.get(2)).containsExactly(Map.entry("ts", Instant.ofEpochMilli(1_700_000_000_002L)),
                    Map.entry("v", 2L));
            assertThat(result.isClosed()).isTrue();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // guards against a hang; asserts no speed
    void closingEarlyAbandonsAnEndlessBodyInsteadOfReadingIt() throws InterruptedException {
        CountDownLatch clientGone = new CountDownLatch(1);
        server.answer("select * from endless", Answer.streaming(out -> writeEndlessRows(out, clientGone)));
        try (TaosClient client = TaosClient.create(config().build()); TaosSession session = client.openSession()) {
            TaosResult result = session.query("select * from endless");
            assertThat(result.next()).isTrue();
            result.close();
            assertThat(clientGone.await(50, TimeUnit.SECONDS)).as("the server saw the client hang up").isTrue();
        }
    }

    private static void writeEndlessRows(OutputStream out, CountDownLatch clientGone) {
        try {
            out.write("{\"code\":0,\"column_meta\":[[\"v\",\"BIGINT\",8]],\"data\":[[0]".getBytes(StandardCharsets.UTF_8));
            byte[] row = ",[1234567890]".getBytes(StandardCharsets.UTF_8);
            while (true) {
                out.write(row);
            }
        } catch (IOException e) {
            clientGone.countDown();
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutAsAnOperationalError() {
        server.neverAnswer("select * from slow");
        TaosConfig config = config().requestTimeout(Duration.ofMillis(300)).build();
        try (TaosClient client = TaosClient.create(config); TaosSession session = client.openSession()) {
            OperationalError error = catchThrowableOfType(OperationalError.class,
                    () -> session.query("select * from slow", 5));
            assertThat(error.errno()).isEqualTo(ErrorCodes.REQUEST_TIMEOUT);
            assertThat(error.getMessage()).contains("PT0.3S");
            assertThat(error.reqId()).hasValue(5);
            assertThat(error.sql()).hasValue("select * from slow");
        }
    }

    @Test
    void aRefusedConnectionIsAConnectionErrorWithTheCauseChained() throws IOException {
        TaosConfig config = TaosConfig.builder().connectionType(ConnectionType.REST).endpoint("127.0.0.1", freePort())
                .build();
        try (TaosClient client = TaosClient.create(config)) {
            ConnectionError error = catchThrowableOfType(ConnectionError.class, client::openSession);
            assertThat(error.errno()).isEqualTo(ErrorCodes.UNABLE_TO_CONNECT);
            assertThat(error).hasCauseInstanceOf(ConnectException.class);
        }
    }

    @Test
    void connectTriesTheNextEndpointWhenOneIsUnreachable() throws IOException {
        TaosConfig config = TaosConfig.builder().connectionType(ConnectionType.REST)
                .endpoints(List.of(new Endpoint("127.0.0.1", freePort()), new Endpoint("127.0.0.1", server.port())))
                .build();
        try (TaosClient client = TaosClient.create(config); TaosSession session = client.openSession()) {
            assertThat(session.serverVersion()).isEqualTo(ScriptedRestServer.VERSION);
        }
    }

    @Test
    void anInterruptedCallerKeepsItsInterruptFlag() {
        server.answer("select 1", Answer.json(UPDATE_0));
        try (TaosClient client = TaosClient.create(config().build()); TaosSession session = client.openSession()) {
            Thread.currentThread().interrupt();
            TaosException error = catchThrowableOfType(TaosException.class, () -> session.execute("select 1", 3));
            assertThat(Thread.interrupted()).isTrue();
            assertThat(error).isInstanceOf(OperationalError.class);
            assertThat(error.reqId()).hasValue(3);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aBrokenRowInALaterBlockFailsThatFetchWithTheRequestContext() {
        String body = rowsBody(5_000);
        server.answer("select * from big", Answer.json(body.replace(",4500]", ",\"x\"]")));
        try (TaosClient client = TaosClient.create(config().build()); TaosSession session = client.openSession();
                TaosResult result = session.query("select * from big", 11)) {
            int rows = 0;
            InterfaceError error = null;
            try {
                while (result.next()) {
                    rows++;
                }
            } catch (InterfaceError e) {
                error = e;
            }
            assertThat(rows).isEqualTo(4096);
            assertThat(error).isNotNull();
            assertThat(error.errno()).isEqualTo(ErrorCodes.MALFORMED_RESPONSE);
            assertThat(error.reqId()).hasValue(11);
            assertThat(error.sql()).hasValue("select * from big");
        }
    }

    @Test
    void timestampsFinerThanThePrecisionFixedByTheFirstBlockAreAnErrorNotATruncation() {
        StringBuilder body = new StringBuilder("{\"code\":0,\"column_meta\":[[\"ts\",\"TIMESTAMP\",8]],\"data\":[");
        for (int i = 0; i < 4096; i++) {
            body.append("[null],");
        }
        body.append("[\"2022-06-29T05:50:55.401000Z\"],[\"2022-06-29T05:50:55.401123Z\"]],\"rows\":4098}");
        server.answer("select ts2 from t", Answer.json(body.toString()));
        try (TaosClient client = TaosClient.create(config().build()); TaosSession session = client.openSession();
                TaosResult result = session.query("select ts2 from t")) {
            assertThat(result.precision()).isEqualTo(Precision.MILLISECONDS);
            InterfaceError error = catchThrowableOfType(InterfaceError.class, () -> {
                while (result.next()) {
                    result.getInstant(0);
                }
            });
            assertThat(error.getMessage()).contains("finer than the result's precision");
        }
    }

    @Test
    void executeOfAQueryReturnsZeroAndStatementsFailAfterTheClientIsClosed() {
        server.answer("select * from big", Answer.json(rowsBody(2)));
        TaosClient client = TaosClient.create(config().build());
        TaosSession session = client.openSession();
        assertThat(session.execute("select * from big")).isZero();
        client.close();
        ConnectionError error = catchThrowableOfType(ConnectionError.class, () -> session.query("select * from big"));
        assertThat(error.errno()).isEqualTo(ErrorCodes.CONNECTION_CLOSED);
        assertThat(session.isClosed()).isTrue();
    }

    /** {@code n} rows {@code [ts, v]} with v = 0..n-1 and ts = 1700000000000 + v ms. */
    static String rowsBody(int n) {
        StringBuilder body = new StringBuilder(
                "{\"code\":0,\"column_meta\":[[\"ts\",\"TIMESTAMP\",8],[\"v\",\"BIGINT\",8]],\"data\":[");
        for (int i = 0; i < n; i++) {
            body.append(i == 0 ? "[\"" : ",[\"").append(Instant.ofEpochMilli(1_700_000_000_000L + i).toString()
                    .replace("Z", "").concat(i % 1000 == 0 ? ".000Z" : "Z")).append("\",").append(i).append(']');
        }
        return body.append("],\"rows\":").append(n).append('}').toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
