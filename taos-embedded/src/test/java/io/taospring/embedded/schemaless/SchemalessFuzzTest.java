package io.taospring.embedded.schemaless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.taospring.client.Fuzz;
import io.taospring.client.TaosField;
import io.taospring.client.schemaless.Point;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.engine.query.ColumnarResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated input never crashes or hangs the parser: every request is written or rejected with an
 * {@link EngineException}; and points rendered by the client's {@link Point} read back exactly.
 */
@Tag("fuzz")
class SchemalessFuzzTest extends SchemalessTestSupport {

    private static final Fuzz FUZZ = Fuzz.target("embedded line protocol / telnet / JSON parsers");
    private static final long CASE_ALLOCATION_LIMIT = 64L << 20;

    /** Characters that matter to the three formats, plus ordinary and multi-byte ones. */
    private static final int[] ALPHABET =
            " ,=\\\"\n#{}[]:Lliuf0123456789.-+eEtTbBgGx_ab\u00e9\u6c49\ud83d\ude00".codePoints().toArray();
    private static final List<String> SEEDS = List.of(
            "st,t1=3,t2=4,t3=t3 c1=3i64,c3=\"passit\",c2=false,c4=4f64 1626006833639000000",
            "m\\ x,t\\,k=v\\=1 s=\"a\\\"b\\\\c\",n=L\"\u6c49\",b=B\"\\x0a\" 1700000000000",
            "meters.current 1648432611249 10.3 location=California.SanFrancisco groupid=2",
            "[{\"metric\":\"m\",\"timestamp\":1648432611249,\"value\":{\"value\":3,\"type\":\"i8\"},\"tags\":{\"t\":\"x\"}}]");

    private final AtomicInteger tables = new AtomicInteger();

    @AfterAll
    static void report() {
        FUZZ.report();
    }

    @BeforeEach
    void createDatabase() {
        database("ms");
    }

    @Test
    void randomTextIsWrittenOrRejectedCleanly() {
        qt().withExamples(FUZZ.examples(3_000)).forAll(Fuzz.text(ALPHABET, 120), integers().between(1, 3), integers().between(0, 7))
                .checkAssert((data, protocol, precision) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT,
                        () -> writeOrReject(protocol, precision, data)));
    }

    @Test
    void mutatedLinesAreWrittenOrRejectedCleanly() {
        qt().withExamples(FUZZ.examples(5_000)).forAll(integers().between(0, SEEDS.size() - 1), Fuzz.edits(),
                integers().between(0, 7))
                .checkAssert((seed, edits, precision) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT, () -> {
                    String data = Fuzz.mutate(SEEDS.get(seed), edits, ALPHABET);
                    writeOrReject(seed == 2 ? 2 : seed == 3 ? 3 : 1, precision, data);
                }));
    }

    @Test
    void renderedPointsReadBackExactly() {
        qt().withExamples(FUZZ.examples(500)).forAll(Fuzz.text(ALPHABET, 12), Fuzz.text(ALPHABET, 12), longs().between(-1L << 50, 1L << 50),
                longs().between(1, 4_000_000_000_000L))
                .checkAssert((tag, text, integer, millis) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT,
                        () -> roundTrip(tag, text, integer, millis)));
    }

    private void roundTrip(String tagValue, String text, long integer, long millis) {
        int fraction = (int) (integer % 1_000_000);
        boolean flag = integer % 2 == 0;
        String name = "p" + tables.incrementAndGet() + " ,=\\x";
        Point point;
        try {
            point = Point.measurement(name).tag("t ,=", tagValue).field("i", integer).field("d", fraction / 7.0)
                    .field("b", flag).field("s", text).fieldNchar("n", text)
                    .timestamp(millis, TimeUnit.MILLISECONDS).build();
        } catch (IllegalArgumentException e) {
            return;
        }
        line("ms", point.toLine(SchemalessPrecision.MILLISECONDS));
        Map<String, Object> row = onlyRow("`" + name + "`");
        assertThat(row).containsEntry("_ts", millis).containsEntry("i", integer)
                .containsEntry("d", fraction / 7.0).containsEntry("b", flag).containsEntry("s", text)
                .containsEntry("n", text).containsEntry("t ,=", tagValue);
    }

    private Map<String, Object> onlyRow(String table) {
        ColumnarResult result = (ColumnarResult) engine.execute(session, "select *, `t ,=` from " + table);
        assertThat(result.rowCount()).isEqualTo(1);
        Map<String, Object> row = new HashMap<>();
        List<TaosField> fields = result.fields();
        for (int c = 0; c < fields.size(); c++) {
            row.put(fields.get(c).name(), result.value(0, c));
        }
        return row;
    }

    private void writeOrReject(int protocol, int precisionIndex, String data) {
        String precision = List.of("", "h", "m", "s", "ms", "u", "ns", "us").get(precisionIndex);
        try {
            SchemalessResult result = inserter.insert("sml", protocol, precision, data, null);
            assertThat(result.affectedRows()).isEqualTo(result.totalRows()).isNotNegative();
        } catch (EngineException e) {
            assertThat(e.code()).isNotZero();
            assertThat(e.getMessage()).isNotEmpty();
        }
    }
}
