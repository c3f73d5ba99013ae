package io.taospring.client.stmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.StatementError;
import io.taospring.embedded.EmbeddedTaosServer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Parameter binding through our client against the embedded server, over WebSocket (stmt2). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StatementEndToEndTest {

    private static final long T0 = 1_700_000_000_000L;
    private static final byte[] POINT = HexFormat.of().parseHex("010100000000000000000059400000000000005940");

    private static EmbeddedTaosServer server;
    private static TaosClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedTaosServer.builder().port(0).build().start();
        client = TaosClient.create("ws://root:taosdata@127.0.0.1:" + server.port() + "/stmt_e2e");
        try (TaosClient admin = TaosClient.create("ws://127.0.0.1:" + server.port());
                TaosSession s = admin.openSession()) {
            s.execute("create database if not exists stmt_e2e precision 'ms'");
            s.execute("create stable stmt_e2e.meters (ts timestamp, current float, voltage int, phase float)"
                    + " tags (groupid int, location varchar(24))");
            s.execute("create stable stmt_e2e.other (ts timestamp, v int) tags (t int)");
        }
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @Test
    void bindsEveryColumnAndTagTypeWithNulls() {
        try (TaosSession s = client.openSession()) {
            s.execute("create stable all_types (ts timestamp, b bool, i8 tinyint, i16 smallint, i32 int, i64 bigint,"
                    + " u8 tinyint unsigned, u16 smallint unsigned, u32 int unsigned, u64 bigint unsigned, f float,"
                    + " d double, vc varchar(20), nc nchar(10), vb varbinary(8), g geometry(64), dec decimal(10,2))"
                    + " tags (tb bool, t8 tinyint, t16 smallint, t32 int, t64 bigint, tu8 tinyint unsigned,"
                    + " tu16 smallint unsigned, tu32 int unsigned, tu64 bigint unsigned, tf float, td double,"
                    + " tvc varchar(20), tnc nchar(10), tvb varbinary(8), tts timestamp, tg geometry(64))");
            try (TaosStatement stmt = s.prepare("insert into ? using all_types tags (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                assertThat(stmt.tagFields()).hasSize(16);
                assertThat(stmt.columnFields()).hasSize(17);
                stmt.setTableName("at1").setTags(true, (byte) -1, (short) -2, -3, -4L, (short) 255, 65535, 4294967295L,
                        new BigInteger("18446744073709551615"), 1.5f, 2.5, "tag text", "标签", new byte[] {1, 2},
                        Instant.ofEpochMilli(T0), POINT);
                stmt.bindRow(Instant.ofEpochMilli(T0), true, (byte) -128, (short) -32768, Integer.MIN_VALUE,
                        Long.MIN_VALUE, (short) 255, 65535, 4294967295L, new BigInteger("18446744073709551615"),
                        3.25f, 2.5e300, "hello", "电表🙂", new byte[] {0x0a, 0x0b}, POINT, new BigDecimal("12.34"));
                stmt.bindRow(T0 + 1, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null);
                stmt.addBatch();
                assertThat(stmt.execute()).isEqualTo(2);
            }
            try (TaosResult r = s.query("select *, tb, t8, t16, t32, t64, tu8, tu16, tu32, tu64, tf, td, tvc, tnc,"
                    + " tvb, tts, tg from at1 order by ts")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInstant(0)).isEqualTo(Instant.ofEpochMilli(T0));
                assertThat(r.getBoolean(1)).isTrue();
                assertThat(r.getByte(2)).isEqualTo((byte) -128);
                assertThat(r.getShort(3)).isEqualTo((short) -32768);
                assertThat(r.getInt(4)).isEqualTo(Integer.MIN_VALUE);
                assertThat(r.getLong(5)).isEqualTo(Long.MIN_VALUE);
                assertThat(r.getObject(6)).isEqualTo((short) 255);
                assertThat(r.getObject(7)).isEqualTo(65535);
                assertThat(r.getObject(8)).isEqualTo(4294967295L);
                assertThat(r.getObject(9)).isEqualTo(new BigInteger("18446744073709551615"));
                assertThat(r.getFloat(10)).isEqualTo(3.25f);
                assertThat(r.getDouble(11)).isEqualTo(2.5e300);
                assertThat(r.getString(12)).isEqualTo("hello");
                assertThat(r.getString(13)).isEqualTo("电表🙂");
                assertThat(r.getBytes(14)).containsExactly(0x0a, 0x0b);
                assertThat(r.getBytes(15)).isEqualTo(POINT);
                assertThat(r.getBigDecimal(16)).isEqualByComparingTo("12.34");
                assertThat(r.getBoolean(17)).isTrue();
                assertThat(r.getByte(18)).isEqualTo((byte) -1);
                assertThat(r.getShort(19)).isEqualTo((short) -2);
                assertThat(r.getInt(20)).isEqualTo(-3);
                assertThat(r.getLong(21)).isEqualTo(-4);
                assertThat(r.getObject(22)).isEqualTo((short) 255);
                assertThat(r.getObject(23)).isEqualTo(65535);
                assertThat(r.getObject(24)).isEqualTo(4294967295L);
                assertThat(r.getObject(25)).isEqualTo(new BigInteger("18446744073709551615"));
                assertThat(r.getFloat(26)).isEqualTo(1.5f);
                assertThat(r.getDouble(27)).isEqualTo(2.5);
                assertThat(r.getString(28)).isEqualTo("tag text");
                assertThat(r.getString(29)).isEqualTo("标签");
                assertThat(r.getBytes(30)).containsExactly(1, 2);
                assertThat(r.getInstant(31)).isEqualTo(Instant.ofEpochMilli(T0));
                assertThat(r.getBytes(32)).isEqualTo(POINT);
                assertThat(r.next()).isTrue();
                for (int c = 1; c <= 16; c++) {
                    assertThat(r.isNull(c)).as("column %d", c).isTrue();
                }
                assertThat(r.next()).isFalse();
            }
        }
    }

    @Test
    void bindsAJsonTag() {
        try (TaosSession s = client.openSession()) {
            s.execute("create stable json_tagged (ts timestamp, v int) tags (info json)");
            try (TaosStatement stmt = s.prepare("insert into ? using json_tagged tags (?) values (?, ?)")) {
                stmt.setTableName("j1").setTags("{\"k\":\"v\"}").bindRow(T0, 1).addBatch();
                stmt.setTableName("j2").setTags((Object) null).bindRow(T0, 2).addBatch();
                assertThat(stmt.execute()).isEqualTo(2);
            }
            try (TaosResult r = s.query("select info from j1")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(0)).isEqualTo("{\"k\":\"v\"}");
            }
        }
    }

    @Test
    void writesManyChildTablesColumnarInOneExecuteAndIsReusable() {
        try (TaosSession s = client.openSession();
                TaosStatement stmt = s.prepare("INSERT INTO ? USING meters TAGS(?,?) VALUES(?,?,?,?)")) {
            for (int round = 0; round < 2; round++) {
                for (int t = 0; t < 5; t++) {
                    int rows = 10 + t;
                    long[] ts = new long[rows];
                    float[] current = new float[rows];
                    int[] voltage = new int[rows];
                    boolean[] nulls = new boolean[rows];
                    for (int i = 0; i < rows; i++) {
                        ts[i] = T0 + round * 1000L + i;
                        current[i] = i + 0.5f;
                        voltage[i] = 200 + i;
                        nulls[i] = i % 3 == 0;
                    }
                    stmt.setTableName("cm" + t).setTags(t, "City" + t);
                    stmt.bindTimestamps(ts).bindFloats(1, current).bindInts(2, voltage, nulls)
                            .bindFloats(3, current, nulls);
                    stmt.addBatch();
                }
                assertThat(stmt.execute()).isEqualTo(10 + 11 + 12 + 13 + 14);
                assertThat(stmt.affectedRows()).isEqualTo(60);
            }
            try (TaosResult r = s.query("select count(*), count(voltage), sum(voltage) from meters"
                    + " where tbname in ('cm0','cm1','cm2','cm3','cm4')")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getLong(0)).isEqualTo(120);
                assertThat(r.getLong(1)).isEqualTo(120 - 2 * (4 + 4 + 4 + 5 + 5));
            }
            try (TaosResult r = s.query("select location, groupid from cm3 limit 1")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(0)).isEqualTo("City3");
                assertThat(r.getInt(1)).isEqualTo(3);
            }
        }
    }

    @Test
    void bindsAFixedTableAndTheSuperTableForm() {
        try (TaosSession s = client.openSession()) {
            s.execute("create table fixed_tb (ts timestamp, v int, name nchar(8))");
            try (TaosStatement stmt = s.prepare("insert into fixed_tb (ts, name) values (?, ?)")) {
                assertThat(stmt.columnFields()).extracting(BindField::name).containsExactly("ts", "name");
                stmt.bindTimestamps(new long[] {T0, T0 + 1}).bindStrings(1, new String[] {"a", null});
                assertThat(stmt.execute()).isEqualTo(2);
            }
            try (TaosStatement stmt = s.prepare("insert into meters (tbname, ts, voltage, groupid) values (?,?,?,?)")) {
                assertThat(stmt.fields()).extracting(BindField::kind).containsExactly(BindField.Kind.TABLE_NAME,
                        BindField.Kind.COLUMN, BindField.Kind.COLUMN, BindField.Kind.TAG);
                stmt.setTableName("stb_form").setTags(7).bindRow(T0, 230).addBatch();
                assertThat(stmt.execute()).isEqualTo(1);
            }
            try (TaosResult r = s.query("select groupid, voltage, current from stb_form")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(0)).isEqualTo(7);
                assertThat(r.getInt(1)).isEqualTo(230);
                assertThat(r.isNull(2)).isTrue();
            }
        }
    }

    @Test
    void refusesWrongValuesBeforeSendingAnything() {
        try (TaosSession s = client.openSession();
                TaosStatement stmt = s.prepare("INSERT INTO ? USING meters TAGS(?,?) VALUES(?,?,?,?)")) {
            stmt.setTableName("never_written").setTags(1, "x");
            assertThatThrownBy(() -> stmt.bindRow(T0, "not a float", 1, 1f))
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x23A4));
            assertThatThrownBy(() -> stmt.bindRow(T0, 1f, 1))
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x230D));
            assertThatThrownBy(() -> stmt.bindRow(null, 1f, 1, 1f))
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x23A4));
            assertThatThrownBy(() -> stmt.bindInts(1, new int[] {1}))
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x23A4));
            assertThatThrownBy(() -> stmt.bindInts(2, new int[] {1}, new boolean[2]))
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x230D));
            assertThatThrownBy(() -> stmt.setTags(1))
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x230D));
            stmt.bindTimestamps(new long[] {T0});
            assertThatThrownBy(stmt::addBatch)
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x230D));
            assertThat(s.query("show tables like 'never_written'").next()).isFalse();
        }
    }

    @Test
    void reportsServerErrorsWithTheirCodes() {
        try (TaosSession s = client.openSession()) {
            assertThatThrownBy(() -> s.prepare("insert into ? using no_such_stable tags (?) values (?, ?)"))
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x2603));
            assertThatThrownBy(() -> s.prepare("insert into ? using meters tags (?) values (?, ?, ?, ?)"))
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x260D));
            try (TaosStatement stmt = s.prepare("INSERT INTO ? USING other TAGS(?) VALUES(?,?)")) {
                s.execute("create table other_child using meters tags (1, 'x')");
                stmt.setTableName("other_child").setTags(1).bindRow(T0, 1).addBatch();
                assertThatThrownBy(stmt::execute)
                        .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x061D));
                stmt.setTableName("ok_child").setTags(1).bindRow(T0, 1).addBatch();
                assertThat(stmt.execute()).as("usable after a failed batch").isEqualTo(1);
            }
            try (TaosStatement stmt = s.prepare("INSERT INTO ? USING meters TAGS(?,?) VALUES(?,?,?,?)")) {
                stmt.setTableName("too_long").setTags(1, "x".repeat(25)).bindRow(T0, 1f, 1, 1f).addBatch();
                assertThatThrownBy(stmt::execute)
                        .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x2653));
            }
            assertThat(s.query("show tables like 'too_long'").next()).as("a failed batch writes nothing").isFalse();
        }
    }

    @Test
    void jdbcInsertBatchesUseBindingOverWebSocket() throws java.sql.SQLException {
        String url = "jdbc:taos:ws://root:taosdata@127.0.0.1:" + server.port() + "/stmt_e2e";
        try (java.sql.Connection c = new io.taospring.client.jdbc.TaosDriver().connect(url, new java.util.Properties());
                java.sql.PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO ? USING meters TAGS(?,?) VALUES(?,?,?,?)")) {
            for (int t = 0; t < 3; t++) {
                for (int i = 0; i < 3; i++) {
                    ps.setString(1, "jdbc" + t);
                    ps.setInt(2, t);
                    ps.setString(3, "J" + t);
                    ps.setTimestamp(4, new java.sql.Timestamp(T0 + i));
                    ps.setFloat(5, 1.5f);
                    if (i == 2) {
                        ps.setNull(6, java.sql.Types.INTEGER);
                    } else {
                        ps.setInt(6, 100 + i);
                    }
                    ps.setString(7, "0.5");
                    ps.addBatch();
                }
            }
            assertThat(ps.executeBatch()).containsOnly(1).hasSize(9);
            ps.setString(1, "jdbc_long");
            ps.setInt(2, 1);
            ps.setString(3, "z".repeat(30));
            ps.setTimestamp(4, new java.sql.Timestamp(T0));
            ps.setFloat(5, 1f);
            ps.setInt(6, 1);
            ps.setFloat(7, 1f);
            ps.addBatch();
            assertThatThrownBy(ps::executeBatch).isInstanceOfSatisfying(java.sql.BatchUpdateException.class,
                    e -> assertThat(e.getErrorCode()).isEqualTo(0x2653));
        }
        try (TaosSession s = client.openSession();
                TaosResult r = s.query("select count(*), count(voltage), sum(phase) from meters"
                        + " where tbname in ('jdbc0', 'jdbc1', 'jdbc2')")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(0)).isEqualTo(9);
            assertThat(r.getLong(1)).isEqualTo(6);
            assertThat(r.getDouble(2)).isEqualTo(4.5);
        }
    }

    @Test
    void isUnsupportedOverRest() {
        try (TaosClient rest = TaosClient.create("http://root:taosdata@127.0.0.1:" + server.port() + "/stmt_e2e");
                TaosSession s = rest.openSession()) {
            assertThatThrownBy(() -> s.prepare("insert into ? using meters tags (?,?) values (?,?,?,?)"))
                    .isInstanceOfSatisfying(InterfaceError.class, e -> assertThat(e.errno()).isEqualTo(0x2302));
        }
    }

    @Test
    void roundTripsAMillionRowsWithAChecksum() {
        int tables = 100;
        int perTable = 10_000;
        long expected = 0;
        try (TaosSession s = client.openSession()) {
            s.execute("create stable million (ts timestamp, v bigint, f double, s varchar(16)) tags (t int)");
            try (TaosStatement stmt = s.prepare("insert into ? using million tags (?) values (?,?,?,?)")) {
                for (int t = 0; t < tables; t++) {
                    long[] ts = new long[perTable];
                    long[] v = new long[perTable];
                    double[] f = new double[perTable];
                    String[] text = new String[perTable];
                    for (int i = 0; i < perTable; i++) {
                        ts[i] = T0 + i;
                        v[i] = (long) t * perTable + i;
                        f[i] = v[i] / 4.0;
                        text[i] = Long.toString(v[i], 36);
                        expected += checksum(v[i], f[i], text[i]);
                    }
                    stmt.setTableName("m" + t).setTags(t).bindTimestamps(ts).bindLongs(1, v).bindDoubles(2, f)
                            .bindStrings(3, text).addBatch();
                    if (t % 20 == 19) {
                        assertThat(stmt.execute()).isEqualTo(20L * perTable);
                    }
                }
            }
            long actual = 0;
            long rows = 0;
            try (TaosResult r = s.query("select v, f, s from million")) {
                while (r.next()) {
                    actual += checksum(r.getLong(0), r.getDouble(1), r.getString(2));
                    rows++;
                }
            }
            assertThat(rows).isEqualTo((long) tables * perTable);
            assertThat(actual).isEqualTo(expected);
        }
    }

    private static long checksum(long v, double f, String s) {
        return v * 31 + Double.hashCode(f) * 17L + s.hashCode() + new String(s.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).length();
    }
}
