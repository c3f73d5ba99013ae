package io.taospring.client.schemaless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.SchemalessError;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.embedded.engine.Engine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our client's schemaless writer against the embedded server over WebSocket. */
class SchemalessEndToEndTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedTaosServer server;
    private TaosClient client;
    private TaosSession session;
    private String database;

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().port(0).executor(new Engine()).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void open() {
        database = "sml_" + DATABASES.incrementAndGet();
        try (TaosClient admin = TaosClient.create("ws://root:taosdata@127.0.0.1:" + server.port());
             TaosSession s = admin.openSession()) {
            s.execute("create database " + database);
        }
        client = TaosClient.create("ws://root:taosdata@127.0.0.1:" + server.port() + "/" + database);
        session = client.openSession();
    }

    @AfterEach
    void close() {
        session.close();
        client.close();
    }

    @Test
    void writesLineTelnetAndJsonAndReadsThemBack() {
        SchemalessWriter writer = session.schemaless();

        long lines = writer.write(List.of("meters,location=LA,groupid=2 current=11.8,voltage=221i32 1648432611249",
                "meters,location=SF,groupid=3 current=10.3,voltage=219i32 1648432611250"),
                SchemalessProtocol.LINE, SchemalessPrecision.MILLISECONDS);
        long telnet = writer.write(List.of("meters.current 1648432611249 10.3 location=SF groupid=2"),
                SchemalessProtocol.TELNET, SchemalessPrecision.NOT_CONFIGURED);
        long json = writer.write(List.of("[{\"metric\":\"meters.voltage\",\"timestamp\":1648432611,\"value\":219,"
                + "\"tags\":{\"location\":\"LA\"}}]", "{\"metric\":\"meters.voltage\",\"timestamp\":1648432612,"
                + "\"value\":220,\"tags\":{\"location\":\"LA\"}}"), SchemalessProtocol.JSON,
                SchemalessPrecision.NOT_CONFIGURED);

        assertThat(List.of(lines, telnet, json)).containsExactly(2L, 1L, 2L);
        assertThat(rows("select location, current, voltage from meters order by _ts")).containsExactly(
                Map.of("location", "LA", "current", 11.8, "voltage", 221),
                Map.of("location", "SF", "current", 10.3, "voltage", 219));
        assertThat(rows("select _value from meters_current")).containsExactly(Map.of("_value", 10.3));
        assertThat(rows("select _value from meters_voltage order by _ts")).containsExactly(Map.of("_value", 219.0),
                Map.of("_value", 220.0));
    }

    @ParameterizedTest
    @CsvSource({"HOURS,474564,1708430400000", "MINUTES,28473840,1708430400000", "SECONDS,1708430400,1708430400000",
            "MILLISECONDS,1708430400123,1708430400123", "MICROSECONDS,1708430400123456,1708430400123",
            "NANOSECONDS,1708430400123456789,1708430400123", "NOT_CONFIGURED,1708430400123456789,1708430400123"})
    void readsTimestampsInEveryPrecision(SchemalessPrecision precision, long written, long stored) {
        session.schemaless().write(List.of("p,t=1 v=1 " + written), SchemalessProtocol.LINE, precision);

        assertThat(rows("select _ts from p")).containsExactly(Map.of("_ts", Instant.ofEpochMilli(stored)));
    }

    @Test
    void writesPointsWhoseNamesAndValuesNeedEscaping() {
        String awkward = "a b,c=d\"e\\f \u00fc\u6c49\ud83d\ude00";
        Point point = Point.measurement("odd measure,ment").tag("tag key=", awkward).tag("plain", "x")
                .field("text field", awkward).fieldNchar("n", awkward).field("big", Long.MIN_VALUE)
                .fieldUnsigned("unsigned", -1L).field("ratio", 0.1).field("flag", true)
                .timestamp(1_700_000_000_123_456_789L, TimeUnit.NANOSECONDS).build();

        session.schemaless().writePoints(List.of(point));

        assertThat(rows("select `tag key=`, `text field`, n, big, `unsigned`, ratio, flag, _ts "
                + "from `odd measure,ment`")).containsExactly(Map.of("tag key=", awkward, "text field", awkward,
                "n", awkward, "big", Long.MIN_VALUE, "unsigned", new java.math.BigInteger("18446744073709551615"),
                "ratio", 0.1, "flag", true, "_ts", Instant.ofEpochMilli(1_700_000_000_123L)));
    }

    @Test
    void evolvesTheSchemaAcrossWrites() {
        SchemalessWriter writer = session.schemaless();
        writer.write(List.of("m,t=1 s=\"ab\" 1"), SchemalessProtocol.LINE, SchemalessPrecision.MILLISECONDS);
        writer.write(List.of("m,t=1,u=2 s=\"abcdefghijk\",n=1i 2"), SchemalessProtocol.LINE,
                SchemalessPrecision.MILLISECONDS);

        assertThat(rows("describe m").stream().map(r -> r.get("field") + " " + r.get("type") + "(" + r.get("length")
                + ") " + r.get("note")).toList()).containsExactly("_ts TIMESTAMP(8) ", "s VARCHAR(16) ",
                "n BIGINT(8) ", "t NCHAR(2) TAG", "u NCHAR(2) TAG");
        assertThat(rows("select s, n, u from m order by _ts")).containsExactly(
                nullsBut("s", "ab", "n", "u"), Map.of("s", "abcdefghijk", "n", 1L, "u", "2"));
    }

    @Test
    void reportsTheServersCodeAndTheOffendingLine() {
        List<String> lines = List.of("ok,t=1 v=1 1700000000000", "bad,t=1 v=1 1700000000000 x",
                "ok,t=1 v=2 1700000000001");

        SchemalessError e = catchThrowableOfType(SchemalessError.class, () -> session.schemaless()
                .write(lines, SchemalessProtocol.LINE, SchemalessPrecision.MILLISECONDS));

        assertThat(e.errno()).isEqualTo(0x3002);
        assertThat(e.line()).contains("bad,t=1 v=1 1700000000000 x");
        assertThat(e.reqId()).isPresent();
    }

    @Test
    void reportsATypeConflictWithTheStoredColumn() {
        session.schemaless().write(List.of("m,t=1 c4=4 1"), SchemalessProtocol.LINE, SchemalessPrecision.MILLISECONDS);

        SchemalessError e = catchThrowableOfType(SchemalessError.class, () -> session.schemaless()
                .write(List.of("m,t=1 c4=4i 2"), SchemalessProtocol.LINE, SchemalessPrecision.MILLISECONDS));

        assertThat(e.errno()).isEqualTo(0x3002);
        assertThat(e.serverMessage()).contains("point type and db type mismatch");
        assertThat(e.line()).contains("m,t=1 c4=4i 2");
    }

    @Test
    void writesThroughTheClientsThreadSafeWriter() {
        assertThat(client.schemaless().write(List.of("c,t=1 v=1 1", "c,t=1 v=2 2"), SchemalessProtocol.LINE,
                SchemalessPrecision.MILLISECONDS, 0, 42)).isEqualTo(2);
    }

    @Test
    void restSessionsSayTheyCannotWriteSchemaless() {
        try (TaosClient rest = TaosClient.create("http://root:taosdata@127.0.0.1:" + server.port() + "/" + database);
             TaosSession restSession = rest.openSession()) {
            InterfaceError e = catchThrowableOfType(InterfaceError.class, () -> restSession.schemaless()
                    .write(List.of("m v=1"), SchemalessProtocol.LINE, SchemalessPrecision.MILLISECONDS));
            assertThat(e.errno()).isEqualTo(ErrorCodes.UNSUPPORTED);
        }
    }

    private static Map<String, Object> nullsBut(String key, Object value, String... nullKeys) {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put(key, value);
        for (String nullKey : nullKeys) {
            row.put(nullKey, null);
        }
        return row;
    }

    private List<Map<String, Object>> rows(String sql) {
        try (TaosResult result = session.query(sql)) {
            return result.toMaps();
        }
    }
}
