package io.taospring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.TaosException;
import io.taospring.client.schemaless.BufferFullException;
import io.taospring.client.schemaless.BufferedWriter;
import io.taospring.client.schemaless.BufferedWriterListener;
import io.taospring.client.schemaless.OverflowPolicy;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.client.schemaless.SchemalessProtocol;
import io.taospring.client.schemaless.SchemalessWriter;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.spring.schemaless.BufferedSchemalessWriter;
import io.taospring.spring.schemaless.SchemalessWriterMetrics;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schemaless writer beans: present, configured by taos.schemaless.*, backing off, and lossless on close. */
class TaosSchemalessAutoConfigurationTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedTaosServer server;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TaosEmbeddedAutoConfiguration.class, TaosAutoConfiguration.class,
                    TaosSchemalessAutoConfiguration.class, TaosMetricsAutoConfiguration.class));

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url(String database) {
        return "taos.url=ws://127.0.0.1:" + server.port() + "/" + database;
    }

    private static String newDatabase() {
        String db = "slac_" + DATABASES.incrementAndGet();
        try (TaosClient client = TaosClient.create("ws://127.0.0.1:" + server.port());
             TaosSession session = client.openSession()) {
            session.execute("create database " + db);
        }
        return db;
    }

    private static long rows(String table) {
        try (TaosClient client = TaosClient.create("ws://127.0.0.1:" + server.port());
             TaosSession session = client.openSession();
             TaosResult result = session.query("select count(*) from " + table)) {
            assertThat(result.next()).isTrue();
            return result.getLong(0);
        }
    }

    private static List<String> lines(int count) {
        return IntStream.range(0, count).mapToObj(i -> "meters,host=h1 v=" + i + "i " + (1700000000000L + i)).toList();
    }

    @Test
    void createsBothWritersWithoutCreatingTheLazyClient() {
        runner.withPropertyValues(url("power")).run(context -> {
            assertThat(context).hasSingleBean(SchemalessWriter.class).hasSingleBean(BufferedSchemalessWriter.class)
                    .hasBean("taosSchemalessWriter").hasBean("taosBufferedSchemalessWriter");
            assertThat(context.getBean(BufferedSchemalessWriter.class).isRunning()).isTrue();
            assertThat(context.getBeanFactory().containsSingleton("taosClient")).isFalse();
        });
    }

    @Test
    void writesThroughTheClientAndEverythingBufferedReachesTheServerWhenTheContextCloses() {
        String db = newDatabase();
        // a batch never fills and the interval never passes: only the close writes the lines
        runner.withPropertyValues(url(db), "taos.schemaless.precision=milliseconds", "taos.schemaless.batch-size=5000",
                "taos.schemaless.flush-interval=1h").run(context -> {
                    BufferedSchemalessWriter writer = context.getBean(BufferedSchemalessWriter.class);
                    for (String line : lines(1234)) {
                        writer.write(line);
                    }
                    assertThat(writer.buffered()).isEqualTo(1234);
                });
        assertThat(rows(db + ".meters")).isEqualTo(1234);
    }

    @Test
    void theEmbeddedDefaultServerOutlivesTheFlushOnClose() {
        Recorder recorder = new Recorder();
        runner.withInitializer(new EmbeddedTaosInitializer()).withBean(Recorder.class, () -> recorder)
                .withPropertyValues("taos.database=power", "taos.schemaless.flush-interval=1h",
                        "taos.schemaless.precision=milliseconds")
                .run(context -> {
                    try (TaosClient admin = TaosClient.create(
                                 "ws://127.0.0.1:" + context.getBean(EmbeddedTaosServer.class).port());
                         TaosSession session = admin.openSession()) {
                        session.execute("create database power");
                    }
                    context.getBean(BufferedSchemalessWriter.class).write(lines(10));
                    assertThat(recorder.written).isEmpty();
                });
        assertThat(recorder.failed).isEmpty();
        assertThat(recorder.written).containsExactly(10);
    }

    @Test
    void bindsEveryPropertyIntoTheBufferedWriter() {
        runner.withBean(GatedWriter.class, GatedWriter::new).withPropertyValues(url("power"),
                "taos.schemaless.protocol=telnet", "taos.schemaless.precision=seconds", "taos.schemaless.ttl=7d",
                "taos.schemaless.batch-size=2", "taos.schemaless.flush-interval=1h",
                "taos.schemaless.max-buffered-lines=3", "taos.schemaless.max-buffered-chars=1000",
                "taos.schemaless.overflow=fail", "taos.schemaless.block-timeout=5s",
                "taos.schemaless.retry.max-attempts=2", "taos.schemaless.retry.initial-backoff=1ms",
                "taos.schemaless.retry.max-backoff=2ms").run(context -> {
                    TaosProperties.Schemaless properties = context.getBean(TaosProperties.class).getSchemaless();
                    assertThat(properties.getBlockTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.getMaxBufferedChars()).isEqualTo(1000);
                    assertThat(properties.getOverflow()).isEqualTo(OverflowPolicy.FAIL);
                    GatedWriter target = context.getBean(GatedWriter.class);
                    BufferedSchemalessWriter writer = context.getBean(BufferedSchemalessWriter.class);
                    writer.write(List.of("a 1 1 t=1", "b 1 1 t=1", "c 1 1 t=1"));

                    assertThatThrownBy(() -> writer.write("d 1 1 t=1")).isInstanceOf(BufferFullException.class);
                    target.failNext = 1;   // one transient failure: retried once (two attempts) and written
                    target.gate.countDown();
                    writer.flush();
                    assertThat(target.calls).hasValue(3);
                    assertThat(target.batches).containsExactly(List.of("a 1 1 t=1", "b 1 1 t=1"), List.of("c 1 1 t=1"));
                    assertThat(target.settings).containsOnly("TELNET SECONDS 7");

                    target.failNext = 2;   // two: the attempts run out
                    writer.write("e 1 1 t=1");
                    assertThatThrownBy(writer::flush).isInstanceOf(ConnectionError.class);
                });
    }

    @Test
    void readsThePrecisionAsTDengineWritesItOrByName() {
        Map<String, SchemalessPrecision> spellings = Map.of("ms", SchemalessPrecision.MILLISECONDS,
                "us", SchemalessPrecision.MICROSECONDS, "u", SchemalessPrecision.MICROSECONDS,
                "NS", SchemalessPrecision.NANOSECONDS, "h", SchemalessPrecision.HOURS,
                "minutes", SchemalessPrecision.MINUTES, "not-configured", SchemalessPrecision.NOT_CONFIGURED);
        spellings.forEach((text, precision) -> runner.withPropertyValues(url("power"),
                "taos.schemaless.precision=" + text).run(context -> assertThat(
                        context.getBean(TaosProperties.class).getSchemaless().getPrecision()).as(text).isEqualTo(precision)));
        runner.withPropertyValues(url("power"), "taos.schemaless.precision=parsecs").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("'parsecs'").hasMessageContaining("ms, us, ns"));
    }

    @Test
    void theDefaultsAreThoseOfTheCoreWriter() {
        TaosProperties.Schemaless defaults = new TaosProperties().getSchemaless();
        assertThat(defaults.isEnabled()).isTrue();
        assertThat(defaults.getProtocol()).isEqualTo(SchemalessProtocol.LINE);
        assertThat(defaults.getPrecision()).isEqualTo(SchemalessPrecision.NANOSECONDS);
        assertThat(defaults.getTtl()).isZero();
        assertThat(defaults.getBatchSize()).isEqualTo(1000);
        assertThat(defaults.getFlushInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.getMaxBufferedLines()).isEqualTo(100_000);
        assertThat(defaults.getMaxBufferedChars()).isEqualTo(64L * 1024 * 1024);
        assertThat(defaults.getOverflow()).isEqualTo(OverflowPolicy.BLOCK);
        assertThat(defaults.getBlockTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.getRetry().getMaxAttempts()).isEqualTo(5);
        assertThat(defaults.getRetry().getInitialBackoff()).isEqualTo(Duration.ofMillis(100));
        assertThat(defaults.getRetry().getMaxBackoff()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void invalidSettingsFailStartUp() {
        runner.withPropertyValues(url("power"), "taos.schemaless.batch-size=10", "taos.schemaless.max-buffered-lines=5")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseInstanceOf(IllegalArgumentException.class)
                        .rootCause().hasMessageContaining("maxBufferedLines 5"));
        runner.withPropertyValues(url("power"), "taos.schemaless.ttl=12h").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("whole number of days"));
    }

    @Test
    void bothWritersBackOffFromTheApplicationsOwn() {
        runner.withPropertyValues(url("power")).withUserConfiguration(OwnWriters.class).run(context -> {
            assertThat(context).getBean(SchemalessWriter.class).isSameAs(context.getBean("ownWriter"));
            assertThat(context).getBean(BufferedSchemalessWriter.class).isSameAs(context.getBean("ownBuffered"));
        });
    }

    @Test
    void theBufferedWriterIsBuiltOverTheApplicationsOwnSchemalessWriter() {
        runner.withPropertyValues(url("power")).withBean(GatedWriter.class, GatedWriter::new).run(context -> {
            assertThat(context).doesNotHaveBean("taosSchemalessWriter").hasSingleBean(BufferedSchemalessWriter.class);
            context.getBean(GatedWriter.class).gate.countDown();
            context.getBean(BufferedSchemalessWriter.class).write("m v=1i 1");
            context.getBean(BufferedSchemalessWriter.class).flush();
            assertThat(context.getBean(GatedWriter.class).batches).containsExactly(List.of("m v=1i 1"));
        });
    }

    @Test
    void disabledByProperty() {
        runner.withPropertyValues(url("power"), "taos.schemaless.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(SchemalessWriter.class).doesNotHaveBean(BufferedSchemalessWriter.class)
                        .hasSingleBean(TaosClient.class));
    }

    @Test
    void createsNothingWithoutTheSpringModule() {
        runner.withPropertyValues(url("power")).withClassLoader(new FilteredClassLoader(BufferedSchemalessWriter.class))
                .run(context -> assertThat(context).doesNotHaveBean(BufferedSchemalessWriter.class)
                        .doesNotHaveBean(SchemalessWriter.class));
    }

    @Test
    void countsLinesBatchesAndFailuresAndGaugesTheBufferInTheApplicationsRegistry() {
        String db = newDatabase();
        runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
                .withPropertyValues(url(db), "taos.schemaless.precision=milliseconds").run(context -> {
                    BufferedSchemalessWriter writer = context.getBean(BufferedSchemalessWriter.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    writer.write(lines(25));
                    writer.flush();
                    writer.write("meters,host=h1 v=\"not an integer\" 1700000001000");
                    assertThatThrownBy(writer::flush).isInstanceOf(TaosException.class);

                    assertThat(registry.get(SchemalessWriterMetrics.LINES).counter().count()).isEqualTo(25.0);
                    assertThat(registry.get(SchemalessWriterMetrics.BATCHES).counter().count()).isEqualTo(1.0);
                    assertThat(registry.get(SchemalessWriterMetrics.FAILURES)
                            .tag(SchemalessWriterMetrics.ERROR_CATEGORY, "SCHEMALESS").counter().count()).isEqualTo(1.0);
                    assertThat(registry.get(SchemalessWriterMetrics.BUFFERED).tag("name", "taosBufferedSchemalessWriter")
                            .gauge().value()).isZero();
                });
        assertThat(rows(db + ".meters")).isEqualTo(25);
    }

    @Test
    void noMetersWithoutARegistry() {
        runner.withPropertyValues(url("power")).run(context -> assertThat(context)
                .doesNotHaveBean(SchemalessWriterMetrics.class).doesNotHaveBean(TaosSchemalessBufferMetrics.class));
    }

    @Test
    void anUnknownSchemalessKeyFailsStartUpNamingTheClosestValidKey() {
        runner.withPropertyValues(url("power"), "taos.schemaless.retry.max-attemps=3").run(context ->
                assertThat(context.getStartupFailure()).isInstanceOf(UnknownTaosPropertyException.class)
                        .hasMessageContaining("did you mean 'taos.schemaless.retry.max-attempts'"));
        runner.withPropertyValues(url("power"), "taos.schemaless.batchSize=10", "taos.schemaless.retry.max_backoff=1s",
                "taos.schemaless.overflow=FAIL").run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void isRegisteredAndItsPropertiesAreInTheMetadata() throws Exception {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
                .contains(TaosSchemalessAutoConfiguration.class.getName());
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"taos.schemaless.enabled\"", "\"taos.schemaless.batch-size\"",
                    "\"taos.schemaless.overflow\"", "\"taos.schemaless.retry.max-attempts\"",
                    "\"taos.schemaless.retry.initial-backoff\"", "Lines per request");
        }
    }

    /** A schemaless writer that holds writes until opened, records them and can fail transiently. */
    static final class GatedWriter implements SchemalessWriter {
        final CountDownLatch gate = new CountDownLatch(1);
        final List<List<String>> batches = new CopyOnWriteArrayList<>();
        final List<String> settings = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        volatile int failNext;

        @Override
        public long write(List<String> lines, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl,
                long reqId) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            calls.incrementAndGet();
            if (failNext > 0) {
                failNext--;
                throw new ConnectionError(ErrorCodes.UNABLE_TO_CONNECT, "connection refused (simulated)");
            }
            batches.add(List.copyOf(lines));
            settings.add(protocol + " " + precision + " " + ttl);
            return lines.size();
        }
    }

    /** A listener bean: what the writer wrote and gave up. */
    static final class Recorder implements BufferedWriterListener {
        final List<Integer> written = new CopyOnWriteArrayList<>();
        final List<List<String>> failed = new CopyOnWriteArrayList<>();

        @Override
        public void batchWritten(int lines, Duration elapsed) {
            written.add(lines);
        }

        @Override
        public void batchFailed(List<String> lines, TaosException error) {
            failed.add(lines);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnWriters {

        @Bean
        SchemalessWriter ownWriter() {
            return new GatedWriter();
        }

        @Bean
        BufferedSchemalessWriter ownBuffered(SchemalessWriter writer) {
            return new BufferedSchemalessWriter(BufferedWriter.builder(writer));
        }
    }
}
