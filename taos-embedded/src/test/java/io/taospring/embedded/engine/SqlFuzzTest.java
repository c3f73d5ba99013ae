package io.taospring.embedded.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.taospring.client.Fuzz;
import io.taospring.embedded.engine.sql.Parser;
import io.taospring.embedded.engine.sql.SqlText;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The embedded server's SQL parser and engine on random and mutated statements: each is parsed and run or
 * rejected with an {@link EngineException} carrying a TDengine code; never another exception, never a hang.
 */
@Tag("fuzz")
class SqlFuzzTest extends EngineTestSupport {

    private static final Fuzz FUZZ = Fuzz.target("embedded SQL parser and engine");
    private static final long CASE_ALLOCATION_LIMIT = 64L << 20;
    private static final int[] ALPHABET = ("selctfromwhrgupbyndiasvlq*(),;.'\"`=<>!+-/%_ 0123456789"
            + "\u00e9\u6c49").codePoints().toArray();
    private static final List<String> SEEDS = List.of(
            "select ts, current, voltage from meters where voltage > 200 and location = 'a' order by ts desc limit 5",
            "select avg(current), max(voltage) from meters partition by tbname interval(10s) fill(prev)",
            "insert into d1 using meters tags ('x', 2) values (now, 10.3, 219) (1700000000000, null, 220)",
            "create stable if not exists st (ts timestamp, v varchar(8)) tags (t int)",
            "select count(*), last_row(*) from meters where ts between '2024-01-01' and now - 1h group by location",
            "show create table meters",
            "describe meters",
            "select cast(current as int) + 1, concat(location, 'x'), case when voltage > 1 then 1 else 0 end from d1",
            "alter table meters add column c2 nchar(4)",
            "select * from (select ts, current from meters) where current is not null");

    @AfterAll
    static void report() {
        FUZZ.report();
    }

    @BeforeEach
    void createTables() {
        engine.execute(session, "create database if not exists fz");
        engine.execute(session, "use fz");
        engine.execute(session, "create stable if not exists meters (ts timestamp, current float, voltage int)"
                + " tags (location varchar(16), group_id int)");
        engine.execute(session, "insert into d1 using meters tags ('a', 1) values (1700000000000, 1.5, 210)"
                + " (1700000001000, 2.5, 230)");
    }

    @Test
    void randomTextIsParsedOrRejected() {
        qt().withExamples(FUZZ.examples(3_000)).forAll(Fuzz.text(ALPHABET, 100))
                .checkAssert(sql -> FUZZ.bounded(CASE_ALLOCATION_LIMIT, () -> parseOrReject(sql)));
    }

    @Test
    void mutatedStatementsAreRunOrRejected() {
        qt().withExamples(FUZZ.examples(3_000)).forAll(integers().between(0, SEEDS.size() - 1), Fuzz.edits())
                .checkAssert((seed, edits) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT,
                        () -> runOrReject(Fuzz.mutate(SEEDS.get(seed), edits, ALPHABET))));
    }

    private static void parseOrReject(String sql) {
        try {
            assertThat(Parser.parse(SqlText.normalise(sql))).isNotNull();
        } catch (EngineException e) {
            assertThat(e.code()).as(e.getMessage()).isNotZero();
        }
    }

    private void runOrReject(String sql) {
        try {
            assertThat(engine.execute(session, sql)).isNotNull();
        } catch (EngineException e) {
            assertThat(e.code()).as(e.getMessage()).isNotZero();
        }
    }
}
