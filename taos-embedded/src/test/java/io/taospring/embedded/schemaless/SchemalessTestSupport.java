package io.taospring.embedded.schemaless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taospring.embedded.engine.Engine;
import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.engine.SessionContext;
import io.taospring.embedded.engine.query.ColumnarResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** An engine on a fixed clock with database {@code sml} (given precision) and an inserter over it. */
abstract class SchemalessTestSupport {

    static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    final Engine engine = new Engine(Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);
    final SessionContext session = new SessionContext("root", null);
    final SchemalessInserter inserter = new SchemalessInserter(engine.catalog(), Clock.fixed(NOW, ZoneOffset.UTC));

    void database(String precision) {
        engine.execute(session, "create database sml precision '" + precision + "'");
        engine.execute(session, "use sml");
    }

    long line(String precision, String data) {
        return inserter.insert("sml", SchemalessInserter.LINE, precision, data, null).affectedRows();
    }

    long write(int protocol, String data) {
        return inserter.insert("sml", protocol, "", data, null).affectedRows();
    }

    EngineException failure(int protocol, String precision, String data) {
        EngineException e = catchThrowableOfType(EngineException.class,
                () -> inserter.insert("sml", protocol, precision, data, null));
        assertThat(e).as("expected %s to fail", data).isNotNull();
        return e;
    }

    List<List<Object>> rows(String sql) {
        ColumnarResult result = (ColumnarResult) engine.execute(session, sql);
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

    /** {@code name TYPE(len) [TAG]} per column of DESCRIBE, e.g. {@code c3 VARCHAR(8)}. */
    List<String> schema(String table) {
        return rows("describe " + table).stream()
                .map(r -> r.get(0) + " " + typeWithLength(r) + (String.valueOf(r.get(3)).equals("TAG") ? " TAG" : ""))
                .toList();
    }

    private static String typeWithLength(List<Object> row) {
        String type = String.valueOf(row.get(1));
        boolean variable = type.equals("VARCHAR") || type.equals("NCHAR") || type.equals("VARBINARY")
                || type.equals("GEOMETRY");
        return variable ? type + "(" + row.get(2) + ")" : type;
    }

    /** The documented child-table name: t_ + md5 of the given text. */
    static String md5Name(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        return "t_" + HexFormat.of().formatHex(digest);
    }
}
