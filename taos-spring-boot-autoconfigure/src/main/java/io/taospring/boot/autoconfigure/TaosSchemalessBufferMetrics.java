package io.taospring.boot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.taospring.spring.schemaless.BufferedSchemalessWriter;
import io.taospring.spring.schemaless.SchemalessWriterMetrics;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The gauge {@code taos.schemaless.buffered} of each {@link BufferedSchemalessWriter} bean, tagged with its bean
 * name; the writers' counters come from the {@link SchemalessWriterMetrics} listener bean.
 */
public class TaosSchemalessBufferMetrics implements MeterBinder {

    private final ObjectProvider<BufferedSchemalessWriter> writers;

    /** Binds the writers among {@code writers}, looked up when bound. */
    public TaosSchemalessBufferMetrics(ObjectProvider<BufferedSchemalessWriter> writers) {
        this.writers = writers;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        writers.orderedStream().forEach(writer -> SchemalessWriterMetrics.bindBuffer(registry, writer));
    }
}
