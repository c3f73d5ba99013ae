package io.taospring.client.transport.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taospring.client.ConnectionType;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.TaosException;
import io.taospring.client.transport.rest.RestCase.Failure;
import io.taospring.client.transport.rest.RestCase.Rows;
import io.taospring.client.transport.rest.RestCase.Update;
import io.taospring.client.transport.rest.ScriptedRestServer.Answer;
import io.taospring.client.transport.rest.ScriptedRestServer.Request;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays every {@link RestCases} exchange through the public API against a scripted adapter. */
class RestTransportTest {

    private static final long REQ_ID = 424_242L;
    private static final String ROOT_TAOSDATA = "Basic cm9vdDp0YW9zZGF0YQ==";

    private ScriptedRestServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new ScriptedRestServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    static Stream<Arguments> cases() {
        return RestCases.all().stream().flatMap(c -> Stream.of(Arguments.of(c, false), Arguments.of(c, true)));
    }

    @ParameterizedTest(name = "{0} (gzip: {1})")
    @MethodSource("cases")
    void decodesTheAnswerAndSendsTheExactRequest(RestCase c, boolean gzip) {
        server.answer(c.sql(), gzip ? Answer.gzip(c.status(), c.body()) : Answer.status(c.status(), c.contentType(),
                c.body()));
        TaosConfig config = configFor(c);
        try (TaosClient client = TaosClient.create(config); TaosSession session = client.openSession()) {
            if (c.expected() instanceof Rows rows) {
                assertRows(session, c, rows);
            } else if (c.expected() instanceof Update update) {
                assertThat(session.execute(c.sql(), REQ_ID)).isEqualTo(update.affectedRows());
            } else {
                assertFailure(session, c, (Failure) c.expected());
            }
        }
        assertRequest(server.lastRequest(), c);
    }

    private TaosConfig configFor(RestCase c) {
        return TaosConfig.builder().connectionType(ConnectionType.REST).endpoint("127.0.0.1", server.port())
                .database(c.database()).timezone(c.timezone()).build();
    }

    private static void assertRows(TaosSession session, RestCase c, Rows expected) {
        try (TaosResult result = session.query(c.sql(), REQ_ID)) {
            assertThat(result.fields()).isEqualTo(expected.fields());
            assertThat(result.precision()).isEqualTo(expected.precision());
            assertThat(result.reqId()).isEqualTo(REQ_ID);
            assertThat(result.affectedRows()).isZero();
            assertThat(readAll(result)).isEqualTo(normalize(expected.rows()));
        }
    }

    private static void assertFailure(TaosSession session, RestCase c, Failure expected) {
        TaosException error = catchThrowableOfType(TaosException.class, () -> {
            try (TaosResult result = session.query(c.sql(), REQ_ID)) {
                readAll(result);
            }
        });
        assertThat(error).isExactlyInstanceOf(expected.category());
        assertThat(error.errno()).isEqualTo(expected.errno());
        assertThat(error.getMessage()).contains(expected.message());
        assertThat(error.reqId()).hasValue(REQ_ID);
        assertThat(error.sql()).hasValue(c.sql());
    }

    private static void assertRequest(Request request, RestCase c) {
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(c.expectedPath());
        Map<String, String> query = c.timezone() == null ? Map.of("req_id", Long.toString(REQ_ID))
                : Map.of("req_id", Long.toString(REQ_ID), "tz", c.timezone().getId());
        assertThat(request.query()).isEqualTo(query);
        assertThat(request.header("Authorization")).isEqualTo(ROOT_TAOSDATA);
        assertThat(request.header("Content-Type")).isEqualTo("text/plain");
        assertThat(request.header("Accept-Encoding")).isEqualTo("gzip");
        assertThat(request.body()).isEqualTo(c.sql());
    }

    /** Every remaining row as {@code getObject} values, byte arrays as hex so rows compare by value. */
    static List<List<Object>> readAll(TaosResult result) {
        List<List<Object>> rows = new ArrayList<>();
        while (result.next()) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < result.fieldCount(); c++) {
                row.add(result.getObject(c));
            }
            rows.add(normalizeRow(row));
        }
        return rows;
    }

    static List<List<Object>> normalize(List<List<Object>> rows) {
        return rows.stream().map(RestTransportTest::normalizeRow).toList();
    }

    private static List<Object> normalizeRow(List<Object> row) {
        Function<Object, Object> hex = v -> v instanceof byte[] bytes ? "hex:" + HexFormat.of().formatHex(bytes) : v;
        List<Object> normalized = new ArrayList<>();
        row.forEach(v -> normalized.add(hex.apply(v)));
        return normalized;
    }
}
