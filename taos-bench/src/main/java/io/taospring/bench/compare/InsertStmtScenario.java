package io.taospring.bench.compare;

import com.taosdata.jdbc.ws.TSWSPreparedStatement;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import io.taospring.client.stmt.TaosStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * N rows into {@link MetersData#TABLES} child tables through parameter binding: our {@link TaosStatement}
 * (primitive columns) against the official driver's documented fastest path, {@code TSWSPreparedStatement}
 * column binding ({@code setTableName}, {@code setTagXxx}, {@code setXxx(int, ArrayList)},
 * {@code columnDataAddBatch}, {@code columnDataExecuteBatch}). Both start from the same primitive arrays,
 * made before the clock starts, and execute every {@link #TABLES_PER_EXECUTE} tables; rows/s.
 *
 * <p>Before its clock starts, each round drops the side's child tables of the round before (so the embedded
 * server's data stays the size of one round) and runs a full GC, so that neither side pays on its clock for
 * garbage the other made: boxing the official driver's columns makes far more.
 */
final class InsertStmtScenario implements Scenario {

    static final Metric ROWS_PER_S = new Metric("insert_stmt_rows_per_s", true);
    static final int TABLES_PER_EXECUTE = 10;
    private static final String SQL = "INSERT INTO ? USING " + MetersData.DATABASE + ".meters TAGS(?,?) VALUES(?,?,?,?)";

    /** The rows of one child table. */
    private record TableRows(String name, int group, String location, long[] ts, float[] current, int[] voltage,
            float[] phase) {
    }

    @Override
    public List<Metric> metrics() {
        return List.of(ROWS_PER_S);
    }

    @Override
    public void prepare(TaosClient client, CompareOptions options) {
        MetersData.createSchema(client);
    }

    /** Each round writes later timestamps, so no round merely overwrites the one before. */
    private static List<TableRows> data(CompareOptions options, String side, int round) {
        int perTable = Math.max(1, (options.rows() + MetersData.TABLES - 1) / MetersData.TABLES);
        List<TableRows> tables = new ArrayList<>(MetersData.TABLES);
        int written = 0;
        for (int t = 0; t < MetersData.TABLES && written < options.rows(); t++) {
            int rows = Math.min(perTable, options.rows() - written);
            TableRows table = new TableRows(MetersData.DATABASE + "." + side + "_s" + t, t % 10,
                    "California.City" + t % 10, new long[rows], new float[rows], new int[rows], new float[rows]);
            long base = MetersData.EPOCH_MS + (long) round * options.rows();
            for (int i = 0; i < rows; i++) {
                table.ts[i] = base + i;
                table.current[i] = 10 + i % 7 + (i % 10) / 10f;
                table.voltage[i] = 215 + i % 11;
                table.phase[i] = 0.30f + (i % 5) / 100f;
            }
            tables.add(table);
            written += rows;
        }
        return tables;
    }

    @Override
    public Workload ours(TaosClient client, CompareOptions options) {
        return round -> {
            List<TableRows> tables = data(options, "ours", round);
            try (TaosSession s = client.openSession()) {
                s.execute(dropTables(tables));
            }
            System.gc();
            long start = System.nanoTime();
            long rows = 0;
            try (TaosSession s = client.openSession(); TaosStatement stmt = s.prepare(SQL)) {
                for (int t = 0; t < tables.size(); t++) {
                    TableRows table = tables.get(t);
                    stmt.setTableName(table.name()).setTags(table.group(), table.location());
                    stmt.bindTimestamps(table.ts()).bindFloats(1, table.current()).bindInts(2, table.voltage())
                            .bindFloats(3, table.phase()).addBatch();
                    if (t % TABLES_PER_EXECUTE == TABLES_PER_EXECUTE - 1 || t == tables.size() - 1) {
                        rows += stmt.execute();
                    }
                }
            }
            return result(options, rows, start);
        };
    }

    @Override
    public Workload official(Connection connection, CompareOptions options) {
        return round -> {
            List<TableRows> tables = data(options, "official", round);
            try (java.sql.Statement st = connection.createStatement()) {
                st.executeUpdate(dropTables(tables));
            }
            System.gc();
            long start = System.nanoTime();
            long rows = 0;
            try (TSWSPreparedStatement ps = connection.prepareStatement(SQL).unwrap(TSWSPreparedStatement.class)) {
                for (int t = 0; t < tables.size(); t++) {
                    TableRows table = tables.get(t);
                    bindOfficial(ps, table);
                    rows += table.ts().length;
                    if (t % TABLES_PER_EXECUTE == TABLES_PER_EXECUTE - 1 || t == tables.size() - 1) {
                        ps.columnDataExecuteBatch();
                    }
                }
            }
            return result(options, rows, start);
        };
    }

    private static String dropTables(List<TableRows> tables) {
        StringBuilder sql = new StringBuilder("drop table if exists");
        for (int t = 0; t < tables.size(); t++) {
            sql.append(t == 0 ? " " : ", ").append(tables.get(t).name());
        }
        return sql.toString();
    }

    /** The documented extended interface: tags and column indices count from 0, columns as boxed lists. */
    private static void bindOfficial(TSWSPreparedStatement ps, TableRows table) throws SQLException {
        ps.setTableName(table.name());
        ps.setTagInt(0, table.group());
        ps.setTagString(1, table.location());
        int rows = table.ts().length;
        ArrayList<Long> ts = new ArrayList<>(rows);
        ArrayList<Float> current = new ArrayList<>(rows);
        ArrayList<Integer> voltage = new ArrayList<>(rows);
        ArrayList<Float> phase = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            ts.add(table.ts()[i]);
            current.add(table.current()[i]);
            voltage.add(table.voltage()[i]);
            phase.add(table.phase()[i]);
        }
        ps.setTimestamp(0, ts);
        ps.setFloat(1, current);
        ps.setInt(2, voltage);
        ps.setFloat(3, phase);
        ps.columnDataAddBatch();
    }

    private static Map<Metric, Double> result(CompareOptions options, long rows, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rows != options.rows()) {
            throw new IllegalStateException("inserted " + rows + " rows, expected " + options.rows());
        }
        return Map.of(ROWS_PER_S, rows / seconds);
    }
}
