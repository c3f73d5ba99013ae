package io.taospring.embedded.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AggregateTest extends EngineTestSupport {

    @BeforeEach
    void data() {
        meters();
        exec("INSERT INTO d1001 VALUES (1000, 10.5, 219, 0.25) (2000, 12.5, 221, 0.5) (3000, NULL, 222, 0.75)");
        exec("INSERT INTO d1002 VALUES (1500, 11.0, 230, 0.125) (2500, 13.0, 232, 0.25)");
    }

    @Test
    void everyAggregateOverTheSuperTable() {
        assertThat(rows("SELECT count(*), count(current), sum(voltage), sum(current), avg(voltage), min(current), "
                + "max(voltage), first(current), last(current), last_row(current), spread(voltage), "
                + "hyperloglog(voltage) FROM meters"))
                .containsExactly(row(5L, 4L, 1124L, 47.0, 224.8, 10.5, 232L, 10.5, 13.0, null, 13.0, 5L));
        assertThat((Double) query("SELECT stddev(voltage) FROM meters").value(0, 0))
                .isCloseTo(Math.sqrt(26.96), within(1e-9));
    }

    @Test
    void aggregateResultTypesFollowTheSpec() {
        assertThat(query("SELECT COUNT(*), sum(voltage), sum(current), AVG( current ), min(current), "
                + "max(location), spread(voltage), stddev(voltage) FROM meters").fields()).containsExactly(
                TaosField.of("count(*)", TaosType.BIGINT), TaosField.of("sum(voltage)", TaosType.BIGINT),
                TaosField.of("sum(current)", TaosType.DOUBLE), TaosField.of("avg( current )", TaosType.DOUBLE),
                TaosField.of("min(current)", TaosType.FLOAT), new TaosField("max(location)", TaosType.VARCHAR, 24),
                TaosField.of("spread(voltage)", TaosType.DOUBLE), TaosField.of("stddev(voltage)", TaosType.DOUBLE));
    }

    @Test
    void singleTableAggregates() {
        assertThat(rows("SELECT percentile(voltage, 50), twa(voltage), elapsed(ts), elapsed(ts, 1s), "
                + "apercentile(voltage, 100) FROM d1001")).containsExactly(row(221.0, 220.75, 2000.0, 2.0, 222.0));
    }

    @Test
    void multiColumnSelectorsExpandWithTheirLabels() {
        assertThat(names("SELECT last_row(*) FROM d1001")).containsExactly("last_row(ts)", "last_row(current)",
                "last_row(voltage)", "last_row(phase)");
        assertThat(rows("SELECT last_row(*) FROM d1001")).containsExactly(row(3000L, null, 222L, 0.75));
        assertThat(names("SELECT last(ts, current) FROM d1001")).containsExactly("last(ts)", "last(current)");
        assertThat(rows("SELECT last(ts, current) FROM d1001")).containsExactly(row(3000L, 12.5));
        assertThat(rows("SELECT first(*) FROM d1001")).containsExactly(row(1000L, 10.5, 219L, 0.25));
    }

    @Test
    void plainColumnsNextToASingleSelectorComeFromTheSelectedRow() {
        assertThat(rows("SELECT ts, max(voltage), location FROM meters")).containsExactly(
                row(2500L, 232L, "California.LosAngeles"));
    }

    @Test
    void zeroRowsGiveOneRowOnlyWithCount() {
        assertThat(rows("SELECT count(*), sum(voltage), max(1) FROM meters WHERE ts > 10000"))
                .containsExactly(row(0L, null, null));
        assertThat(rows("SELECT sum(voltage), max(voltage) FROM meters WHERE ts > 10000")).isEmpty();
        exec("CREATE TABLE d1003 USING meters TAGS (4, 'x')");
        assertThat(rows("SELECT tbname, count(*) FROM meters PARTITION BY tbname")).containsExactly(
                row("d1001", 3L), row("d1002", 2L), row("d1003", 0L));
    }

    @Test
    void partitionByTbname() {
        assertThat(rows("SELECT tbname, avg(voltage) FROM meters PARTITION BY tbname")).containsExactly(
                row("d1001", 662 / 3.0), row("d1002", 231.0));
        assertThat(rows("SELECT tbname, last_row(*) FROM meters PARTITION BY tbname")).containsExactly(
                row("d1001", 3000L, null, 222L, 0.75), row("d1002", 2500L, 13.0, 232L, 0.25));
    }

    @Test
    void groupByTagWithOrderHavingAndLimit() {
        assertThat(rows("SELECT location, count(*) FROM meters GROUP BY location ORDER BY location")).containsExactly(
                row("California.LosAngeles", 2L), row("California.SanFrancisco", 3L));
        assertThat(rows("SELECT groupid, count(*) c FROM meters GROUP BY groupid HAVING count(*) > 2"))
                .containsExactly(row(2L, 3L));
        assertThat(rows("SELECT groupid, max(voltage) FROM meters GROUP BY groupid ORDER BY max(voltage) DESC LIMIT 1"))
                .containsExactly(row(3L, 232L));
    }

    @Test
    void groupByDataColumn() {
        exec("INSERT INTO d1002 VALUES (3500, 1, 219, 0)");
        assertThat(rows("SELECT voltage, count(*) FROM meters GROUP BY voltage ORDER BY voltage LIMIT 2"))
                .containsExactly(row(219L, 2L), row(221L, 1L));
    }

    @Test
    void aggregateOfAnExpression() {
        assertThat(rows("SELECT sum(voltage * 2), max(voltage) - min(voltage) FROM d1001"))
                .containsExactly(row(1324.0, 3.0));
    }
}
