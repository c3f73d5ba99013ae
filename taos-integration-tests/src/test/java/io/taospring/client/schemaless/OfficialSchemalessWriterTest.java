package io.taospring.client.schemaless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.taosdata.jdbc.AbstractConnection;
import com.taosdata.jdbc.enums.SchemalessProtocolType;
import com.taosdata.jdbc.enums.SchemalessTimestampType;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.embedded.engine.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The official taos-jdbcdriver 3.7.9's schemaless writing against the embedded server. */
class OfficialSchemalessWriterTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedTaosServer server;
    private String database;
    private Connection official;
    private TaosClient client;
    private TaosSession session;

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().port(0).executor(new Engine()).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void open() throws SQLException {
        database = "official_sml_" + DATABASES.incrementAndGet();
        client = TaosClient.create("ws://root:taosdata@127.0.0.1:" + server.port());
        try (TaosSession admin = client.openSession()) {
            admin.execute("create database " + database);
        }
        session = client.openSession();
        session.execute("use " + database);
        official = new com.taosdata.jdbc.ws.WebSocketDriver().connect("jdbc:TAOS-WS://127.0.0.1:" + server.port()
                + "/" + database + "?user=root&password=taosdata", new Properties());
    }

    @AfterEach
    void close() throws SQLException {
        official.close();
        session.close();
        client.close();
    }

    @Test
    void writesEveryProtocolThroughTheConnection() throws SQLException {
        AbstractConnection connection = official.unwrap(AbstractConnection.class);

        connection.write(new String[] {"meters,location=LA,groupid=2 current=11.8,voltage=221i32 1648432611249",
            "meters,location=SF,groupid=3 current=10.3,voltage=219i32 1648432611250"},
                SchemalessProtocolType.LINE, SchemalessTimestampType.MILLI_SECONDS);
        connection.write(new String[] {"meters.current 1648432611249 10.3 location=SF groupid=2"},
                SchemalessProtocolType.TELNET, SchemalessTimestampType.NOT_CONFIGURED);
        connection.write(new String[] {"[{\"metric\":\"meters.voltage\",\"timestamp\":1648432611,\"value\":219,"
            + "\"tags\":{\"location\":\"LA\"}}]"}, SchemalessProtocolType.JSON, SchemalessTimestampType.NOT_CONFIGURED);

        assertThat(rows("select location, voltage from meters order by _ts")).containsExactly(
                Map.of("location", "LA", "voltage", 221), Map.of("location", "SF", "voltage", 219));
        assertThat(rows("select _value from meters_current")).containsExactly(Map.of("_value", 10.3));
        assertThat(rows("select _value from meters_voltage")).containsExactly(Map.of("_value", 219.0));
    }

    @ParameterizedTest
    @CsvSource({"HOURS,474564,1708430400000", "MINUTES,28473840,1708430400000", "SECONDS,1708430400,1708430400000",
            "MILLI_SECONDS,1708430400123,1708430400123", "MICRO_SECONDS,1708430400123456,1708430400123",
            "NANO_SECONDS,1708430400123456789,1708430400123", "NOT_CONFIGURED,1708430400123456789,1708430400123"})
    void sendsEveryPrecisionTheServerUnderstands(SchemalessTimestampType precision, long written, long stored)
            throws SQLException {
        official.unwrap(AbstractConnection.class).write(new String[] {"p,t=1 v=1 " + written},
                SchemalessProtocolType.LINE, precision);

        assertThat(rows("select _ts from p")).containsExactly(Map.of("_ts", Instant.ofEpochMilli(stored)));
    }

    @Test
    void writesRawMultiLineTextAndEscapedNames() throws SQLException {
        AbstractConnection connection = official.unwrap(AbstractConnection.class);

        connection.writeRaw("odd\\ m,k\\=ey=v\\,1 s=\"q\\\"x\\\\\",u=L\"\u6c49\" 1700000000000\n"
                + "odd\\ m,k\\=ey=v\\,1 s=\"second\" 1700000000001", SchemalessProtocolType.LINE,
                SchemalessTimestampType.MILLI_SECONDS);

        assertThat(rows("select `k=ey`, s, u from `odd m` order by _ts")).containsExactly(
                Map.of("k=ey", "v,1", "s", "q\"x\\", "u", "\u6c49"),
                secondRow());
    }

    /** Its URL form opens its own socket to {@code /ws} (it maps TAOS-RS URLs to WebSocket mode). */
    @Test
    @SuppressWarnings("deprecation")
    void worksThroughTheStandaloneSchemalessWriter() throws SQLException {
        try (com.taosdata.jdbc.SchemalessWriter writer = new com.taosdata.jdbc.SchemalessWriter(
                "jdbc:TAOS-RS://127.0.0.1:" + server.port() + "/" + database + "?user=root&password=taosdata")) {
            writer.write("w,t=1 v=1i 1700000000000", SchemalessProtocolType.LINE,
                    SchemalessTimestampType.MILLI_SECONDS);
        }

        assertThat(rows("select v from w")).containsExactly(Map.of("v", 1L));
    }

    @Test
    void seesTheServersErrorCode() throws SQLException {
        AbstractConnection connection = official.unwrap(AbstractConnection.class);
        connection.write(new String[] {"m,t=1 c=1 1"}, SchemalessProtocolType.LINE,
                SchemalessTimestampType.MILLI_SECONDS);

        SQLException malformed = catchThrowableOfType(SQLException.class, () -> connection.write(
                new String[] {"m,t=1 1700000000000"}, SchemalessProtocolType.LINE, SchemalessTimestampType.MILLI_SECONDS));
        SQLException mismatch = catchThrowableOfType(SQLException.class, () -> connection.write(
                new String[] {"m,t=1 c=1i 2"}, SchemalessProtocolType.LINE, SchemalessTimestampType.MILLI_SECONDS));

        assertThat(malformed.getMessage()).contains("0x3002").contains("invalid data");
        assertThat(mismatch.getMessage()).contains("0x3002").contains("point type and db type mismatch");
    }

    /** A line without a field that the table has reads that field as NULL. */
    private static Map<String, Object> secondRow() {
        Map<String, Object> row = new java.util.HashMap<>(Map.of("k=ey", "v,1", "s", "second"));
        row.put("u", null);
        return row;
    }

    private List<Map<String, Object>> rows(String sql) {
        try (TaosResult result = session.query(sql)) {
            return result.toMaps();
        }
    }
}
