package io.taospring.bench.compare;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosSession;
import io.taospring.spring.annotation.EnableTaos;
import io.taospring.spring.annotation.TaosListener;
import io.taospring.spring.listener.TaosListenerContainer;
import io.taospring.spring.listener.TaosListenerContainerFactory;
import io.taospring.spring.listener.TaosListenerEndpointRegistry;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * End to end, from INSERT to application code: each round inserts N rows (statements of 1,000 rows over 10
 * child tables) while a consumer that is already subscribed delivers them; records/s from the first INSERT to
 * the last row handed over. Ours: a {@code @TaosListener} method taking a record converted from the row
 * (spring-messaging invocation, BATCH commits). Official: its {@code TaosConsumer} polling in a loop with a
 * map deserializer and a commit per poll. Each side has its own super table and topic, so neither consumes
 * the other's rows.
 */
final class ListenerScenario implements Scenario {

    static final Metric RECORDS_PER_S = new Metric("listener_records_per_s", true);
    private static final String DATABASE = "taos_bench_listener";
    private static final int TABLES = 10;
    private static final int ROWS_PER_STATEMENT = 1_000;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final long ROUND_TIMEOUT_NANOS = 600_000_000_000L;

    private TaosClient writer;
    private TaosConfig server;

    @Override
    public List<Metric> metrics() {
        return List.of(RECORDS_PER_S);
    }

