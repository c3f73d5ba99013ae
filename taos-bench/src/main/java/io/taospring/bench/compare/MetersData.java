package io.taospring.bench.compare;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import java.util.ArrayList;
import java.util.List;

/** The meters schema of TDengine's examples, and SQL that fills it. */
final class MetersData {

    static final String DATABASE = "taos_bench";
    static final int TABLES = 100;
    static final int ROWS_PER_STATEMENT = 1_000;
    /** 2024-01-01T00:00:00Z: timestamps count up in milliseconds from here. */
    static final long EPOCH_MS = 1_704_067_200_000L;

    private MetersData() {
    }

    /** Creates the database and the super table, dropping earlier bench data. */
    static void createSchema(TaosClient client) {
        try (TaosSession s = client.openSession()) {
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE + " precision 'ms'");
            s.execute("create stable " + DATABASE + ".meters (ts timestamp, current float, voltage int, phase float)"
                    + " tags (groupid int, location varchar(24))");
        }
    }

    /** Inserts {@code rows} rows spread over {@link #TABLES} child tables {@code prefix0..prefix99}. */
    static void fill(TaosClient client, String prefix, int rows) {
        try (TaosSession s = client.openSession()) {
            for (String sql : inserts(prefix, rows, 0)) {
                s.execute(sql);
            }
        }
    }

    /**
     * INSERT statements of {@link #ROWS_PER_STATEMENT} rows each for {@code rows} rows, round-robin over the
     * child tables, auto-creating them; {@code timeOffset} keeps rounds apart.
     */
    static List<String> inserts(String prefix, int rows, long timeOffset) {
        List<String> statements = new ArrayList<>(rows / ROWS_PER_STATEMENT + 1);
        int perTable = Math.max(1, (rows + TABLES - 1) / TABLES);
        int written = 0;
        for (int t = 0; t < TABLES && written < rows; t++) {
            for (int first = 0; first < perTable && written < rows; first += ROWS_PER_STATEMENT) {
                int count = Math.min(Math.min(ROWS_PER_STATEMENT, perTable - first), rows - written);
                statements.add(insert(prefix, t, first, count, timeOffset));
                written += count;
            }
        }
        return statements;
    }

    private static String insert(String prefix, int table, int first, int count, long timeOffset) {
        StringBuilder sql = new StringBuilder(64 + count * 40).append("insert into ").append(DATABASE).append('.')
                .append(prefix).append(table).append(" using ").append(DATABASE).append(".meters tags (")
                .append(table % 10).append(", 'California.City").append(table % 10).append("') values");
        for (int i = first; i < first + count; i++) {
            sql.append(" (").append(EPOCH_MS + timeOffset + i).append(", ").append(10 + i % 7).append('.')
                    .append(i % 10).append(", ").append(215 + i % 11).append(", 0.").append(30 + i % 5).append(')');
        }
        return sql.toString();
    }
}
