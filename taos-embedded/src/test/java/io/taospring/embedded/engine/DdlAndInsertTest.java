package io.taospring.embedded.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DdlAndInsertTest extends EngineTestSupport {

    @Test
    void acceptsOneCommaBetweenRowsAndBetweenTablesAsTDengineDoes() {
        exec("create database c");
        exec("use c");
        exec("create table t1 (ts timestamp, v int)");
        exec("create table t2 (ts timestamp, v int)");

        assertThat(exec("insert into t1 values (1000, 1), (2000, 2),(3000, 3) t2 values (1000, 4), t1 values (4000, 5)"))
                .isEqualTo(5);
        assertThat(rows("select v from t1 order by ts")).containsExactly(List.of(1L), List.of(2L), List.of(3L), List.of(5L));
        assertThatThrownBy(() -> exec("insert into t1 values (5000, 6),, (6000, 7)"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.code()).isEqualTo(0x2600));
    }

    @Test
    void ddlStatementsAreUpdatesWithZeroAffectedRows() {
        assertThat(exec("CREATE DATABASE IF NOT EXISTS power KEEP 3650 DURATION 10 BUFFER 16 WAL_LEVEL 1 "
                + "VGROUPS 2 REPLICA 1 PRECISION 'ms' CACHEMODEL 'none' KEEP 365d,365d,3650d")).isZero();
        assertThat(exec("create database if not exists power")).isZero();
        assertThat(exec("USE power;")).isZero();
        assertThat(session.database()).isEqualTo("power");
        assertThat(exec("CREATE STABLE IF NOT EXISTS meters (ts TIMESTAMP, current FLOAT) TAGS (g INT)")).isZero();
        assertThat(exec("ALTER DATABASE power KEEP 365")).isZero();
    }

    @Test
    void insertReportsRowsAcrossTablesAndAutoCreatesChildTables() {
        meters();
        long affected = exec("INSERT INTO d1001 USING meters TAGS (2, 'California.SanFrancisco') "
                + "VALUES (1538548685000, 10.3, 219, 0.31) "
                + "d1003 USING meters TAGS (3, 'California.SanFrancisco') VALUES (NOW - 1h, 10.2, 220, 0.23) "
                + "(NOW, 11.5, 221, 0.35)");
        assertThat(affected).isEqualTo(3);
        assertThat(rows("SELECT ts, voltage, groupid FROM meters WHERE tbname = 'd1003'")).containsExactly(
                row(NOW_MS - 3_600_000, 220L, 3L), row(NOW_MS, 221L, 3L));
        assertThat(rows("SELECT tbname, ts FROM d1001")).containsExactly(row("d1001", 1538548685000L));
    }

    @Test
    void usingClauseOfAnExistingTableLeavesItsTagsAlone() {
        meters();
        exec("INSERT INTO d1001 USING meters TAGS (99, 'x') VALUES (1000, 1, 1, 1)");
        assertThat(rows("SELECT groupid, location FROM d1001")).containsExactly(row(2L, "California.SanFrancisco"));
    }

    @Test
    void insertWithColumnListLeavesOmittedColumnsNull() {
        meters();
        exec("INSERT INTO power.d1001 (ts, current, phase) VALUES ('2018-10-03 14:38:05.000', 10.3, 0.31)");
        assertThat(rows("SELECT * FROM d1001")).containsExactly(row(1538577485000L, (double) 10.3f, null,
                (double) 0.31f));
    }

    @Test
    void duplicateTimestampReplacesOnlyTheWrittenColumns() {
        meters();
        exec("INSERT INTO d1001 VALUES (1000, 1.5, 220, 0.5)");
        exec("INSERT INTO d1001 (ts, voltage) VALUES (1000, 230)");
        exec("INSERT INTO d1001 (ts, phase) VALUES (1000, NULL)");
        assertThat(rows("SELECT * FROM d1001")).containsExactly(row(1000L, 1.5, 230L, null));
    }

    @Test
    void sameTimestampTwiceInOneStatementYieldsOneRowWithTheLaterValues() {
        meters();
        exec("INSERT INTO d1001 VALUES (1000, 1, 1, 1) (1000, 2, 2, 2) d1001 VALUES (500, 3, 3, 3)");
        assertThat(rows("SELECT ts, voltage FROM d1001")).containsExactly(row(500L, 3L), row(1000L, 2L));
    }

    @Test
    void rowsMovedUpByEarlierInsertsKeepTheirValuesAndNulls() {
        meters();
        exec("INSERT INTO d1001 VALUES (2000, 2, NULL, 2) (4000, NULL, 4, NULL) (6000, 6, 6, 6)");
        exec("INSERT INTO d1001 (ts, voltage) VALUES (1000, 1) (5000, 5) (3000, 3)");
        assertThat(rows("SELECT * FROM d1001")).containsExactly(row(1000L, null, 1L, null), row(2000L, 2.0, null, 2.0),
                row(3000L, null, 3L, null), row(4000L, null, 4L, null), row(5000L, null, 5L, null),
                row(6000L, 6.0, 6L, 6.0));
    }

    @Test
    void outOfOrderInsertsAreStoredInTimestampOrder() {
        meters();
        exec("INSERT INTO d1001 VALUES (3000, 3, 3, 3) (1000, 1, 1, 1)");
        exec("INSERT INTO d1001 VALUES (2000, 2, 2, 2) (4000, 4, 4, 4) (1000, 9, 9, 9)");
        assertThat(rows("SELECT ts, voltage FROM d1001")).containsExactly(row(1000L, 9L), row(2000L, 2L),
                row(3000L, 3L), row(4000L, 4L));
    }

    @Test
    void everyColumnTypeRoundTrips() {
        exec("CREATE DATABASE t");
        exec("USE t");
        exec("CREATE TABLE all_types (ts TIMESTAMP, b BOOL, i8 TINYINT, i16 SMALLINT, i32 INT, i64 BIGINT, "
                + "u8 TINYINT UNSIGNED, u16 SMALLINT UNSIGNED, u32 INT UNSIGNED, u64 BIGINT UNSIGNED, f FLOAT, "
                + "d DOUBLE, s VARCHAR(10), n NCHAR(4), vb VARBINARY(8), g GEOMETRY(32), dec DECIMAL(10,2))");
        exec("INSERT INTO all_types VALUES (1, true, -128, -32768, -2147483648, -9223372036854775808, 255, "
                + "65535, 4294967295, 18446744073709551615, 1.5, -2.25, 'abc', '日本語!', '\\x0a0b', "
                + "'POINT(1 2)', 12.345)");
        exec("INSERT INTO all_types VALUES (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
                + "NULL, NULL, NULL, NULL, NULL)");
        List<List<Object>> rows = rows("SELECT * FROM all_types");
        assertThat(rows.get(0)).containsExactly(1L, true, -128L, -32768L, -2147483648L, Long.MIN_VALUE, 255L,
                65535L, 4294967295L, -1L, 1.5, -2.25, "abc", "日本語!", new byte[] {10, 11},
                java.util.HexFormat.of().parseHex("0101000000000000000000f03f0000000000000040"),
                new BigDecimal("12.35"));
        assertThat(rows.get(1).subList(1, 17)).containsOnlyNulls();
        List<TaosField> fields = query("SELECT * FROM all_types").fields();
        assertThat(fields.get(12)).isEqualTo(new TaosField("s", TaosType.VARCHAR, 10));
        assertThat(fields.get(13)).isEqualTo(new TaosField("n", TaosType.NCHAR, 4));
        assertThat(fields.get(16)).isEqualTo(new TaosField("dec", TaosType.DECIMAL64, 8, 2));
    }

    @Test
    void jsonTagIsStoredAndQueryable() {
        exec("CREATE DATABASE j");
        exec("USE j");
        exec("CREATE STABLE s (ts TIMESTAMP, v INT) TAGS (info JSON)");
        exec("INSERT INTO t1 USING s TAGS ('{\"k\":\"v1\",\"n\":3}') VALUES (1, 10)");
        exec("INSERT INTO t2 USING s TAGS ('{\"k\":\"v2\"}') VALUES (1, 20)");
        assertThat(rows("SELECT info, v FROM s")).containsExactly(row("{\"k\":\"v1\",\"n\":3}", 10L),
                row("{\"k\":\"v2\"}", 20L));
        assertThat(rows("SELECT v FROM s WHERE info->'k' = '\"v2\"'")).containsExactly(row(20L));
        assertThat(query("SELECT info FROM s").fields().get(0)).isEqualTo(new TaosField("info", TaosType.JSON, 4095));
    }

    @Test
    void timestampsFollowTheDatabasePrecision() {
        exec("CREATE DATABASE us_db PRECISION 'us'");
        exec("CREATE DATABASE ns_db PRECISION 'ns'");
        exec("CREATE TABLE us_db.t (ts TIMESTAMP, v INT)");
        exec("CREATE TABLE ns_db.t (ts TIMESTAMP, v INT)");
        exec("INSERT INTO us_db.t VALUES ('2024-01-01T00:00:00.123456Z', 1) (NOW + 1u, 2)");
        exec("INSERT INTO ns_db.t VALUES ('2024-01-01 00:00:00.123456789', 1) (1704067200000000001, 2)");
        assertThat(rows("SELECT ts FROM us_db.t")).containsExactly(row(NOW_MS * 1000 + 1),
                row(NOW_MS * 1000 + 123_456));
        assertThat(rows("SELECT ts FROM ns_db.t")).containsExactly(row(NOW_MS * 1_000_000 + 1),
                row(NOW_MS * 1_000_000 + 123_456_789));
        assertThat(query("SELECT * FROM ns_db.t").precision()).isEqualTo(Precision.NANOSECONDS);
        assertThat(rows("SELECT v FROM us_db.t WHERE ts > '2024-01-01 00:00:00.000001'")).containsExactly(row(1L));
    }

    @Test
    void rfc3339OffsetsAreHonoured() {
        meters();
        exec("INSERT INTO d1001 VALUES ('2018-10-03T14:38:05.000+08:00', 1, 1, 1)");
        assertThat(rows("SELECT ts FROM d1001")).containsExactly(row(1538548685000L));
    }

    @Test
    void insertThroughSuperTableRoutesRowsByTbname() {
        meters();
        exec("INSERT INTO meters (tbname, location, groupId, ts, current, voltage, phase) "
                + "VALUES ('d1004', 'California.LosAngeles', 2, 1000, 13.4, 223, 0.29) "
                + "('d1001', 'ignored', 9, 2000, 1, 2, 3)");
        assertThat(rows("SELECT tbname, groupid, location, voltage FROM meters WHERE tbname IN ('d1004', 'd1001')"))
                .containsExactly(row("d1001", 2L, "California.SanFrancisco", 2L),
                        row("d1004", 2L, "California.LosAngeles", 223L));
    }

    @Test
    void dropStableDropsChildren() {
        meters();
        exec("DROP STABLE meters");
        assertThat(rows("SHOW TABLES")).isEmpty();
        exec("DROP TABLE IF EXISTS d1001, d1002");
        exec("DROP DATABASE power");
        assertThat(rows("SHOW DATABASES")).containsExactly(row("information_schema"), row("performance_schema"));
    }

    @Test
    void alterStableAddsAndDropsColumnsAndTags() {
        meters();
        exec("INSERT INTO d1001 VALUES (1000, 1, 2, 3)");
        exec("ALTER STABLE meters ADD COLUMN c2 DOUBLE");
        exec("INSERT INTO d1001 VALUES (2000, 1, 2, 3, 4.5)");
        assertThat(rows("SELECT ts, c2 FROM d1001")).containsExactly(row(1000L, null), row(2000L, 4.5));
        exec("ALTER STABLE meters DROP COLUMN phase");
        assertThat(names("SELECT * FROM d1001")).containsExactly("ts", "current", "voltage", "c2");
        exec("ALTER STABLE meters ADD TAG t3 INT");
        exec("ALTER TABLE d1001 SET TAG t3 = 7");
        exec("ALTER STABLE meters MODIFY TAG location VARCHAR(64)");
        assertThat(rows("SELECT t3 FROM d1001")).containsExactly(row(7L), row(7L));
        exec("ALTER STABLE meters DROP TAG groupid");
        assertThat(names("SELECT * FROM meters")).containsExactly("ts", "current", "voltage", "c2", "location", "t3");
        assertThat(query("DESCRIBE meters").value(4, 2)).isEqualTo(64L);
    }

    @Test
    void deleteRemovesRowsInTheTimeRange() {
        meters();
        exec("INSERT INTO d1001 VALUES (1000, 1, 1, 1) (2000, 2, 2, 2) (3000, 3, 3, 3)");
        assertThat(exec("DELETE FROM d1001 WHERE ts >= 2000")).isEqualTo(2);
        assertThat(rows("SELECT ts FROM d1001")).containsExactly(row(1000L));
    }
}
