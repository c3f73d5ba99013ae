package io.taospring.client.stmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taosdata.jdbc.ws.TSWSPreparedStatement;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.embedded.EmbeddedTaosServer;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The official driver's prepared statements (stmt2 over {@code jdbc:TAOS-WS://}) against the embedded server. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OfficialDriverStatementTest {

    private static final long T0 = 1_700_000_000_000L;

    private static EmbeddedTaosServer server;
    private static TaosClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedTaosServer.builder().port(0).build().start();
        client = TaosClient.create("ws://root:taosdata@127.0.0.1:" + server.port() + "/official_stmt");
        try (TaosClient admin = TaosClient.create("ws://127.0.0.1:" + server.port());
                TaosSession s = admin.openSession()) {
            s.execute("create database if not exists official_stmt precision 'ms'");
            s.execute("create stable official_stmt.meters (ts timestamp, current float, voltage int, phase float)"
                    + " tags (groupid int, location varchar(24))");
        }
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    private static Connection official() throws SQLException {
        return new com.taosdata.jdbc.ws.WebSocketDriver().connect("jdbc:TAOS-WS://127.0.0.1:" + server.port()
                + "/official_stmt?user=root&password=taosdata", new Properties());
    }

    @Test
    void standardBatchesWriteManyChildTables() throws SQLException {
        try (Connection c = official();
                PreparedStatement ps = c.prepareStatement("INSERT INTO ? USING meters TAGS(?,?) VALUES(?,?,?,?)")) {
            for (int t = 0; t < 3; t++) {
                for (int i = 0; i < 4; i++) {
                    ps.setString(1, "std" + t);
                    ps.setInt(2, t);
                    ps.setString(3, "City" + t);
                    ps.setTimestamp(4, new Timestamp(T0 + i));
                    ps.setFloat(5, 10.5f + i);
                    if (i == 3) {
                        ps.setNull(6, Types.INTEGER);
                    } else {
                        ps.setInt(6, 220 + i);
                    }
                    ps.setFloat(7, 0.25f);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        try (TaosSession s = client.openSession();
                TaosResult r = s.query("select count(*), count(voltage), sum(voltage) from meters"
                        + " where tbname in ('std0', 'std1', 'std2')")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(0)).isEqualTo(12);
            assertThat(r.getLong(1)).isEqualTo(9);
            assertThat(r.getLong(2)).isEqualTo(3 * (220 + 221 + 222));
        }
    }

    @Test
    void columnarBindingIsTheDocumentedFastPath() throws SQLException {
        try (Connection c = official();
                TSWSPreparedStatement ps = c.prepareStatement("INSERT INTO ? USING meters TAGS(?,?) VALUES(?,?,?,?)")
                        .unwrap(TSWSPreparedStatement.class)) {
            for (int t = 0; t < 5; t++) {
                ps.setTableName("col" + t);
                ps.setTagInt(0, t);
                ps.setTagString(1, "Town" + t);
                ArrayList<Long> ts = new ArrayList<>();
                ArrayList<Float> current = new ArrayList<>();
                ArrayList<Integer> voltage = new ArrayList<>();
                ArrayList<Float> phase = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    ts.add(T0 + i);
                    current.add(i / 2f);
                    voltage.add(i);
                    phase.add(i % 2 == 0 ? null : 0.5f);
                }
                ps.setTimestamp(0, ts);
                ps.setFloat(1, current);
                ps.setInt(2, voltage);
                ps.setFloat(3, phase);
                ps.columnDataAddBatch();
            }
            ps.columnDataExecuteBatch();
        }
        try (TaosSession s = client.openSession();
                TaosResult r = s.query("select count(*), count(phase), sum(voltage) from meters where groupid < 5"
                        + " and location like 'Town%'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(0)).isEqualTo(500);
            assertThat(r.getLong(1)).isEqualTo(250);
            assertThat(r.getLong(2)).isEqualTo(5 * 4950);
        }
    }

    @Test
    void bindsEveryTypeWithNulls() throws SQLException {
        try (TaosSession s = client.openSession()) {
            s.execute("create stable every (ts timestamp, b bool, i8 tinyint, i16 smallint, i32 int, i64 bigint,"
                    + " u64 bigint unsigned, f float, d double, vc varchar(20), nc nchar(10), vb varbinary(8))"
                    + " tags (t_i int, t_s nchar(10), t_b bool, t_d double, t_ts timestamp, t_vb varbinary(4))");
        }
        try (Connection c = official();
                PreparedStatement ps = c.prepareStatement("INSERT INTO ? USING every TAGS(?,?,?,?,?,?)"
                        + " VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, "ev1");
            ps.setInt(2, 7);
            ps.setNString(3, "标签");
            ps.setBoolean(4, true);
            ps.setDouble(5, 2.5);
            ps.setTimestamp(6, new Timestamp(T0));
            ps.setBytes(7, new byte[] {9, 8});
            ps.setTimestamp(8, new Timestamp(T0));
            ps.setBoolean(9, true);
            ps.setByte(10, (byte) -1);
            ps.setShort(11, (short) -2);
            ps.setInt(12, -3);
            ps.setLong(13, -4);
            ps.setObject(14, new BigInteger("18446744073709551615"));
            ps.setFloat(15, 1.5f);
            ps.setDouble(16, 2.25);
            ps.setString(17, "text");
            ps.setNString(18, "电表");
            ps.setBytes(19, new byte[] {1, 2, 3});
            ps.addBatch();
            ps.setString(1, "ev1");
            ps.setInt(2, 7);
            ps.setNString(3, "标签");
            ps.setBoolean(4, true);
            ps.setDouble(5, 2.5);
            ps.setTimestamp(6, new Timestamp(T0));
            ps.setBytes(7, new byte[] {9, 8});
            ps.setTimestamp(8, new Timestamp(T0 + 1));
            int[] types = {Types.BOOLEAN, Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.BIGINT,
                Types.FLOAT, Types.DOUBLE, Types.VARCHAR, Types.NCHAR, Types.VARBINARY};
            for (int p = 9; p <= 19; p++) {
                ps.setNull(p, types[p - 9]);
            }
            ps.addBatch();
            ps.executeBatch();
        }
        try (TaosSession s = client.openSession();
                TaosResult r = s.query("select *, t_i, t_s, t_b, t_d, t_ts, t_vb from ev1 order by ts")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getBoolean(1)).isTrue();
            assertThat(r.getByte(2)).isEqualTo((byte) -1);
            assertThat(r.getShort(3)).isEqualTo((short) -2);
            assertThat(r.getInt(4)).isEqualTo(-3);
            assertThat(r.getLong(5)).isEqualTo(-4);
            assertThat(r.getObject(6)).isEqualTo(new BigInteger("18446744073709551615"));
            assertThat(r.getFloat(7)).isEqualTo(1.5f);
            assertThat(r.getDouble(8)).isEqualTo(2.25);
            assertThat(r.getString(9)).isEqualTo("text");
            assertThat(r.getString(10)).isEqualTo("电表");
            assertThat(r.getBytes(11)).containsExactly(1, 2, 3);
            assertThat(r.getInt(12)).isEqualTo(7);
            assertThat(r.getString(13)).isEqualTo("标签");
            assertThat(r.getBoolean(14)).isTrue();
            assertThat(r.getDouble(15)).isEqualTo(2.5);
            assertThat(r.getLong(16)).isEqualTo(T0);
            assertThat(r.getBytes(17)).containsExactly(9, 8);
            assertThat(r.next()).isTrue();
            for (int col = 1; col <= 11; col++) {
                assertThat(r.isNull(col)).as("column %d", col).isTrue();
            }
        }
    }

    @Test
    void roundTripsAMillionRowsWithAChecksum() throws SQLException {
        int tables = 100;
        int perTable = 10_000;
        long expected = 0;
        try (TaosSession s = client.openSession()) {
            s.execute("create stable million (ts timestamp, v bigint, d double) tags (t int)");
        }
        try (Connection c = official();
                TSWSPreparedStatement ps = c.prepareStatement("INSERT INTO ? USING million TAGS(?) VALUES(?,?,?)")
                        .unwrap(TSWSPreparedStatement.class)) {
            for (int t = 0; t < tables; t++) {
                ArrayList<Long> ts = new ArrayList<>(perTable);
                ArrayList<Long> v = new ArrayList<>(perTable);
                ArrayList<Double> d = new ArrayList<>(perTable);
                for (int i = 0; i < perTable; i++) {
                    long value = (long) t * perTable + i;
                    ts.add(T0 + i);
                    v.add(value);
                    d.add(value / 8.0);
                    expected += value * 31 + Double.hashCode(value / 8.0);
                }
                ps.setTableName("om" + t);
                ps.setTagInt(0, t);
                ps.setTimestamp(0, ts);
                ps.setLong(1, v);
                ps.setDouble(2, d);
                ps.columnDataAddBatch();
                if (t % 10 == 9) {
                    ps.columnDataExecuteBatch();
                }
            }
        }
        long actual = 0;
        long rows = 0;
        try (TaosSession s = client.openSession(); TaosResult r = s.query("select v, d from million")) {
            while (r.next()) {
                actual += r.getLong(0) * 31 + Double.hashCode(r.getDouble(1));
                rows++;
            }
        }
        assertThat(rows).isEqualTo((long) tables * perTable);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void reportsServerErrorCodes() throws SQLException {
        try (Connection c = official()) {
            assertThatThrownBy(() -> c.prepareStatement("INSERT INTO ? USING nope TAGS(?) VALUES(?,?)"))
                    // the driver reports prepare failures with the code in the text only (errorCode 0)
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage())
                            .contains("0x2603").contains("Table does not exist"));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ? USING meters TAGS(?,?) VALUES(?,?,?,?)")) {
                ps.setString(1, "long_tag");
                ps.setInt(2, 1);
                ps.setString(3, "y".repeat(30));
                ps.setTimestamp(4, new Timestamp(T0));
                ps.setFloat(5, 1f);
                ps.setInt(6, 1);
                ps.setFloat(7, 1f);
                ps.addBatch();
                assertThatThrownBy(ps::executeBatch).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getErrorCode() + " " + e.getMessage()).contains("0x2653")
                                .contains("Value too long for column/tag: location"));
            }
        }
    }
}
