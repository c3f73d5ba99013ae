package io.taospring.embedded.schemaless;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaEvolutionTest extends SchemalessTestSupport {

    @BeforeEach
    void createDatabase() {
        database("ms");
    }

    @Test
    void addsNewColumnsWithNullsForOlderRows() {
        line("ms", "m,t=1 a=1 1700000000000");
        line("ms", "m,t=1 b=2i 1700000001000");

        assertThat(schema("m")).containsExactly("_ts TIMESTAMP", "a DOUBLE", "b BIGINT", "t NCHAR(2) TAG");
        assertThat(rows("select a, b from m order by _ts")).containsExactly(Arrays.asList(1.0, null),
                Arrays.asList(null, 2L));
    }

    @Test
    void addsNewTagsAndCreatesANewChildTableForTheNewTagSet() {
        line("ms", "m,t=1 a=1 1700000000000");
        line("ms", "m,t=1,u=x a=2 1700000001000");

        assertThat(schema("m")).containsExactly("_ts TIMESTAMP", "a DOUBLE", "t NCHAR(2) TAG", "u NCHAR(2) TAG");
        assertThat(rows("select count(*) from information_schema.ins_tables where stable_name = 'm'"))
                .containsExactly(List.of(2L));
        assertThat(rows("select t, u from m order by _ts")).containsExactly(Arrays.asList("1", null),
                Arrays.asList("1", "x"));
    }

    @Test
    void widensVariableColumnsAndTagsToTheNextPowerOfTwo() {
        line("ms", "m,t=a s=\"abc\" 1700000000000");
        line("ms", "m,t=abcdefghij s=\"abcdefghijklmnopq\" 1700000001000");

        assertThat(schema("m")).containsExactly("_ts TIMESTAMP", "s VARCHAR(32)", "t NCHAR(16) TAG");
    }

    @Test
    void widensToTheLongestValueOfABatch() {
        line("ms", "m,t=a s=\"a\" 1\nm,t=a s=\"abcdefghi\" 2");

        assertThat(schema("m")).contains("s VARCHAR(16)");
    }

    @Test
    void rejectsATypeThatDiffersFromTheStoredColumn() {
        line("ms", "m,t=1 c4=4 1700000000000");

        var e = failure(SchemalessInserter.LINE, "ms", "m,t=1 c4=4i 1700000001000");

        assertThat(e.code()).isEqualTo(SmlErrors.INVALID_DATA);
        assertThat(e.getMessage()).startsWith("point type and db type mismatch:c4=4i");
    }

    @Test
    void rejectsTwoTypesForOneKeyInOneRequest() {
        var e = failure(SchemalessInserter.LINE, "ms", "m,t=1 c=1 1\nm,t=1 c=\"x\" 2");

        assertThat(e.code()).isEqualTo(SmlErrors.NOT_SAME_TYPE);
        assertThat(rows("show stables")).isEmpty();
    }

    @Test
    void writesIntoASuperTableCreatedWithSql() {
        engine.execute(session, "create stable meters (ts timestamp, current double) tags (location nchar(16))");

        line("ms", "meters,location=LA current=10.5,voltage=220i32 1700000000000");

        assertThat(schema("meters")).containsExactly("ts TIMESTAMP", "current DOUBLE", "voltage INT",
                "location NCHAR(16) TAG");
        assertThat(rows("select ts, current, voltage, location from meters")).containsExactly(
                List.of(1700000000000L, 10.5, 220L, "LA"));
    }

    @Test
    void overwritesTheRowOfTheSameTimestamp() {
        line("ms", "m,t=1 a=1 1700000000000");
        line("ms", "m,t=1 a=2 1700000000000");

        assertThat(rows("select a from m")).containsExactly(List.of(2.0));
    }
}
