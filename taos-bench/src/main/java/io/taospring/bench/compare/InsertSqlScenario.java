package io.taospring.bench.compare;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** Multi-row INSERT statements of 1,000 rows each into 100 child tables; rows/s. */
final class InsertSqlScenario implements Scenario {

    static final Metric ROWS_PER_S = new Metric("insert_sql_rows_per_s", true);

    @Override
    public List<Metric> metrics() {
        return List.of(ROWS_PER_S);
    }

    @Override
    public void prepare(TaosClient client, CompareOptions options) {
        MetersData.createSchema(client);
    }

    /** Each round writes new rows (later timestamps), so no round merely overwrites the one before. */
    private static List<String> statements(CompareOptions options, String side, int round) {
        return MetersData.inserts(side, options.rows(), (long) round * options.rows());
    }

    @Override
    public Workload ours(TaosClient client, CompareOptions options) {
        return round -> {
            List<String> statements = statements(options, "ours", round);
            long start = System.nanoTime();
            long rows = 0;
            try (TaosSession s = client.openSession()) {
                for (String sql : statements) {
                    rows += s.execute(sql);
                }
            }
            return result(options, rows, start);
        };
    }

    @Override
    public Workload official(Connection connection, CompareOptions options) {
        return round -> {
            List<String> statements = statements(options, "official", round);
            long start = System.nanoTime();
            long rows = 0;
            try (Statement st = connection.createStatement()) {
                for (String sql : statements) {
                    rows += st.executeUpdate(sql);
                }
            }
            return result(options, rows, start);
        };
    }

    private static Map<Metric, Double> result(CompareOptions options, long rows, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rows != options.rows()) {
            throw new IllegalStateException("inserted " + rows + " rows, expected " + options.rows());
        }
        return Map.of(ROWS_PER_S, rows / seconds);
    }
}
