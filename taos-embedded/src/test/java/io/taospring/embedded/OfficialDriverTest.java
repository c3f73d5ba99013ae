package io.taospring.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official driver {@code com.taosdata.jdbc:taos-jdbcdriver:3.7.9} against the embedded server and its
 * engine, over WebSocket ({@code TAOS-WS}) and REST ({@code TAOS-RS}): what the driver sees must be what it
 * sees from taosAdapter.
 */
class OfficialDriverTest {

    private static EmbeddedTaosServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect(String scheme) throws SQLException {
        return connect(scheme, "taosdata");
    }

    /**
     * Connects through the official driver's own class: taos-client-core's driver also accepts the official
     * URLs, so DriverManager could hand the URL to either. (The official REST driver class is deprecated in
     * favour of its WebSocket mode, but it is the one {@code jdbc:TAOS-RS://} selects.)
     */
    @SuppressWarnings("deprecation")
    private static Connection connect(String scheme, String password) throws SQLException {
        Driver official = scheme.equals("TAOS-WS") ? new com.taosdata.jdbc.ws.WebSocketDriver()
                : new com.taosdata.jdbc.rs.RestfulDriver();
        return official.connect("jdbc:" + scheme + "://127.0.0.1:" + server.port()
                + "/?user=root&password=" + password, new Properties());
    }

