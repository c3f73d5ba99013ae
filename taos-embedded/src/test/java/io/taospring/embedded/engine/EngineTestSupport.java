package io.taospring.embedded.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taospring.client.TaosField;
import io.taospring.embedded.engine.query.ColumnarResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A fresh engine on a fixed clock (2024-01-01T00:00:00Z) and helpers to run statements. */
abstract class EngineTestSupport {

    static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
    static final long NOW_MS = NOW.toEpochMilli();

    final Engine engine = new Engine(Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);
    final SessionContext session = new SessionContext("root", null);

    long exec(String sql) {
        StatementResult result = engine.execute(session, sql);
        assertThat(result).isInstanceOf(UpdateResult.class);
        return ((UpdateResult) result).affectedRows();
    }

    ColumnarResult query(String sql) {
        StatementResult result = engine.execute(session, sql);
        assertThat(result).isInstanceOf(ColumnarResult.class);
        return (ColumnarResult) result;
    }

    List<List<Object>> rows(String sql) {
        ColumnarResult result = query(sql);
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < result.rowCount(); r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < result.fields().size(); c++) {
                row.add(result.value(r, c));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    List<String> names(String sql) {
        return query(sql).fields().stream().map(TaosField::name).toList();
    }

    EngineException error(String sql) {
        EngineException e = catchThrowableOfType(EngineException.class, () -> engine.execute(session, sql));
        assertThat(e).as("expected %s to fail", sql).isNotNull();
        return e;
    }

    void assertError(String sql, int code, String message) {
        EngineException e = error(sql);
        assertThat(e.code()).as("code of %s: %s", sql, e.getMessage()).isEqualTo(code);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    /** Creates database power (ms) with the meters super table and d1001 (group 2), d1002 (group 3). */
    void meters() {
        exec("CREATE DATABASE power");
        exec("USE power");
        exec("CREATE STABLE meters (ts TIMESTAMP, current FLOAT, voltage INT, phase FLOAT) "
                + "TAGS (groupId INT, location VARCHAR(24))");
        exec("CREATE TABLE d1001 USING meters TAGS (2, 'California.SanFrancisco')");
        exec("CREATE TABLE d1002 USING meters TAGS (3, 'California.LosAngeles')");
    }
}
