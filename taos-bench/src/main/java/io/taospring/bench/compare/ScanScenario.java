package io.taospring.bench.compare;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** A full scan of the meters super table reading every column of every row; rows/s. */
final class ScanScenario implements Scenario {

    static final Metric ROWS_PER_S = new Metric("scan_rows_per_s", true);
    private static final String SQL = "select ts, current, voltage, phase, groupid, location from "
            + MetersData.DATABASE + ".meters";

    @Override
    public List<Metric> metrics() {
        return List.of(ROWS_PER_S);
    }

    @Override
    public void prepare(TaosClient client, CompareOptions options) {
        MetersData.createSchema(client);
        MetersData.fill(client, "d", options.rows());
    }

    @Override
    public Workload ours(TaosClient client, CompareOptions options) {
        return round -> {
            long start = System.nanoTime();
            long rows = 0;
            double checksum = 0;
            try (TaosSession s = client.openSession(); TaosResult r = s.query(SQL)) {
                while (r.next()) {
                    checksum += r.getLong(0) + r.getFloat(1) + r.getInt(2) + r.getFloat(3) + r.getInt(4)
                            + r.getString(5).length();
                    rows++;
                }
            }
            return result(options, rows, start, checksum);
        };
    }

    @Override
    public Workload official(Connection connection, CompareOptions options) {
        return round -> {
            long start = System.nanoTime();
            long rows = 0;
            double checksum = 0;
            try (Statement st = connection.createStatement(); ResultSet r = st.executeQuery(SQL)) {
                while (r.next()) {
                    checksum += r.getLong(1) + r.getFloat(2) + r.getInt(3) + r.getFloat(4) + r.getInt(5)
                            + r.getString(6).length();
                    rows++;
                }
            }
            return result(options, rows, start, checksum);
        };
    }

    private static Map<Metric, Double> result(CompareOptions options, long rows, long start, double checksum) {
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rows != options.rows()) {
            throw new IllegalStateException("scan read " + rows + " rows, expected " + options.rows());
        }
        return Map.of(ROWS_PER_S, rows / seconds, Checksums.METRIC, checksum);
    }
}
