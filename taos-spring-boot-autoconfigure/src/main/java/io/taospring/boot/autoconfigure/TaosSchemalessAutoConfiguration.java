package io.taospring.boot.autoconfigure;

import io.taospring.client.TaosClient;
import io.taospring.client.schemaless.BufferedWriter;
import io.taospring.client.schemaless.BufferedWriterListener;
import io.taospring.client.schemaless.RetryPolicy;
import io.taospring.client.schemaless.SchemalessWriter;
import io.taospring.spring.schemaless.BufferedSchemalessWriter;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Schemaless writing ({@code taos.schemaless.*}): a {@link SchemalessWriter} over the application's
 * {@link TaosClient}, which stays lazy until the first write, and a {@link BufferedSchemalessWriter} over that
 * writer, told about every {@link BufferedWriterListener} bean (the meters among them) and stopped, with everything
 * it holds written, before the context destroys the client.
 */
@AutoConfiguration(after = TaosAutoConfiguration.class)
@ConditionalOnClass({TaosClient.class, BufferedSchemalessWriter.class})
@ConditionalOnBooleanProperty(name = "taos.schemaless.enabled", matchIfMissing = true)
@EnableConfigurationProperties(TaosProperties.class)
public final class TaosSchemalessAutoConfiguration {

    /** Static: property binding needs it before any configuration class is instantiated. */
    @Bean
    @ConfigurationPropertiesBinding
    static SchemalessPrecisionConverter taosSchemalessPrecisionConverter() {
        return new SchemalessPrecisionConverter();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(TaosClient.class)
    SchemalessWriter taosSchemalessWriter(ObjectProvider<TaosClient> client) {
        return new ClientSchemalessWriter(client::getObject);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(SchemalessWriter.class)
    BufferedSchemalessWriter taosBufferedSchemalessWriter(SchemalessWriter writer, TaosProperties properties,
            ObjectProvider<BufferedWriterListener> listeners) {
        TaosProperties.Schemaless settings = properties.getSchemaless();
        TaosProperties.Schemaless.Retry retry = settings.getRetry();
        return new BufferedSchemalessWriter(BufferedWriter.builder(writer).protocol(settings.getProtocol())
                .precision(settings.getPrecision()).ttl(ttlDays(settings.getTtl())).batchSize(settings.getBatchSize())
                .flushInterval(settings.getFlushInterval()).maxBufferedLines(settings.getMaxBufferedLines())
                .maxBufferedChars(settings.getMaxBufferedChars()).overflow(settings.getOverflow())
                .blockTimeout(settings.getBlockTimeout())
                .retry(new RetryPolicy(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff()))
                .listener(BufferedWriterListener.composite(listeners.orderedStream().toList())));
    }

    /** TDengine's TTL is in days: a part day would be dropped silently, so it is refused. */
    private static int ttlDays(Duration ttl) {
        if (ttl.isNegative() || !ttl.equals(Duration.ofDays(ttl.toDays())) || ttl.toDays() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("taos.schemaless.ttl must be a whole number of days, not " + ttl);
        }
        return (int) ttl.toDays();
    }
}
