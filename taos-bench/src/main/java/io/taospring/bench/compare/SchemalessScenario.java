package io.taospring.bench.compare;

import com.taosdata.jdbc.AbstractConnection;
import com.taosdata.jdbc.enums.SchemalessProtocolType;
import com.taosdata.jdbc.enums.SchemalessTimestampType;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.client.schemaless.SchemalessProtocol;
import io.taospring.client.schemaless.SchemalessWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * InfluxDB line protocol into 100 child tables that the writes create; lines/s, in batches of 10,000 lines.
 * {@code schemaless_lines_per_s} compares the writers' list APIs: our {@code SchemalessWriter.write(List)} sends a
 * batch as one request, the official {@code AbstractConnection.write(String[])} sends each line as its own request.
 * {@code schemaless_raw_lines_per_s} compares ours with the official {@code writeRaw(String)}, which sends the
 * same batch text as one request. Each pass writes new timestamps, so nothing is merely overwritten.
 */
final class SchemalessScenario implements Scenario {

    static final Metric LINES_PER_S = new Metric("schemaless_lines_per_s", true);
    static final Metric RAW_LINES_PER_S = new Metric("schemaless_raw_lines_per_s", true);
    static final int LINES_PER_BATCH = 10_000;

    /** Sends one batch of lines; returns the rows written as the API reports them. */
    @FunctionalInterface
    private interface BatchWriter {
        long write(List<String> lines) throws SQLException;
    }

    @Override
    public List<Metric> metrics() {
        return List.of(LINES_PER_S, RAW_LINES_PER_S);
    }

    @Override
    public void prepare(TaosClient client, CompareOptions options) {
        MetersData.createSchema(client);
    }

    @Override
    public Workload ours(TaosClient client, CompareOptions options) {
        return round -> {
            try (TaosSession session = client.openSession()) {
                session.execute("use " + MetersData.DATABASE);
                SchemalessWriter writer = session.schemaless();
                BatchWriter batch = lines -> writer.write(lines, SchemalessProtocol.LINE,
                        SchemalessPrecision.MILLISECONDS);
                return Map.of(LINES_PER_S, pass("sml_ours", options.rows(), round * 2L, batch, true),
                        RAW_LINES_PER_S, pass("sml_ours", options.rows(), round * 2L + 1, batch, true));
            }
        };
    }

    @Override
    public Workload official(Connection connection, CompareOptions options) {
        return round -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("use " + MetersData.DATABASE);
            }
            AbstractConnection official = connection.unwrap(AbstractConnection.class);
            BatchWriter lineByLine = lines -> {
                official.write(lines.toArray(new String[0]), SchemalessProtocolType.LINE,
                        SchemalessTimestampType.MILLI_SECONDS);
                return lines.size();
            };
            BatchWriter raw = lines -> {
                official.writeRaw(String.join("\n", lines), SchemalessProtocolType.LINE,
                        SchemalessTimestampType.MILLI_SECONDS);
                return lines.size();
            };
            return Map.of(LINES_PER_S, pass("sml_official", options.rows(), round * 2L, lineByLine, false),
                    RAW_LINES_PER_S, pass("sml_official", options.rows(), round * 2L + 1, raw, false));
        };
    }

    /**
     * Writes {@code rows} lines in batches and returns lines/s; building the lines is timed too, equally for
     * both sides. {@code checkRows} checks the rows the API reports (the official one reports none).
     */
    private static double pass(String measurement, int rows, long pass, BatchWriter writer, boolean checkRows)
            throws SQLException {
        long start = System.nanoTime();
        long written = 0;
        for (int first = 0; first < rows; first += LINES_PER_BATCH) {
            List<String> lines = lines(measurement, first, Math.min(LINES_PER_BATCH, rows - first), pass, rows);
            written += writer.write(lines);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (checkRows && written != rows) {
            throw new IllegalStateException("wrote " + written + " rows, expected " + rows);
        }
        return rows / seconds;
    }

    /** Lines {@code first..first+count} of a pass: round-robin over the tables, a millisecond apart per table. */
    private static List<String> lines(String measurement, int first, int count, long pass, int rows) {
        List<String> lines = new ArrayList<>(count);
        long passStart = MetersData.EPOCH_MS + pass * ((rows + MetersData.TABLES - 1) / MetersData.TABLES);
        StringBuilder line = new StringBuilder(128);
        for (int i = first; i < first + count; i++) {
            int table = i % MetersData.TABLES;
            line.setLength(0);
            line.append(measurement).append(",groupid=").append(table % 10).append(",location=California.City")
                    .append(table % 10).append(",device=d").append(table).append(" current=")
                    .append(10 + (i % 1000) / 100.0).append(",voltage=").append(200 + i % 50).append("i32,phase=")
                    .append((i % 360) / 360.0).append(' ').append(passStart + i / MetersData.TABLES);
            lines.add(line.toString());
        }
        return lines;
    }
}
