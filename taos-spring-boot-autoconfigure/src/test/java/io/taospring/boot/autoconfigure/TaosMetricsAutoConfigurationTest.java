package io.taospring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.test.simple.SimpleTracer;
import io.taospring.client.TaosClient;
import io.taospring.spring.core.TaosTemplate;
import io.taospring.spring.observation.DefaultTaosObservationConvention;
import io.taospring.spring.observation.TaosClientMetrics;
import io.taospring.spring.observation.TaosClientObservations;
import io.taospring.spring.observation.TraceIdReqIds;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Metrics and observations of the client, on when the application has the registries, off otherwise. */
class TaosMetricsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TaosEmbeddedAutoConfiguration.class, TaosAutoConfiguration.class,
                    TaosMetricsAutoConfiguration.class, TaosObservationAutoConfiguration.class));

    private final ApplicationContextRunner withMeterRegistry = runner.withConfiguration(AutoConfigurations.of(
            MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
            SimpleMetricsExportAutoConfiguration.class));

    @Test
    void registersRequestRowAndPoolMetersInTheApplicationsRegistry() {
        withMeterRegistry.run(context -> {
            TaosTemplate taos = context.getBean(TaosTemplate.class);
            taos.execute("create database metered");
            taos.execute("create table metered.m (ts timestamp, v int)");
            taos.update("insert into metered.m values (1700000000000, 1) (1700000000001, 2)");
            assertThat(taos.queryForList("select v from metered.m", Integer.class)).containsExactly(1, 2);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            // HikariCP's validation (SELECT 1 on a borrowed connection) is a request too: at least the query's
            assertThat(registry.get(TaosClientMetrics.REQUESTS).tag("db.operation.name", "SELECT").timer().count())
                    .isGreaterThanOrEqualTo(1);
            assertThat(registry.get(TaosClientMetrics.ROWS_READ).tag("db.operation.name", "SELECT").counter().count())
                    .isGreaterThanOrEqualTo(2.0);
            assertThat(registry.get(TaosClientMetrics.ROWS_WRITTEN).tag("db.operation.name", "INSERT").counter().count())
                    .isEqualTo(2.0);
            assertThat(registry.get(TaosPoolMetrics.CONNECTIONS).tag("pool", "taos").gauges()).hasSize(3);
            assertThat(registry.get(TaosPoolMetrics.MAX_CONNECTIONS).gauge().value()).isEqualTo(10.0);
        });
    }

    @Test
    void theSessionApiClientIsMeteredToo() {
        withMeterRegistry.run(context -> {
            try (var session = context.getBean(TaosClient.class).openSession()) {
                session.execute("show databases");
            }
            assertThat(context.getBean(MeterRegistry.class).get(TaosClientMetrics.REQUESTS).tag("db.operation.name", "SHOW")
                    .timer().count()).isEqualTo(1);
        });
    }

    @Test
    void noMetricsWithoutARegistry() {
        runner.run(context -> assertThat(context).doesNotHaveBean(TaosClientMetrics.class)
                .doesNotHaveBean(TaosPoolMetrics.class).doesNotHaveBean(TaosClientObservations.class));
    }

    @Test
    void anObservationPerRequestWhenTheApplicationHasAnObservationRegistry() {
        runner.withUserConfiguration(Observations.class).run(context -> {
            assertThat(context).hasSingleBean(TaosClientObservations.class);
            context.getBean(TaosTemplate.class).queryForList("show databases");
            TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
                    .hasAnObservation(observation -> observation.hasNameEqualTo(DefaultTaosObservationConvention.NAME)
                            .hasLowCardinalityKeyValue("db.system.name", "tdengine")
                            .hasLowCardinalityKeyValue("db.operation.name", "SHOW"));
        });
    }

    @Test
    void theTraceIdGoesIntoTheReqIdWhenTheApplicationHasATracer() {
        runner.withUserConfiguration(Tracing.class).run(context -> {
            assertThat(context).hasSingleBean(TraceIdReqIds.class);
            SimpleTracer tracer = context.getBean(SimpleTracer.class);
            var span = tracer.nextSpan().start();
            Tracer.SpanInScope scope = tracer.withSpan(span);
            try {
                long generated = 0x123456L;
                long reqId = context.getBean(TraceIdReqIds.class).reqId(generated);
                String traceId = span.context().traceId();
                assertThat(TraceIdReqIds.traceBits(reqId)).isEqualTo(
                        Long.parseUnsignedLong(traceId.substring(traceId.length() - 16), 16) & ((1L << 39) - 1));
            } finally {
                scope.close();
                span.end();
            }
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Observations {

        @Bean
        TestObservationRegistry observationRegistry() {
            return TestObservationRegistry.create();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Tracing {

        @Bean
        SimpleTracer tracer() {
            return new SimpleTracer();
        }
    }
}
