package io.taospring.embedded.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorsTest extends EngineTestSupport {

    @Test
    void syntaxErrorQuotesTheRestOfTheStatementLowerCased() {
        assertError("SELEC * FROM meters", 0x2600, "syntax error near \"selec * from meters\"");
        assertError("SELECT * FROM meters WHERE ts >>> 1", 0x2600, "syntax error near \">> 1\"");
        assertError("select * FROM meters partition 'x'", 0x2600, "syntax error near \"'x'\"");
    }

    @Test
    void earlyEndIsIncomplete() {
        assertError("SELECT * FROM", 0x2601, "Incomplete SQL statement");
        assertError("CREATE DATABASE", 0x2601, "Incomplete SQL statement");
    }

    @Test
    void databaseErrors() {
        assertError("USE nope", 0x0388, "Database not exist");
        assertError("SELECT * FROM nope.t", 0x0388, "Database not exist");
        assertError("SELECT * FROM t", 0x2616, "Database not specified");
        exec("CREATE DATABASE power");
        assertError("CREATE DATABASE power", 0x0381, "Database already exists");
        assertError("DROP DATABASE nope", 0x0388, "Database not exist");
    }

    @Test
    void tableErrors() {
        meters();
        assertError("SELECT * FROM nope", 0x2603, "Table does not exist: nope");
        assertError("INSERT INTO nope VALUES (1, 2)", 0x2603, "Table does not exist: nope");
        assertError("INSERT INTO d9 USING nope TAGS (1) VALUES (1, 2)", 0x2603, "Table does not exist: nope");
        assertError("CREATE STABLE meters (ts TIMESTAMP, v INT) TAGS (t INT)", 0x0360, "STable already exists");
        assertError("CREATE TABLE d1001 USING meters TAGS (1, 'x')", 0x0603, "Table already exists");
        assertError("CREATE TABLE d9 USING meters TAGS (1)", 0x260D, "Tags number not matched");
        assertError("CREATE TABLE t (v INT, ts TIMESTAMP)", 0x2641, "First column must be timestamp");
        assertError("DESCRIBE nope", 0x2603, "Table does not exist: nope");
        assertError("DROP TABLE nope", 0x2603, "Table does not exist: nope");
        exec("CREATE STABLE other (ts TIMESTAMP, v INT) TAGS (t INT)");
        assertError("INSERT INTO d1001 USING other TAGS (1) VALUES (1, 2)", 0x061D,
                "Table already exists in other stables");
    }

    @Test
    void insertValueErrors() {
        meters();
        assertError("INSERT INTO d1001 VALUES (1, 2, 3)", 0x263F, "Illegal number of columns");
        assertError("INSERT INTO d1001 VALUES (1, 2, 3, 4, 5)", 0x263F, "Illegal number of columns");
        assertError("INSERT INTO d1001 VALUES (1, 2, 'abc', 4)", 0x0216,
                "syntax error near ''abc', 4)' (invalid int data)");
        assertError("INSERT INTO d1001 VALUES (1, 2, 3000000000, 4)", 0x0216,
                "syntax error near '3000000000, 4)' (int data overflow)");
        assertError("INSERT INTO d1001 VALUES ('2018-13-45', 2, 3, 4)", 0x0216,
                "syntax error near ''2018-13-45', 2, 3, 4)' (invalid timestamp)");
        assertError("INSERT INTO d9 USING meters TAGS (2, '0123456789012345678901234') VALUES (1, 2, 3, 4)", 0x2653,
                "Value too long for column/tag: location");
        assertError("INSERT INTO d1001 (ts, nope) VALUES (1, 2)", 0x2602, "Invalid column name: nope");
        assertError("SELECT nope FROM d1001", 0x2602, "Invalid column name: nope");
    }

    @Test
    void failedInsertAppliesNothing() {
        meters();
        error("INSERT INTO d1001 VALUES (1, 1, 1, 1) d9 USING meters TAGS (5, 'x') VALUES (2, 2, 2, 2) "
                + "d1002 VALUES (3, 3, 'bad', 3)");
        assertThat(rows("SELECT * FROM meters")).isEmpty();
        assertThat(rows("SHOW TABLES")).containsExactly(row("d1001"), row("d1002"));
    }

    @Test
    void fillWithoutTimeRangeIsRejected() {
        meters();
        assertError("SELECT _wstart, count(*) FROM meters INTERVAL(1s) FILL(NULL)", 0x263B,
                "Start(end) time of query range required or time range too large");
    }

    @Test
    void topicErrors() {
        meters();
        exec("CREATE TOPIC t1 AS DATABASE power");
        assertError("CREATE TOPIC t1 AS DATABASE power", 0x03E0, "Topic already exists");
        assertError("DROP TOPIC nope", 0x03E1, "Topic not exist");
    }
}
