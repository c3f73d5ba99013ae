package io.taospring.demo.meter;

import io.taospring.client.TaosClient;
import io.taospring.client.schemaless.BufferedWriter;
import io.taospring.client.schemaless.SchemalessPrecision;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The buffered schemaless writer of the meters' status points. */
@Configuration(proxyBeanMethods = false)
class MeterConfiguration {

    /** Lazy: its flushing thread starts with the first status point, not with the application. */
    @Bean(destroyMethod = "close")
    @Lazy
    BufferedWriter meterStatusWriter(TaosClient client) {
        return BufferedWriter.builder(client.schemaless()).precision(SchemalessPrecision.MILLISECONDS)
                .batchSize(1_000).flushInterval(Duration.ofMillis(500)).build();
    }
}
