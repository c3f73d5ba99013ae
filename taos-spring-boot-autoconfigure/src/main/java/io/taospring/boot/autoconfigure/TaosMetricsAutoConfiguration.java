package io.taospring.boot.autoconfigure;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.taospring.client.TaosClient;
import io.taospring.spring.observation.TaosClientMetrics;
import io.taospring.spring.observation.TaosListenerMetrics;
import io.taospring.spring.schemaless.BufferedSchemalessWriter;
import io.taospring.spring.schemaless.SchemalessWriterMetrics;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Metrics of the client when the application has a {@link MeterRegistry}: {@code taos.client.requests},
 * {@code taos.client.rows.read}, {@code taos.client.rows.written} ({@link TaosClientMetrics}) and, with
 * HikariCP, the pool gauges {@code taos.client.connections} ({@link TaosPoolMetrics}); for schemaless writing,
 * {@code taos.schemaless.lines}, {@code .batches}, {@code .retries}, {@code .failures} ({@link SchemalessWriterMetrics})
 * and the gauge {@code taos.schemaless.buffered} ({@link TaosSchemalessBufferMetrics}); the listener meters
 * {@code taos.listener.*} ({@link TaosListenerMetrics}).
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"},
    before = TaosAutoConfiguration.class)
@ConditionalOnClass({TaosClient.class, MeterRegistry.class, TaosClientMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
public final class TaosMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TaosClientMetrics taosClientMetrics(MeterRegistry registry) {
        return new TaosClientMetrics(registry);
    }

    /** The meters of {@code @TaosListener} containers. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TaosListenerMetrics.class)
    static class ListenerMetrics {

        @Bean
        @ConditionalOnMissingBean
        TaosListenerMetrics taosListenerMetrics(MeterRegistry registry) {
            return new TaosListenerMetrics(registry);
        }
    }

    /** Pool gauges for HikariCP pools over TDengine. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HikariDataSource.class)
    static class PoolMetrics {

        @Bean
        @ConditionalOnMissingBean
        TaosPoolMetrics taosPoolMetrics(ObjectProvider<DataSource> dataSources) {
            return new TaosPoolMetrics(dataSources);
        }
    }

    /** Meters of the buffered schemaless writers: the counters as their listener, the buffer gauge as a binder. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "taos.schemaless.enabled", matchIfMissing = true)
    static class SchemalessMetrics {

        @Bean
        @ConditionalOnMissingBean
        SchemalessWriterMetrics taosSchemalessWriterMetrics(MeterRegistry registry) {
            return new SchemalessWriterMetrics(registry);
        }

        @Bean
        @ConditionalOnMissingBean
        TaosSchemalessBufferMetrics taosSchemalessBufferMetrics(ObjectProvider<BufferedSchemalessWriter> writers) {
            return new TaosSchemalessBufferMetrics(writers);
        }
    }
}
