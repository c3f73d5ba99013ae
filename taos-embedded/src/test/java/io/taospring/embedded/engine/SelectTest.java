package io.taospring.embedded.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SelectTest extends EngineTestSupport {

    @BeforeEach
    void data() {
        meters();
        exec("INSERT INTO d1001 VALUES (1000, 10.5, 219, 0.25) (2000, 12.5, 221, 0.5) (3000, NULL, 222, 0.75)");
        exec("INSERT INTO d1002 VALUES (1500, 11.0, 230, 0.125) (2500, 13.0, 232, 0.25)");
    }

    @Test
    void selectStarOnSuperTableListsColumnsThenTags() {
        assertThat(query("SELECT * FROM meters").fields()).containsExactly(
                TaosField.of("ts", TaosType.TIMESTAMP), TaosField.of("current", TaosType.FLOAT),
                TaosField.of("voltage", TaosType.INT), TaosField.of("phase", TaosType.FLOAT),
                TaosField.of("groupid", TaosType.INT), new TaosField("location", TaosType.VARCHAR, 24));
        assertThat(rows("SELECT * FROM meters")).hasSize(5).first()
                .isEqualTo(row(1000L, 10.5, 219L, 0.25, 2L, "California.SanFrancisco"));
        assertThat(names("SELECT * FROM d1001")).containsExactly("ts", "current", "voltage", "phase");
    }

    @Test
    void tbnameIsAVarchar270PseudoColumn() {
        assertThat(query("SELECT tbname, * FROM meters").fields().get(0))
                .isEqualTo(new TaosField("tbname", TaosType.VARCHAR, 270));
        assertThat(rows("SELECT DISTINCT tbname FROM meters")).containsExactly(row("d1001"), row("d1002"));
    }

    @Test
    void expressionsAreLabelledWithTheirLowerCasedTextAndAliasesWin() {
        assertThat(names("SELECT VOLTAGE * 2, voltage + 1 AS v1, `current` cur, _rowts FROM d1001"))
                .containsExactly("voltage * 2", "v1", "cur", "_rowts");
        assertThat(rows("SELECT voltage * 2, voltage + 1 AS v1 FROM d1001 LIMIT 1")).containsExactly(row(438.0, 220.0));
        assertThat(query("SELECT voltage * 2 FROM d1001").fields().get(0).type()).isEqualTo(TaosType.DOUBLE);
    }

    @Test
    void whereOnTimeTagsAndColumns() {
        assertThat(rows("SELECT ts FROM meters WHERE ts >= 1500 AND ts < 2500 ORDER BY ts"))
                .containsExactly(row(1500L), row(2000L));
        assertThat(rows("SELECT ts FROM meters WHERE groupid = 3")).containsExactly(row(1500L), row(2500L));
        assertThat(rows("SELECT ts FROM meters WHERE location LIKE '%Los%' AND voltage > 230"))
                .containsExactly(row(2500L));
        assertThat(rows("SELECT ts FROM d1001 WHERE current IS NULL")).containsExactly(row(3000L));
        assertThat(rows("SELECT ts FROM d1001 WHERE current IS NOT NULL AND NOT voltage = 219"))
                .containsExactly(row(2000L));
        assertThat(rows("SELECT ts FROM d1001 WHERE voltage BETWEEN 220 AND 222 OR voltage IN (219)"))
                .containsExactly(row(1000L), row(2000L), row(3000L));
        assertThat(rows("SELECT ts FROM meters WHERE tbname IN ('d1002') AND voltage NOT IN (230)"))
                .containsExactly(row(2500L));
        assertThat(rows("SELECT ts FROM d1001 WHERE ts BETWEEN '1970-01-01 00:00:01' AND '1970-01-01T00:00:02Z'"))
                .containsExactly(row(1000L), row(2000L));
        assertThat(rows("SELECT ts FROM meters WHERE location MATCH '^Cal.*Fran' AND phase <> 0.25"))
                .containsExactly(row(2000L), row(3000L));
    }

    @Test
    void relativeTimeWithNow() {
        exec("INSERT INTO d1001 VALUES (NOW - 1h, 1, 1, 1) (NOW + 1s, 2, 2, 2)");
        assertThat(rows("SELECT ts FROM d1001 WHERE ts > NOW - 2h")).containsExactly(row(NOW_MS - 3_600_000),
                row(NOW_MS + 1000));
    }

    @Test
    void orderLimitOffset() {
        assertThat(rows("SELECT ts FROM d1001 ORDER BY ts DESC LIMIT 2 OFFSET 0")).containsExactly(row(3000L),
                row(2000L));
        assertThat(rows("SELECT ts FROM meters ORDER BY ts LIMIT 1, 2")).containsExactly(row(1500L), row(2000L));
        assertThat(rows("SELECT ts, voltage v FROM meters ORDER BY v DESC LIMIT 1")).containsExactly(row(2500L, 232L));
        assertThat(rows("SELECT ts, voltage FROM meters ORDER BY 2 LIMIT 1")).containsExactly(row(1000L, 219L));
        assertThat(rows("SELECT current FROM d1001 ORDER BY current")).containsExactly(row((Object) null), row(10.5),
                row(12.5));
        assertThat(rows("SELECT current FROM d1001 ORDER BY current DESC NULLS FIRST LIMIT 2"))
                .containsExactly(row((Object) null), row(12.5));
        assertThat(rows("SELECT ts FROM meters LIMIT 2 OFFSET 2")).containsExactly(row(3000L), row(1500L));
    }

    @Test
    void partitionByLimitsPerPartitionAndSlimitCutsPartitions() {
        assertThat(rows("SELECT tbname, ts FROM meters PARTITION BY tbname LIMIT 1"))
                .containsExactly(row("d1001", 1000L), row("d1002", 1500L));
        assertThat(rows("SELECT tbname, ts FROM meters PARTITION BY tbname SLIMIT 1 SOFFSET 1"))
                .containsExactly(row("d1002", 1500L), row("d1002", 2500L));
    }

    @Test
    void systemFunctionsAndConstants() {
        assertThat(rows("SELECT SERVER_VERSION()")).containsExactly(row(Engine.SERVER_VERSION));
        assertThat(query("SELECT server_version()  as version").fields())
                .containsExactly(new TaosField("version", TaosType.VARCHAR, 30));
        assertThat(query("select 1").fields()).containsExactly(TaosField.of("1", TaosType.BIGINT));
        assertThat(rows("select 1")).containsExactly(row(1L));
        assertThat(rows("SELECT SERVER_STATUS(), DATABASE(), CLIENT_VERSION()"))
                .containsExactly(row(1L, "power", Engine.SERVER_VERSION));
        assertThat(query("SELECT server_status()").fields()).containsExactly(TaosField.of("server_status()",
                TaosType.INT));
        assertThat(rows("SELECT NOW(), TODAY()")).containsExactly(row(NOW_MS, NOW_MS));
        assertThat(rows("SELECT TIMEZONE()")).containsExactly(row("UTC (UTC, +0000)"));
    }

    @Test
    void scalarFunctions() {
        assertThat(rows("SELECT abs(-voltage), concat(location, '!'), length(location), upper('ab'), "
                + "cast(voltage AS VARCHAR(8)), round(current) FROM d1001 LIMIT 1"))
                .containsExactly(row(219L, "California.SanFrancisco!", 23L, "AB", "219", 11.0));
    }

    @Test
    void resultsAreSnapshots() {
        var before = query("SELECT ts FROM d1001");
        exec("INSERT INTO d1001 VALUES (4000, 1, 1, 1)");
        assertThat(before.rowCount()).isEqualTo(3);
        assertThat(query("SELECT ts FROM d1001").rowCount()).isEqualTo(4);
    }
}
