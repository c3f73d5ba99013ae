package io.taospring.embedded.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WindowTest extends EngineTestSupport {

    @BeforeEach
    void data() {
        meters();
        exec("INSERT INTO d1001 VALUES (1000, 10.5, 219, 0.25) (2000, 12.5, 221, 0.5) (3000, NULL, 222, 0.75)");
        exec("INSERT INTO d1002 VALUES (1500, 11.0, 230, 0.125) (2500, 13.0, 232, 0.25)");
    }

    @Test
    void intervalWindowsWithStartAndEnd() {
        assertThat(query("SELECT _wstart, _wend, _wduration, count(*) FROM meters INTERVAL(1s)").fields())
                .containsExactly(TaosField.of("_wstart", TaosType.TIMESTAMP), TaosField.of("_wend", TaosType.TIMESTAMP),
                        TaosField.of("_wduration", TaosType.BIGINT), TaosField.of("count(*)", TaosType.BIGINT));
        assertThat(rows("SELECT _wstart, _wend, count(*), avg(voltage) FROM meters INTERVAL(1s)")).containsExactly(
                row(1000L, 2000L, 2L, 224.5), row(2000L, 3000L, 2L, 226.5), row(3000L, 4000L, 1L, 222.0));
    }

    @Test
    void slidingWindowsOverlap() {
        assertThat(rows("SELECT _wstart, count(*) FROM meters INTERVAL(2s) SLIDING(1s)")).containsExactly(
                row(0L, 2L), row(1000L, 4L), row(2000L, 3L), row(3000L, 1L));
    }

    @Test
    void intervalOffsetShiftsWindows() {
        assertThat(rows("SELECT _wstart, count(*) FROM d1001 INTERVAL(2s, 500a)")).containsExactly(
                row(500L, 2L), row(2500L, 1L));
    }

    @Test
    void fillModes() {
        String base = "SELECT _wstart, max(voltage) FROM d1001 WHERE ts >= 0 AND ts < 5000 INTERVAL(1s) ";
        assertThat(rows(base + "FILL(NONE)")).containsExactly(row(1000L, 219L), row(2000L, 221L), row(3000L, 222L));
        assertThat(rows(base + "FILL(NULL)")).containsExactly(row(0L, null), row(1000L, 219L), row(2000L, 221L),
                row(3000L, 222L), row(4000L, null));
        assertThat(rows(base + "FILL(VALUE, 7)")).containsExactly(row(0L, 7L), row(1000L, 219L), row(2000L, 221L),
                row(3000L, 222L), row(4000L, 7L));
        assertThat(rows(base + "FILL(PREV)")).containsExactly(row(0L, null), row(1000L, 219L), row(2000L, 221L),
                row(3000L, 222L), row(4000L, 222L));
        assertThat(rows(base + "FILL(NEXT)")).containsExactly(row(0L, 219L), row(1000L, 219L), row(2000L, 221L),
                row(3000L, 222L), row(4000L, null));
    }

    @Test
    void linearFillInterpolates() {
        assertThat(rows("SELECT _wstart, avg(voltage) FROM d1001 WHERE ts >= 500 AND ts <= 3499 "
                + "INTERVAL(500a) FILL(LINEAR)")).containsExactly(row(500L, null), row(1000L, 219.0),
                row(1500L, 220.0), row(2000L, 221.0), row(2500L, 221.5), row(3000L, 222.0));
    }

    @Test
    void partitionedWindowsWithSlimit() {
        assertThat(rows("SELECT tbname, _wstart, count(*) FROM meters PARTITION BY tbname INTERVAL(1s) SLIMIT 1"))
                .containsExactly(row("d1001", 1000L, 1L), row("d1001", 2000L, 1L), row("d1001", 3000L, 1L));
        assertThat(rows("SELECT tbname, _wstart, count(*) FROM meters PARTITION BY tbname INTERVAL(1s) LIMIT 1"))
                .containsExactly(row("d1001", 1000L, 1L), row("d1002", 1000L, 1L));
    }

    @Test
    void calendarMonthWindows() {
        exec("INSERT INTO d1001 VALUES ('2024-01-15 00:00:00', 1, 1, 1) ('2024-02-03 00:00:00', 1, 2, 1) "
                + "('2024-02-28 00:00:00', 1, 3, 1)");
        assertThat(rows("SELECT _wstart, sum(voltage) FROM d1001 WHERE ts >= '2024-01-01' INTERVAL(1n)"))
                .containsExactly(row(1704067200000L, 1L), row(1706745600000L, 5L));
    }
}
