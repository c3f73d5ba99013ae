package io.taospring.boot.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.taospring.client.TaosClient;
import io.taospring.spring.observation.TaosClientObservations;
import io.taospring.spring.observation.TaosListenerObservations;
import io.taospring.spring.observation.TaosObservationConvention;
import io.taospring.spring.observation.TraceIdReqIds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tracing of the client: an {@code Observation} per request (and per {@code @TaosListener} invocation) when
 * the application has an {@link ObservationRegistry}, and the current trace id in each request's reqId when it has a
 * Micrometer {@link Tracer}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    before = TaosAutoConfiguration.class)
@ConditionalOnClass({TaosClient.class, ObservationRegistry.class, TaosClientObservations.class})
public final class TaosObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(ObservationRegistry.class)
    TaosClientObservations taosClientObservations(ObservationRegistry registry,
            ObjectProvider<TaosObservationConvention> convention) {
        return new TaosClientObservations(registry, convention.getIfAvailable());
    }

    /** An observation per {@code @TaosListener} invocation. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TaosListenerObservations.class)
    static class ListenerObservations {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(ObservationRegistry.class)
        TaosListenerObservations taosListenerObservations(ObservationRegistry registry) {
            return new TaosListenerObservations(registry);
        }
    }

    /** The trace id into the reqId; the Tracer is looked up at the first request, when every tracer is ready. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tracer.class)
    static class TraceIds {

        @Bean
        @ConditionalOnMissingBean
        TraceIdReqIds taosTraceIdReqIds(ObjectProvider<Tracer> tracer) {
            return new TraceIdReqIds(tracer::getIfUnique);
        }
    }
}
