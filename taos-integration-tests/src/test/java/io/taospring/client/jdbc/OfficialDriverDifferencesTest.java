package io.taospring.client.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.embedded.EmbeddedTaosServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where the official driver behaves differently from ours, each difference pinned by a test of both. */
class OfficialDriverDifferencesTest {

    private static EmbeddedTaosServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String table(Connection connection) throws SQLException {
        String db = EmbeddedServer.freshDatabase("diff");
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("create database " + db);
            statement.executeUpdate("create table " + db + ".t (ts timestamp, name varchar(10))");
            statement.executeUpdate("insert into " + db + ".t values (1700000000000, 'abc')");
        }
        return db + ".t";
    }

    private static Object firstName(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select name from " + table)) {
            rs.next();
            return rs.getObject(1);
        }
    }

    /** VARCHAR is text: ours returns a String from getObject; the official driver a byte[] (unless varcharAsString). */
    @Test
    void varcharIsAStringForUsAndBytesForTheOfficialDriver() throws SQLException {
        try (Connection ours = JdbcTarget.OURS_REST.connect(server);
             Connection official = JdbcTarget.OFFICIAL_WS.connect(server)) {
            assertThat(firstName(ours, table(ours))).isEqualTo("abc");
            assertThat(firstName(official, table(official))).isInstanceOf(byte[].class);
        }
    }

    /** The official driver accepts setAutoCommit(false) and commit() and changes nothing; ours refuses. */
    @Test
    void theOfficialDriverPretendsToRunTransactions() throws SQLException {
        try (Connection ours = JdbcTarget.OURS_REST.connect(server);
             Connection official = JdbcTarget.OFFICIAL_WS.connect(server)) {
            assertThatThrownBy(() -> ours.setAutoCommit(false)).isInstanceOf(SQLFeatureNotSupportedException.class);
            official.setAutoCommit(false);
            String table = table(official);
            try (Statement statement = official.createStatement()) {
                statement.executeUpdate("insert into " + table + " values (1700000001000, 'later')");
            }
            official.rollback();
            try (Statement statement = official.createStatement();
                 ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
                rs.next();
                assertThat(rs.getLong(1)).as("the rolled-back insert is still there").isEqualTo(2);
            }
        }
    }

    /**
     * A prepared statement over WebSocket: ours binds on the client and works for any statement; the official
     * driver sends it through stmt2 (here unsupported by the embedded server; against TDengine it rejects the
     * multi-row form, TDengine issue 35384).
     */
    @Test
    void preparedStatementsNeedNoServerSideStatementSupportWithOurDriver() throws SQLException {
        try (Connection ours = JdbcTarget.OURS_REST.connect(server);
             Connection official = JdbcTarget.OFFICIAL_WS.connect(server)) {
            String table = table(ours);
            try (PreparedStatement insert = ours.prepareStatement("insert into " + table + " values (?, ?) (?, ?)")) {
                insert.setLong(1, 1_700_000_001_000L);
                insert.setString(2, "x");
                insert.setLong(3, 1_700_000_002_000L);
                insert.setString(4, "y");
                assertThat(insert.executeUpdate()).isEqualTo(2);
            }
            assertThatThrownBy(() -> {
                try (PreparedStatement insert = official.prepareStatement("insert into " + table
                        + " values (?, ?) (?, ?)")) {
                    insert.setLong(1, 1_700_000_003_000L);
                    insert.setString(2, "x");
                    insert.setLong(3, 1_700_000_004_000L);
                    insert.setString(4, "y");
                    insert.executeUpdate();
                }
            }).isInstanceOf(SQLException.class);
        }
    }
}
