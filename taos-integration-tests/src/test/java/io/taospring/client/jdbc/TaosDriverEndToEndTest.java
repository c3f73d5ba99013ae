package io.taospring.client.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosSession;
import io.taospring.embedded.EmbeddedTaosServer;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Our driver end to end over REST and WebSocket: every type, binding, injection attempts, metadata. */
class TaosDriverEndToEndTest {

    private static EmbeddedTaosServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect(JdbcTarget target) throws SQLException {
        target.assumeUsable(server);
        return target.connect(server);
    }

    @ParameterizedTest
    @EnumSource(value = JdbcTarget.class, names = {"OURS_REST", "OURS_WS"})
    void readsEveryTypeWithItsGetters(JdbcTarget target) throws SQLException {
        try (Connection connection = connect(target); Statement statement = connection.createStatement()) {
            String db = EmbeddedServer.freshDatabase("types");
            statement.executeUpdate("create database " + db + " precision 'ns'");
            statement.executeUpdate("create table " + db + ".t (ts timestamp, b bool, ti tinyint, si smallint, i int,"
                    + " bi bigint, f float, d double, v varchar(20), n nchar(10), ub bigint unsigned, vb varbinary(8))");
            try (PreparedStatement insert = connection.prepareStatement("insert into " + db
                    + ".t values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setTimestamp(1, Timestamp.from(Instant.parse("2024-01-01T00:00:00.123456789Z")));
                insert.setBoolean(2, true);
                insert.setByte(3, (byte) -8);
                insert.setShort(4, (short) 300);
                insert.setInt(5, 70000);
                insert.setLong(6, 1L << 40);
                insert.setFloat(7, 1.25f);
                insert.setDouble(8, 2.5);
                insert.setString(9, "text");
                insert.setNString(10, "温度");
                insert.setObject(11, new BigInteger("18446744073709551615"));
                insert.setBytes(12, new byte[] {1, 2, 3});
                assertThat(insert.executeUpdate()).isEqualTo(1);
                insert.clearParameters();
                insert.setTimestamp(1, Timestamp.from(Instant.parse("2024-01-01T00:00:01Z")));
                for (int i = 2; i <= 12; i++) {
                    insert.setNull(i, Types.NULL);
                }
                insert.executeUpdate();
            }
            try (ResultSet rs = statement.executeQuery("select * from " + db + ".t order by ts")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getTimestamp("ts").getNanos()).isEqualTo(123_456_789);
                assertThat(rs.getObject("ts", Instant.class)).isEqualTo(Instant.parse("2024-01-01T00:00:00.123456789Z"));
                assertThat(rs.getBoolean("b")).isTrue();
                assertThat(rs.getByte("ti")).isEqualTo((byte) -8);
                assertThat(rs.getShort("si")).isEqualTo((short) 300);
                assertThat(rs.getInt("i")).isEqualTo(70000);
                assertThat(rs.getLong("bi")).isEqualTo(1L << 40);
                assertThat(rs.getFloat("f")).isEqualTo(1.25f);
                assertThat(rs.getDouble("d")).isEqualTo(2.5);
                assertThat(rs.getObject("v")).isEqualTo("text");
                assertThat(rs.getString("n")).isEqualTo("温度");
                assertThat(rs.getObject("ub")).isEqualTo(new BigInteger("18446744073709551615"));
                assertThat(rs.getBytes("vb")).containsExactly(1, 2, 3);
                assertThat(rs.getMetaData().getColumnTypeName(11)).isEqualTo("BIGINT UNSIGNED");
                assertThat(rs.next()).isTrue();
                for (int column = 2; column <= 12; column++) {
                    assertThat(rs.getObject(column)).isNull();
                    assertThat(rs.wasNull()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = JdbcTarget.class, names = {"OURS_REST", "OURS_WS"})
    void keepsHostileStringsAsValues(JdbcTarget target) throws SQLException {
        List<String> hostile = List.of("x'); drop database information_schema; --", "\\", "\\'", "'; select 1; '",
                "a`b", "?", "/* c */", "line\nbreak", "\" or 1=1 --");
        try (Connection connection = connect(target); Statement statement = connection.createStatement()) {
            String db = EmbeddedServer.freshDatabase("inject");
            statement.executeUpdate("create database " + db);
            statement.executeUpdate("create table " + db + ".t (ts timestamp, name varchar(64))");
            try (PreparedStatement insert = connection.prepareStatement("insert into " + db + ".t values (?, ?)")) {
                for (int i = 0; i < hostile.size(); i++) {
                    insert.setLong(1, 1_700_000_000_000L + i);
                    insert.setString(2, hostile.get(i));
                    insert.addBatch();
                }
                assertThat(insert.executeBatch()).containsOnly(1);
            }
            List<String> read = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("select name from " + db
                    + ".t where name = ? or ts >= ? order by ts")) {
                query.setString(1, "' or '1'='1");
                query.setLong(2, 0);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        read.add(rs.getString(1));
                    }
                }
            }
            assertThat(read).containsExactlyElementsOf(hostile);
        }
    }

    /**
     * Rows separated by spaces (TDengine's documented form) and by commas (the MyBatis form, which TDengine's
     * insert parser accepts too and the official driver's prepared statements reject: TDengine issue 35384).
     */
    @ParameterizedTest
    @EnumSource(value = JdbcTarget.class, names = {"OURS_REST", "OURS_WS"})
    void bindsMultiRowInserts(JdbcTarget target) throws SQLException {
        bindsMultiRowInserts(target, " ");
        bindsMultiRowInserts(target, ", ");
    }

    private void bindsMultiRowInserts(JdbcTarget target, String separator) throws SQLException {
        try (Connection connection = connect(target); Statement statement = connection.createStatement()) {
            String db = EmbeddedServer.freshDatabase("multirow");
            statement.executeUpdate("create database " + db);
            statement.executeUpdate("create table " + db + ".t (ts timestamp, v int)");
            try (PreparedStatement insert = connection.prepareStatement("insert into " + db
                    + ".t values (?, ?)" + separator + "(?, ?)" + separator + "(?, ?)")) {
                for (int row = 0; row < 3; row++) {
                    insert.setLong(2 * row + 1, 1_700_000_000_000L + row);
                    insert.setInt(2 * row + 2, row);
                }
                assertThat(insert.executeUpdate()).isEqualTo(3);
            }
            try (ResultSet rs = statement.executeQuery("select count(*) from " + db + ".t")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(3);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = JdbcTarget.class, names = {"OURS_REST", "OURS_WS"})
    void describesDatabasesTablesColumnsAndKeys(JdbcTarget target) throws SQLException {
        try (Connection connection = connect(target); Statement statement = connection.createStatement()) {
            String db = EmbeddedServer.freshDatabase("meta");
            statement.executeUpdate("create database " + db);
            statement.executeUpdate("create stable " + db + ".meters (ts timestamp, current float) tags (location varchar(24))");
            statement.executeUpdate("create table " + db + ".d1 using " + db + ".meters tags ('a')");
            DatabaseMetaData meta = connection.getMetaData();
            List<String> catalogs = new ArrayList<>();
            try (ResultSet rs = meta.getCatalogs()) {
                while (rs.next()) {
                    catalogs.add(rs.getString("TABLE_CAT"));
                }
            }
            assertThat(catalogs).contains(db, "information_schema");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(db, null, "%", null)) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME") + ":" + rs.getString("TABLE_TYPE"));
                }
            }
            assertThat(tables).containsExactly("meters:STABLE", "d1:TABLE");
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(db, null, "meters", "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME") + ":" + rs.getInt("DATA_TYPE") + ":" + rs.getString("REMARKS"));
                }
            }
            assertThat(columns).containsExactly("ts:" + Types.TIMESTAMP + ":null", "current:" + Types.FLOAT + ":null",
                    "location:" + Types.VARCHAR + ":TAG");
            try (ResultSet rs = meta.getPrimaryKeys(db, null, "d1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("COLUMN_NAME")).isEqualTo("ts");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = JdbcTarget.class, names = {"OURS_REST", "OURS_WS"})
    void refusesTransactionsAndUnwrapsToTheSession(JdbcTarget target) throws SQLException {
        try (Connection connection = connect(target)) {
            assertThatThrownBy(() -> connection.setAutoCommit(false))
                    .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("no transactions");
            assertThatThrownBy(connection::commit).isInstanceOf(SQLFeatureNotSupportedException.class);
            TaosSession session = connection.unwrap(TaosSession.class);
            assertThat(session.serverVersion()).isEqualTo(connection.getMetaData().getDatabaseProductVersion());
        }
    }
}
