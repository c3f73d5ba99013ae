package io.taospring.bench.compare;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** 1,000 small queries (the latest reading of one meter) one after another; p50 and p99 latency. */
final class PointScenario implements Scenario {

    static final Metric P50 = new Metric("point_p50_us", false);
    static final Metric P99 = new Metric("point_p99_us", false);
    private static final int QUERIES = 1_000;

    @Override
    public List<Metric> metrics() {
        return List.of(P50, P99);
    }

    @Override
    public void prepare(TaosClient client, CompareOptions options) {
        MetersData.createSchema(client);
        MetersData.fill(client, "d", Math.max(options.rows(), MetersData.TABLES));
    }

    private static String sql(int query) {
        return "select last_row(*) from " + MetersData.DATABASE + ".d" + query % MetersData.TABLES;
    }

    @Override
    public Workload ours(TaosClient client, CompareOptions options) {
        return round -> {
            long[] nanos = new long[QUERIES];
            try (TaosSession s = client.openSession()) {
                for (int q = 0; q < QUERIES; q++) {
                    long start = System.nanoTime();
                    try (TaosResult r = s.query(sql(q))) {
                        while (r.next()) {
                            r.getInt(2);
                        }
                    }
                    nanos[q] = System.nanoTime() - start;
                }
            }
            return percentiles(nanos);
        };
    }

    @Override
    public Workload official(Connection connection, CompareOptions options) {
        return round -> {
            long[] nanos = new long[QUERIES];
            try (Statement st = connection.createStatement()) {
                for (int q = 0; q < QUERIES; q++) {
                    long start = System.nanoTime();
                    try (ResultSet r = st.executeQuery(sql(q))) {
                        while (r.next()) {
                            r.getInt(3);
                        }
                    }
                    nanos[q] = System.nanoTime() - start;
                }
            }
            return percentiles(nanos);
        };
    }

    private static Map<Metric, Double> percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return Map.of(P50, sorted[sorted.length / 2] / 1e3, P99, sorted[(int) (sorted.length * 0.99)] / 1e3);
    }
}
