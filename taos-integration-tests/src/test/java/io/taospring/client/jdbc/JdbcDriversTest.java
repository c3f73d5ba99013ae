package io.taospring.client.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.embedded.EmbeddedTaosServer;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same JDBC code against our driver and the official one, over REST and WebSocket: only the URL
 * differs. Cases where the two drivers behave differently are in {@link OfficialDriverDifferencesTest}.
 */
class JdbcDriversTest {

    private static EmbeddedTaosServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String schema(Statement statement, String prefix) throws SQLException {
        String db = EmbeddedServer.freshDatabase(prefix);
        statement.executeUpdate("create database " + db);
        statement.executeUpdate("create stable " + db + ".meters (ts timestamp, current float, voltage int)"
                + " tags (groupid int, location varchar(24))");
        return db;
    }

    @ParameterizedTest
    @EnumSource(JdbcTarget.class)
    void writesAndReadsBackThroughStatements(JdbcTarget target) throws SQLException {
        target.assumeUsable(server);
        try (Connection connection = target.connect(server); Statement statement = connection.createStatement()) {
            String db = schema(statement, "basics");
            int inserted = statement.executeUpdate("insert into " + db + ".d1001 using " + db
                    + ".meters tags (2, 'California') values (1700000000000, 10.5, 219) (1700000001000, 11.5, 220)");
            assertThat(inserted).isEqualTo(2);
            try (ResultSet rs = statement.executeQuery("select ts, current, voltage, location from " + db
                    + ".meters order by ts")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getTimestamp(1).toInstant()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
                assertThat(rs.getFloat("current")).isEqualTo(10.5f);
                assertThat(rs.getInt(3)).isEqualTo(219);
                assertThat(rs.getString("location")).isEqualTo("California");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong("voltage")).isEqualTo(220);
                assertThat(rs.next()).isFalse();
            }
        }
    }

    /** The official WebSocket driver prepares through stmt2, which the embedded server does not speak yet. */
    @ParameterizedTest
    @EnumSource(value = JdbcTarget.class, names = "OFFICIAL_WS", mode = EnumSource.Mode.EXCLUDE)
    void bindsQueryParameters(JdbcTarget target) throws SQLException {
        target.assumeUsable(server);
        try (Connection connection = target.connect(server); Statement statement = connection.createStatement()) {
            String db = schema(statement, "bind");
            statement.executeUpdate("insert into " + db + ".d1 using " + db + ".meters tags (1, 'a') values "
                    + "(1700000000000, 1.5, 1) (1700000001000, 2.5, 2) (1700000002000, 3.5, 3)");
            try (PreparedStatement query = connection.prepareStatement("select voltage from " + db
                    + ".meters where voltage >= ? and ts < ? order by ts")) {
                query.setInt(1, 2);
                query.setTimestamp(2, new Timestamp(1_700_000_002_000L));
                try (ResultSet rs = query.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(2);
                    assertThat(rs.next()).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JdbcTarget.class)
    void reportsTheServerErrorNumber(JdbcTarget target) throws SQLException {
        target.assumeUsable(server);
        try (Connection connection = target.connect(server); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("select * from information_schema.no_such_table"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(0x2603));
        }
    }

    @ParameterizedTest
    @EnumSource(JdbcTarget.class)
    void runsStatementBatches(JdbcTarget target) throws SQLException {
        target.assumeUsable(server);
        try (Connection connection = target.connect(server); Statement statement = connection.createStatement()) {
            String db = schema(statement, "batch");
            statement.addBatch("insert into " + db + ".d1 using " + db + ".meters tags (1, 'a') values "
                    + "(1700000000000, 1.5, 1)");
            statement.addBatch("insert into " + db + ".d2 using " + db + ".meters tags (2, 'b') values "
                    + "(1700000000000, 1.5, 1) (1700000001000, 1.5, 1)");
            assertThat(statement.executeBatch()).containsExactly(1, 2);
            statement.addBatch("insert into " + db + ".d1 values (1700000005000, 1.5, 1)");
            statement.addBatch("insert into " + db + ".no_such_table values (1700000005000, 1.5, 1)");
            assertThatThrownBy(statement::executeBatch).isInstanceOf(BatchUpdateException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(JdbcTarget.class)
    void namesTheProduct(JdbcTarget target) throws SQLException {
        target.assumeUsable(server);
        try (Connection connection = target.connect(server)) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("TDengine");
            assertThat(connection.getMetaData().getDatabaseProductVersion()).startsWith("3.");
            assertThat(connection.getMetaData().getIdentifierQuoteString()).isEqualTo("`");
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(connection.isValid(5)).isTrue();
        }
    }
}