    @Override
    public void prepare(TaosClient client, CompareOptions options) {
        writer = client;
        server = client.config();
        try (TaosSession s = client.openSession()) {
            for (String side : List.of("ours", "official")) {
                s.execute("drop topic if exists " + topic(side));
            }
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE + " precision 'ms'");
            for (String side : List.of("ours", "official")) {
                s.execute("create stable " + DATABASE + "." + side + " (ts timestamp, current float, voltage int,"
                        + " phase float) tags (groupid int)");
                s.execute("create topic " + topic(side) + " as select ts, current, voltage, phase from " + DATABASE
                        + "." + side);
            }
        }
    }

    private static String topic(String side) {
        return "taos_bench_listener_" + side;
    }

    /** A row of the topic, as the listener method takes it. */
    record Meter(Instant ts, float current, int voltage, float phase) {
    }

    /** Counts what the listener got and sums the checksum. */
    static final class Sink {
        final AtomicLong rows = new AtomicLong();
        final AtomicLong checksum = new AtomicLong();
        /** Why the official poll loop ended, if it did: reported by the round, quiet once the run is over. */
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        void add(float current, int voltage, float phase) {
            checksum.addAndGet(checksum(current, voltage, phase));
            rows.incrementAndGet();
        }
    }

    /** The application under test: one listener method. */
    static class BenchListener {
        private final Sink sink;

        BenchListener(Sink sink) {
            this.sink = sink;
        }

        @TaosListener(id = "bench", topics = "taos_bench_listener_ours", groupId = "bench_listener_ours")
        void onMeter(Meter meter) {
            sink.add(meter.current(), meter.voltage(), meter.phase());
        }
    }

    /** The Spring configuration of the ours side, without Boot. */
    @Configuration(proxyBeanMethods = false)
    @EnableTaos
    static class BenchApplication {

        @Bean
        static Sink sink() {
            return new Sink();
        }

        @Bean
        static BenchListener benchListener(Sink sink) {
            return new BenchListener(sink);
        }
    }

    @Override
    public Workload ours(TaosClient client, CompareOptions options) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean("taosListenerContainerFactory", TaosListenerContainerFactory.class,
                () -> TaosListenerContainerFactory.builder().consumerConfig(consumerConfig())
                        .pollTimeout(POLL).build());
        context.register(BenchApplication.class);
        context.refresh();
        TaosListenerContainer container = context.getBean(TaosListenerEndpointRegistry.class)
                .getListenerContainer("bench");
        awaitAssigned(container);
        Sink sink = context.getBean(Sink.class);
        return new Workload() {
            @Override
            public Map<Metric, Double> run(int round) {
                return ListenerScenario.this.run(sink, "ours", options, round);
            }

            /** Stops the container: its consumer threads would keep the JVM alive. */
            @Override
            public void close() {
                context.close();
            }
        };
    }

    /** Inserts the round's rows (through our client on both sides) and waits until the sink got them all. */
    private Map<Metric, Double> run(Sink sink, String side, CompareOptions options, int round) {
        long before = sink.rows.get();
        long checksumBefore = sink.checksum.get();
        long start = System.nanoTime();
        try (TaosSession s = writer.openSession()) {
            for (String sql : inserts(side, options.rows(), round)) {
                s.execute(sql);
            }
        }
        while (sink.rows.get() - before < options.rows() && sink.failure.get() == null
                && System.nanoTime() - start < ROUND_TIMEOUT_NANOS) {
            LockSupport.parkNanos(100_000);
        }
        return result(options, sink.rows.get() - before, start, sink.checksum.get() - checksumBefore);
    }

    private static void awaitAssigned(TaosListenerContainer container) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (container.assignments().values().stream().anyMatch(Set::isEmpty)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the listener was not assigned its vgroups: " + container);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    private Map<String, String> consumerConfig() {
        return ConsumerSettings.ours(server, "auto.offset.reset", "latest");
    }

    @Override
    public Workload official(Connection connection, CompareOptions options) {
        Sink sink = new Sink();
        CountDownLatch subscribed = new CountDownLatch(1);
        Thread poller = new Thread(() -> pollOfficial(sink, subscribed), "official-listener");
        poller.setDaemon(true);
        poller.start();
        try {
            if (!subscribed.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the official consumer did not subscribe");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return round -> {
            Map<Metric, Double> result = run(sink, "official", options, round);
            if (sink.failure.get() != null) {
                throw new IllegalStateException("the official consumer failed", sink.failure.get());
            }
            return result;
        };
    }

    /** The official consumer's poll loop: what an application without a listener container writes. */
    private void pollOfficial(Sink sink, CountDownLatch subscribed) {
        try (com.taosdata.jdbc.tmq.TaosConsumer<Map<String, Object>> consumer =
                new com.taosdata.jdbc.tmq.TaosConsumer<>(officialProperties())) {
            consumer.subscribe(List.of(topic("official")));
            subscribed.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                var records = consumer.poll(POLL);
                for (var r : records) {
                    Map<String, Object> v = r.value();
                    sink.add((Float) v.get("current"), (Integer) v.get("voltage"), (Float) v.get("phase"));
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            sink.failure.set(e);
        }
    }

    private Properties officialProperties() {
        return ConsumerSettings.official(server, "bench_listener_official", "latest");
    }

    private static List<String> inserts(String side, int rows, int round) {
        List<String> statements = new ArrayList<>();
        long base = MetersData.EPOCH_MS + (long) round * rows;
        for (int first = 0; first < rows; first += ROWS_PER_STATEMENT) {
            int table = first / ROWS_PER_STATEMENT % TABLES;
            StringBuilder sql = new StringBuilder("insert into ").append(DATABASE).append('.').append(side)
                    .append(table).append(" using ").append(DATABASE).append('.').append(side).append(" tags (")
                    .append(table).append(") values");
            for (int i = first; i < Math.min(rows, first + ROWS_PER_STATEMENT); i++) {
                sql.append(" (").append(base + i).append(", ").append(i % 100 / 10.0f).append(", ")
                        .append(200 + i % 50).append(", ").append(i % 7 / 10.0f).append(')');
            }
            statements.add(sql.toString());
        }
        return statements;
    }

    /** Exact in long arithmetic, so rows arriving in another order give the same sum; the same every round. */
    private static long checksum(float current, int voltage, float phase) {
        return Math.round(current * 10) + voltage + Math.round(phase * 100);
    }

    private static Map<Metric, Double> result(CompareOptions options, long rows, long start, long checksum) {
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rows != options.rows()) {
            throw new IllegalStateException("the listener got " + rows + " rows, expected " + options.rows());
        }
        return Map.of(RECORDS_PER_S, rows / seconds, Checksums.METRIC, (double) checksum);
    }
}