    private static String db(String scheme, String name) {
        return name + "_" + scheme.substring(5).toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TAOS-WS", "TAOS-RS"})
    void createsTablesInsertsIntoManyAndReadsBack(String scheme) throws SQLException {
        String db = db(scheme, "power");
        try (Connection connection = connect(scheme); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("create database if not exists " + db + " precision 'ms'")).isZero();
            statement.executeUpdate("create stable " + db + ".meters (ts timestamp, current float, voltage int)"
                    + " tags (groupid int, location varchar(24))");
            int inserted = statement.executeUpdate("insert into " + db + ".d1001 using " + db + ".meters tags (2, 'SF')"
                    + " values (1700000000000, 10.3, 219) (1700000001000, 12.6, 218)"
                    + " " + db + ".d1002 using " + db + ".meters tags (3, 'LA') values (1700000000000, 11.8, 221)");
            assertThat(inserted).isEqualTo(3);
            try (ResultSet rs = statement.executeQuery(
                    "select tbname, ts, current, voltage, location from " + db + ".meters order by ts, tbname")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("d1001");
                assertThat(rs.getTimestamp(2)).isEqualTo(new Timestamp(1_700_000_000_000L));
                assertThat(rs.getFloat(3)).isEqualTo(10.3f);
                assertThat(rs.getInt(4)).isEqualTo(219);
                assertThat(rs.getString(5)).isEqualTo("SF");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("d1002");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getFloat(3)).isEqualTo(12.6f);
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TAOS-WS", "TAOS-RS"})
    void everyColumnTypeAndAJsonTagComeBackTyped(String scheme) throws SQLException {
        String db = db(scheme, "types");
        try (Connection connection = connect(scheme); Statement statement = connection.createStatement()) {
            statement.executeUpdate("create database " + db);
            statement.executeUpdate("use " + db);
            statement.executeUpdate("create stable all_types (ts timestamp, b bool, ti tinyint, si smallint, i int,"
                    + " bi bigint, f float, d double, vc varchar(20), nc nchar(10), uti tinyint unsigned,"
                    + " usi smallint unsigned, ui int unsigned, ubi bigint unsigned, vb varbinary(16))"
                    + " tags (info json)");
            statement.executeUpdate("insert into t1 using all_types tags ('{\"k\":\"v\",\"n\":1}') values"
                    + " (1700000000000, true, -128, -32768, -2147483648, -9223372036854775808, 3.5, 2.25,"
                    + " 'abc', '温度', 255, 65535, 4294967295, 18446744073709551615, '\\x0a0bff')"
                    + " (1700000001000, null, null, null, null, null, null, null, null, null, null, null, null, null, null)");
            try (ResultSet rs = statement.executeQuery("select * from all_types order by ts")) {
                ResultSetMetaData meta = rs.getMetaData();
                assertThat(meta.getColumnCount()).isEqualTo(16);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject("b")).isEqualTo(true);
                assertThat(rs.getObject("ti")).isEqualTo((byte) -128);
                assertThat(rs.getObject("si")).isEqualTo((short) -32768);
                assertThat(rs.getObject("i")).isEqualTo(Integer.MIN_VALUE);
                assertThat(rs.getObject("bi")).isEqualTo(Long.MIN_VALUE);
                assertThat(rs.getObject("f")).isEqualTo(3.5f);
                assertThat(rs.getObject("d")).isEqualTo(2.25);
                assertThat(rs.getString("vc")).isEqualTo("abc");
                assertThat(rs.getObject("nc")).isEqualTo("温度");
                assertThat(rs.getInt("uti")).isEqualTo(255);
                assertThat(rs.getInt("usi")).isEqualTo(65535);
                assertThat(rs.getLong("ui")).isEqualTo(4_294_967_295L);
                assertThat(rs.getString("ubi")).isEqualTo("18446744073709551615");
                if (scheme.equals("TAOS-WS")) {
                    assertThat(rs.getBytes("vb")).containsExactly(0x0a, 0x0b, 0xff);
                } else {
                    // REST sends VARBINARY as hex (rest.md 5.3); 3.7.9's REST result set hands back the JSON text
                    assertThat(new String(rs.getBytes("vb"), StandardCharsets.UTF_8)).isEqualTo("\"0a0bff\"");
                }
                assertThat(rs.getString("info")).isEqualTo("{\"k\":\"v\",\"n\":1}");
                assertThat(meta.getColumnType(meta.getColumnCount())).isEqualTo(Types.OTHER);
                if (scheme.equals("TAOS-WS")) {
                    // the official driver returns VARCHAR as byte[] over WebSocket unless varcharAsString=true
                    assertThat(rs.getObject("vc")).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
                    assertThat(rs.getObject("uti")).isEqualTo((short) 255);
                    assertThat(rs.getObject("usi")).isEqualTo(65535);
                    assertThat(rs.getObject("ui")).isEqualTo(4_294_967_295L);
                    assertThat(rs.getObject("ubi")).isEqualTo(new BigInteger("18446744073709551615"));
                }
                assertThat(rs.next()).isTrue();
                for (int c = 2; c <= 15; c++) {
                    assertThat(rs.getObject(c)).as("column %d", c).isNull();
                    assertThat(rs.wasNull()).isTrue();
                }
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TAOS-WS", "TAOS-RS"})
    void timestampsKeepTheirPrecision(String scheme) throws SQLException {
        try (Connection connection = connect(scheme); Statement statement = connection.createStatement()) {
            for (String precision : new String[] {"ms", "us", "ns"}) {
                String db = db(scheme, "prec_" + precision);
                statement.executeUpdate("create database " + db + " precision '" + precision + "'");
                statement.executeUpdate("create table " + db + ".t (ts timestamp, v int)");
            }
            statement.executeUpdate("insert into " + db(scheme, "prec_ms") + ".t values (1700000000123, 1)");
            statement.executeUpdate("insert into " + db(scheme, "prec_us") + ".t values (1700000000123456, 1)");
            statement.executeUpdate("insert into " + db(scheme, "prec_ns") + ".t values (1700000000123456789, 1)");
            assertThat(readTs(statement, db(scheme, "prec_ms"))).isEqualTo(timestamp(123_000_000));
            assertThat(readTs(statement, db(scheme, "prec_us"))).isEqualTo(timestamp(123_456_000));
            assertThat(readTs(statement, db(scheme, "prec_ns"))).isEqualTo(timestamp(123_456_789));
        }
    }

    private static Timestamp timestamp(int nanos) {
        Timestamp ts = new Timestamp(1_700_000_000_000L);
        ts.setNanos(nanos);
        return ts;
    }

    private static Timestamp readTs(Statement statement, String db) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select ts from " + db + ".t")) {
            assertThat(rs.next()).isTrue();
            return rs.getTimestamp(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TAOS-WS", "TAOS-RS"})
    void aLargeResultIsFetchedInFull(String scheme) throws SQLException {
        String db = db(scheme, "big");
        int rows = 50_000;
        try (Connection connection = connect(scheme); Statement statement = connection.createStatement()) {
            statement.executeUpdate("create database " + db);
            statement.executeUpdate("create table " + db + ".t (ts timestamp, v int)");
            for (int from = 0; from < rows; from += 5_000) {
                StringBuilder sql = new StringBuilder("insert into " + db + ".t values");
                for (int i = from; i < from + 5_000; i++) {
                    sql.append(" (").append(1_600_000_000_000L + i).append(", ").append(i).append(')');
                }
                assertThat(statement.executeUpdate(sql.toString())).isEqualTo(5_000);
            }
            long count = 0;
            long sum = 0;
            try (ResultSet rs = statement.executeQuery("select ts, v from " + db + ".t")) {
                while (rs.next()) {
                    assertThat(rs.getTimestamp(1).getTime()).isEqualTo(1_600_000_000_000L + rs.getInt(2));
                    count++;
                    sum += rs.getInt(2);
                }
            }
            assertThat(count).isEqualTo(rows);
            assertThat(sum).isEqualTo((long) rows * (rows - 1) / 2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TAOS-WS", "TAOS-RS"})
    void aggregatesAndWindowsHaveExactValues(String scheme) throws SQLException {
        String db = db(scheme, "agg");
        try (Connection connection = connect(scheme); Statement statement = connection.createStatement()) {
            statement.executeUpdate("create database " + db);
            statement.executeUpdate("create table " + db + ".t (ts timestamp, v int)");
            statement.executeUpdate("insert into " + db + ".t values (1700000000000, 1) (1700000005000, 2)"
                    + " (1700000010000, 3) (1700000015000, 4) (1700000020000, 5)");
            try (ResultSet rs = statement.executeQuery(
                    "select count(*), sum(v), avg(v), min(v), max(v) from " + db + ".t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(5);
                assertThat(rs.getLong(2)).isEqualTo(15);
                assertThat(rs.getDouble(3)).isEqualTo(3.0);
                assertThat(rs.getInt(4)).isEqualTo(1);
                assertThat(rs.getInt(5)).isEqualTo(5);
            }
            try (ResultSet rs = statement.executeQuery(
                    "select _wstart, count(*), sum(v) from " + db + ".t interval(10s)")) {
                long[][] expected = {{1_700_000_000_000L, 2, 3}, {1_700_000_010_000L, 2, 7}, {1_700_000_020_000L, 1, 5}};
                for (long[] window : expected) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getTimestamp(1).getTime()).isEqualTo(window[0]);
                    assertThat(rs.getLong(2)).isEqualTo(window[1]);
                    assertThat(rs.getLong(3)).isEqualTo(window[2]);
                }
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TAOS-WS", "TAOS-RS"})
    void serverErrorsKeepTheirCodes(String scheme) throws SQLException {
        try (Connection connection = connect(scheme); Statement statement = connection.createStatement()) {
            assertThat(errorCode(statement, "selec * from t")).isEqualTo(0x2600);
            statement.executeUpdate("create database if not exists " + db(scheme, "errs"));
            assertThat(errorCode(statement, "select * from " + db(scheme, "errs") + ".no_such_table")).isEqualTo(0x2603);
            assertThat(errorCode(statement, "select * from no_such_db.t")).isEqualTo(0x0388);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TAOS-WS", "TAOS-RS"})
    void aWrongPasswordIsAuthenticationFailure(String scheme) {
        SQLException error = catchThrowableOfType(SQLException.class, () -> {
            try (Connection connection = connect(scheme, "wrong"); Statement statement = connection.createStatement()) {
                statement.executeQuery("show databases").close();
            }
        });
        assertThat((Throwable) error).isNotNull();
        if (scheme.equals("TAOS-WS")) {
            // 3.7.9 reports a failed conn as new SQLException("(0x<code>):auth failure:<message>"), error code 0
            assertThat(error.getMessage()).isEqualTo("(0x357):auth failure:Authentication failure");
        } else {
            assertThat(error.getErrorCode()).isEqualTo(0x0357);
        }
    }

    private static int errorCode(Statement statement, String sql) {
        SQLException error = catchThrowableOfType(SQLException.class, () -> statement.executeQuery(sql).close());
        assertThat((Throwable) error).as(sql).isNotNull();
        return error.getErrorCode();
    }
}
