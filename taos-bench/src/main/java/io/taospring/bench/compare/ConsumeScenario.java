package io.taospring.bench.compare;

import com.taosdata.jdbc.tmq.ConsumerRecord;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosSession;
import io.taospring.client.tmq.ConsumerRecords;
import io.taospring.client.tmq.TaosConsumer;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Consumes a topic over all meters rows from the beginning, reading every column of every row; records/s.
 * Each round subscribes with a fresh consumer group, so every round reads all rows.
 */
final class ConsumeScenario implements Scenario {

    static final Metric RECORDS_PER_S = new Metric("consume_records_per_s", true);
    private static final String TOPIC = "taos_bench_consume";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long ROUND_TIMEOUT_NANOS = 600_000_000_000L;

    private TaosConfig server;

    @Override
    public List<Metric> metrics() {
        return List.of(RECORDS_PER_S);
    }

    @Override
    public void prepare(TaosClient client, CompareOptions options) {
        server = client.config();
        try (TaosSession s = client.openSession()) {
            s.execute("drop topic if exists " + TOPIC);
        }
        MetersData.createSchema(client);
        MetersData.fill(client, "d", options.rows());
        try (TaosSession s = client.openSession()) {
            s.execute("create topic " + TOPIC + " as select ts, current, voltage, phase from "
                    + MetersData.DATABASE + ".meters");
        }
    }

    @Override
    public Workload ours(TaosClient client, CompareOptions options) {
        return round -> {
            long start = System.nanoTime();
            long rows = 0;
            long checksum = 0;
            try (TaosConsumer consumer = TaosConsumer.create(ConsumerSettings.ours(server, "group.id",
                    "bench_ours_" + round, "auto.offset.reset", "earliest", "enable.auto.commit", "false"))) {
                consumer.subscribe(List.of(TOPIC));
                while (rows < options.rows() && System.nanoTime() - start < ROUND_TIMEOUT_NANOS) {
                    ConsumerRecords records = consumer.poll(POLL);
                    for (io.taospring.client.tmq.ConsumerRecord r : records) {
                        checksum += checksum(((java.time.Instant) r.get(0)).toEpochMilli(), (Float) r.get(1),
                                (Integer) r.get(2), (Float) r.get(3));
                        rows++;
                    }
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
            long checksum = 0;
            try (com.taosdata.jdbc.tmq.TaosConsumer<Map<String, Object>> consumer =
                    new com.taosdata.jdbc.tmq.TaosConsumer<>(officialProperties(round))) {
                consumer.subscribe(List.of(TOPIC));
                while (rows < options.rows() && System.nanoTime() - start < ROUND_TIMEOUT_NANOS) {
                    for (ConsumerRecord<Map<String, Object>> r : consumer.poll(POLL)) {
                        Map<String, Object> v = r.value();
                        checksum += checksum(((java.sql.Timestamp) v.get("ts")).getTime(), (Float) v.get("current"),
                                (Integer) v.get("voltage"), (Float) v.get("phase"));
                        rows++;
                    }
                }
            }
            return result(options, rows, start, checksum);
        };
    }

    /** Exact in long arithmetic, so rows arriving in another order give the same sum. */
    private static long checksum(long ts, float current, int voltage, float phase) {
        return ts + Math.round(current * 10) + voltage + Math.round(phase * 100);
    }

    private Properties officialProperties(int round) {
        return ConsumerSettings.official(server, "bench_official_" + round, "earliest");
    }

    private static Map<Metric, Double> result(CompareOptions options, long rows, long start, long checksum) {
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rows != options.rows()) {
            throw new IllegalStateException("consumed " + rows + " rows, expected " + options.rows());
        }
        return Map.of(RECORDS_PER_S, rows / seconds, Checksums.METRIC, (double) checksum);
    }
}
