package io.taospring.spring.schemaless;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.taospring.client.error.ErrorCategory;
import io.taospring.client.error.TaosException;
import io.taospring.client.schemaless.BufferedWriterListener;
import io.taospring.spring.observation.TaosRequestTags;
import java.time.Duration;
import java.util.List;

/**
 * Records what buffered schemaless writers do in a {@link MeterRegistry}: the counters {@value #LINES},
 * {@value #BATCHES}, {@value #RETRIES} and {@value #FAILURES} (the last two tagged with {@code error.type}, TDengine's
 * code such as {@code 0x2603}, and {@value #ERROR_CATEGORY}), and, per writer, the gauge {@value #BUFFERED}.
 * Give it to a writer as its {@link BufferedWriterListener}.
 */
public final class SchemalessWriterMetrics implements BufferedWriterListener {

    /** The counter of lines written. */
    public static final String LINES = "taos.schemaless.lines";
    /** The counter of batches written. */
    public static final String BATCHES = "taos.schemaless.batches";
    /** The counter of batches sent again after a transient failure. */
    public static final String RETRIES = "taos.schemaless.retries";
    /** The counter of batches given up (their lines went to the writer's listeners). */
    public static final String FAILURES = "taos.schemaless.failures";
    /** The gauge of lines accepted and not yet written or given up, tagged with the writer's {@code name}. */
    public static final String BUFFERED = "taos.schemaless.buffered";
    /** The tag of the error's category ({@code SCHEMALESS}, {@code CONNECTION}, ...). */
    public static final String ERROR_CATEGORY = "taos.error.category";

    private final MeterRegistry registry;
    private final Counter lines;
    private final Counter batches;

    /** Records into {@code registry}; the line and batch counters exist (at zero) from now on. */
    public SchemalessWriterMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.lines = Counter.builder(LINES).description("schemaless lines written to TDengine").baseUnit("lines")
                .register(registry);
        this.batches = Counter.builder(BATCHES).description("schemaless batches written to TDengine")
                .baseUnit("batches").register(registry);
    }

    /** Registers the {@value #BUFFERED} gauge of {@code writer}; it does not keep the writer from being collected. */
    public static Gauge bindBuffer(MeterRegistry registry, BufferedSchemalessWriter writer) {
        return Gauge.builder(BUFFERED, writer, BufferedSchemalessWriter::buffered).tag("name", writer.getName())
                .description("schemaless lines accepted and not yet written").baseUnit("lines").register(registry);
    }

    @Override
    public void batchWritten(int lines, Duration elapsed) {
        this.lines.increment(lines);
        batches.increment();
    }

    @Override
    public void retrying(int attempt, Duration delay, TaosException error) {
        errorCounter(RETRIES, "schemaless batches sent again after a transient failure", error).increment();
    }

    @Override
    public void batchFailed(List<String> lines, TaosException error) {
        errorCounter(FAILURES, "schemaless batches given up", error).increment();
    }

    private Counter errorCounter(String name, String description, TaosException error) {
        return Counter.builder(name).description(description).baseUnit("batches")
                .tag(TaosRequestTags.ERROR_TYPE, error.code()).tag(ERROR_CATEGORY, ErrorCategory.of(error).name())
                .register(registry);
    }

    @Override
    public String toString() {
        return "SchemalessWriterMetrics{" + registry.getClass().getSimpleName() + "}";
    }
}
