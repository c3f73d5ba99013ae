package io.taospring.spring.schemaless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.SchemalessError;
import io.taospring.client.error.TaosException;
import io.taospring.client.schemaless.BufferFullException;
import io.taospring.client.schemaless.BufferedWriter;
import io.taospring.client.schemaless.BufferedWriterListener;
import io.taospring.client.schemaless.OverflowPolicy;
import io.taospring.client.schemaless.RetryPolicy;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.client.schemaless.SchemalessProtocol;
import io.taospring.client.schemaless.SchemalessWriter;
import io.taospring.embedded.EmbeddedTaosServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.GenericApplicationContext;

/** The buffered writer bean against the embedded server: shutdown, overflow, retries, failures and meters. */
class BufferedSchemalessWriterTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedTaosServer server;

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private String db;
    private TaosClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void createDatabase() {
        db = "sl_" + DATABASES.incrementAndGet();
        try (TaosClient admin = TaosClient.create(dsn(""))) {
            try (TaosSession session = admin.openSession()) {
                session.execute("create database " + db);
            }
        }
        client = TaosClient.create(dsn(db));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    private static String dsn(String database) {
        return "ws://127.0.0.1:" + server.port() + "/" + database;
    }

    private static List<String> lines(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "meters,host=h1 v=" + i + "i " + (1700000000000L + i)).toList();
    }

    private BufferedWriter.Builder settings(SchemalessWriter target) {
        return BufferedWriter.builder(target).precision(SchemalessPrecision.MILLISECONDS)
                .retry(new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5)));
    }

    private long rows() {
        try (TaosSession session = client.openSession();
             TaosResult result = session.query("select count(*) from " + db + ".meters")) {
            assertThat(result.next()).isTrue();
            return result.getLong(0);
        }
    }

    @Test
    void writesEverythingBufferedWhenTheContextCloses() {
        GenericApplicationContext context = new GenericApplicationContext();
        // the client is created on the first write, after the writer, so it is destroyed before it: only
        // stopping the writer in the lifecycle phase, before any bean is destroyed, gets the lines written
        context.registerBean(TaosClient.class, () -> TaosClient.create(dsn(db)),
                definition -> definition.setLazyInit(true));
        context.registerBean("meters", BufferedSchemalessWriter.class, () -> {
            ObjectProvider<TaosClient> lazyClient = context.getBeanProvider(TaosClient.class);
            SchemalessWriter target = (lines, protocol, precision, ttl, reqId) ->
                    lazyClient.getObject().schemaless().write(lines, protocol, precision, ttl, reqId);
            return new BufferedSchemalessWriter(settings(target).batchSize(100).flushInterval(Duration.ofHours(1)));
        });
        context.refresh();
        BufferedSchemalessWriter writer = context.getBean(BufferedSchemalessWriter.class);
        for (String line : lines(0, 250)) {
            writer.write(line);
        }

        context.close();

        assertThat(rows()).isEqualTo(250);
        assertThat(writer.isRunning()).isFalse();
        assertThatThrownBy(() -> writer.write("meters,host=h1 v=1i 1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFullBufferFailsAtOnceWhenConfiguredToFail() {
        GatedWriter gate = new GatedWriter(client.schemaless());
        try (BufferedSchemalessWriter writer = new BufferedSchemalessWriter(settings(gate).batchSize(1)
                .maxBufferedLines(2).overflow(OverflowPolicy.FAIL))) {
            writer.write(lines(0, 2));   // one batch stalled in the gate, one waiting: both count

            assertThatThrownBy(() -> writer.write(lines(2, 3))).isInstanceOf(BufferFullException.class)
                    .hasMessageContaining("no room for 1 lines").hasMessageContaining("2 lines are buffered")
                    .hasMessageContaining("FAIL")
                    .satisfies(e -> assertThat(((TaosException) e).errno()).isEqualTo(ErrorCodes.BUFFER_FULL));
            assertThat(writer.buffered()).isEqualTo(2);
            gate.open();
        }
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void aFullBufferBlocksTheWriterUntilThereIsRoomThenProceeds() throws Exception {
        GatedWriter gate = new GatedWriter(client.schemaless());
        try (BufferedSchemalessWriter writer = new BufferedSchemalessWriter(settings(gate).batchSize(1)
                .maxBufferedLines(2).overflow(OverflowPolicy.BLOCK).blockTimeout(Duration.ofMinutes(5)))) {
            writer.write(lines(0, 2));
            assertThat(gate.entered.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> third = new CompletableFuture<>();
            Thread producer = new Thread(() -> {
                writer.write(lines(2, 3));
                third.complete(null);
            });
            producer.start();
            awaitWaiting(producer);

            assertThat(third).isNotDone();
            assertThat(writer.buffered()).isEqualTo(2);
            gate.open();
            third.get(30, TimeUnit.SECONDS);
        }
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void retriesATransientFailureThenWritesTheBatch() {
        FlakyWriter flaky = new FlakyWriter(client.schemaless(), 2);
        try (BufferedSchemalessWriter writer = new BufferedSchemalessWriter(settings(flaky)
                .listener(new SchemalessWriterMetrics(registry)))) {
            writer.write(lines(0, 10));
            writer.flush();
        }
        assertThat(rows()).isEqualTo(10);
        assertThat(flaky.calls).hasValue(3);
        assertThat(registry.get(SchemalessWriterMetrics.RETRIES).tag("error.type", "0x000B")
                .tag(SchemalessWriterMetrics.ERROR_CATEGORY, "CONNECTION").counter().count()).isEqualTo(2.0);
        assertThat(registry.get(SchemalessWriterMetrics.LINES).counter().count()).isEqualTo(10.0);
        assertThat(registry.find(SchemalessWriterMetrics.FAILURES).counter()).isNull();
    }

    @Test
    void aPermanentErrorReportsTheFailedBatchToTheListenerAndTheFailureCounter() {
        List<List<String>> failed = new CopyOnWriteArrayList<>();
        BufferedWriterListener deadLetters = new BufferedWriterListener() {
            @Override
            public void batchFailed(List<String> lines, TaosException error) {
                failed.add(lines);
            }
        };
        List<String> bad = List.of("meters,host=h1 v=1i 1700000000000", "meters,host=h1 v=\"text\" 1700000000001");
        try (BufferedSchemalessWriter writer = new BufferedSchemalessWriter(settings(client.schemaless())
                .listener(BufferedWriterListener.composite(List.of(new SchemalessWriterMetrics(registry), deadLetters))))) {
            writer.write(lines(0, 1));
            writer.flush();
            writer.write(bad);

            assertThatThrownBy(writer::flush).isInstanceOf(SchemalessError.class);
        }
        assertThat(failed).containsExactly(bad);
        assertThat(registry.get(SchemalessWriterMetrics.FAILURES).tag(SchemalessWriterMetrics.ERROR_CATEGORY, "SCHEMALESS")
                .counter().count()).isEqualTo(1.0);
        assertThat(registry.find(SchemalessWriterMetrics.RETRIES).counter()).isNull();
        assertThat(registry.get(SchemalessWriterMetrics.BATCHES).counter().count()).isEqualTo(1.0);
    }

    @Test
    void countsLinesAndBatchesAndGaugesTheBuffer() {
        GatedWriter gate = new GatedWriter(client.schemaless());
        try (BufferedSchemalessWriter writer = new BufferedSchemalessWriter(settings(gate).batchSize(5)
                .listener(new SchemalessWriterMetrics(registry)))) {
            writer.setBeanName("meters");
            SchemalessWriterMetrics.bindBuffer(registry, writer);
            writer.write(lines(0, 12));
            assertThat(registry.get(SchemalessWriterMetrics.BUFFERED).tag("name", "meters").gauge().value())
                    .isEqualTo(12.0);
            gate.open();
            writer.flush();
            assertThat(registry.get(SchemalessWriterMetrics.BUFFERED).gauge().value()).isZero();
        }
        assertThat(registry.get(SchemalessWriterMetrics.LINES).counter().count()).isEqualTo(12.0);
        assertThat(registry.get(SchemalessWriterMetrics.BATCHES).counter().count()).isEqualTo(3.0);
        assertThat(rows()).isEqualTo(12);
    }

    @Test
    void startsAgainAfterAStop() {
        BufferedSchemalessWriter writer = new BufferedSchemalessWriter(settings(client.schemaless()));
        writer.write(lines(0, 3));
        writer.stop();
        writer.start();
        writer.write(lines(3, 5));
        writer.close();
        assertThat(rows()).isEqualTo(5);
    }

    /** Waits (without a deadline of its own: the test's timeout is the build's) until {@code thread} is parked. */
    private static void awaitWaiting(Thread thread) throws InterruptedException {
        while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.WAITING) {
            assertThat(thread.isAlive()).isTrue();
            Thread.sleep(1);
        }
    }

    /** Holds every write until opened: a stalled path to the server. */
    private static final class GatedWriter implements SchemalessWriter {
        private final SchemalessWriter delegate;
        private final CountDownLatch gate = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);

        GatedWriter(SchemalessWriter delegate) {
            this.delegate = delegate;
        }

        void open() {
            gate.countDown();
        }

        @Override
        public long write(List<String> lines, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl,
                long reqId) {
            entered.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return delegate.write(lines, protocol, precision, ttl, reqId);
        }
    }

    /** Fails its first {@code failures} writes as a lost connection would, then writes through. */
    private static final class FlakyWriter implements SchemalessWriter {
        private final SchemalessWriter delegate;
        private final AtomicInteger failures;
        final AtomicInteger calls = new AtomicInteger();

        FlakyWriter(SchemalessWriter delegate, int failures) {
            this.delegate = delegate;
            this.failures = new AtomicInteger(failures);
        }

        @Override
        public long write(List<String> lines, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl,
                long reqId) {
            calls.incrementAndGet();
            if (failures.getAndDecrement() > 0) {
                throw new ConnectionError(ErrorCodes.UNABLE_TO_CONNECT, "connection refused (simulated)");
            }
            return delegate.write(lines, protocol, precision, ttl, reqId);
        }
    }
}
