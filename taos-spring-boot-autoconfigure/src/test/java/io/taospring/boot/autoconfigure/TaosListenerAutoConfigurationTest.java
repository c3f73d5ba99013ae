package io.taospring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.spring.listener.AckMode;
import io.taospring.spring.annotation.EnableTaos;
import io.taospring.spring.listener.TaosListenerContainerFactory;
import io.taospring.spring.listener.TaosListenerEndpointRegistry;
import io.taospring.spring.observation.TaosListenerMetrics;
import io.taospring.spring.observation.TaosListenerObservations;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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

/** The @TaosListener auto-configuration, one behaviour per test. */
class TaosListenerAutoConfigurationTest {

    private static EmbeddedTaosServer server;

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(TaosEmbeddedAutoConfiguration.class, TaosAutoConfiguration.class,
                    TaosListenerAutoConfiguration.class));

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String url() {
        return "taos.url=ws://alice:secret@127.0.0.1:" + server.port() + "/power";
    }

    @Test
    void providesTheDefaultFactoryAndTheRegistry() {
        runner.withPropertyValues(url()).run(context -> {
            assertThat(context).hasBean("taosListenerContainerFactory")
                    .hasSingleBean(TaosListenerEndpointRegistry.class);
            assertThat(context.getBean(TaosListenerContainerFactory.class).consumerConfig()).containsAllEntriesOf(
                    Map.of("td.connect.ip", "127.0.0.1", "td.connect.port", Integer.toString(server.port()),
                            "td.connect.user", "alice", "td.connect.pass", "secret", "td.connect.db", "power",
                            "auto.offset.reset", "latest"));
        });
    }

    @Test
    void consumersConnectAsTheApplicationDoesOverTlsWithItsTokenAndTrustStore() {
        runner.withPropertyValues("taos.url=wss://db.example:6041/power", "taos.token=cloud-token",
                "taos.ssl.trust-store=/etc/taos/trust.p12", "taos.ssl.trust-store-type=PKCS12",
                "taos.ssl.trust-store-password=store-secret").run(context ->
                assertThat(context.getBean(TaosListenerContainerFactory.class).consumerConfig()).containsAllEntriesOf(
                        Map.of("td.connect.ip", "db.example", "useSSL", "true", "token", "cloud-token",
                                "trust_store", "/etc/taos/trust.p12", "trust_store_type", "PKCS12",
                                "trust_store_password", "store-secret")));
        runner.withPropertyValues(url()).run(context ->
                assertThat(context.getBean(TaosListenerContainerFactory.class).consumerConfig())
                        .doesNotContainKeys("useSSL", "token", "trust_store", "bootstrap.servers"));
        runner.withPropertyValues("taos.url=ws://db1:6041,[::1]:6042/power").run(context ->
                assertThat(context.getBean(TaosListenerContainerFactory.class).consumerConfig())
                        .containsEntry("bootstrap.servers", "db1:6041,[::1]:6042"));
    }

    @Test
    void bindsTheListenerProperties() {
        runner.withPropertyValues(url(), "taos.listener.ack-mode=manual-immediate", "taos.listener.concurrency=3",
                "taos.listener.poll-timeout=250ms", "taos.listener.auto-offset-reset=earliest",
                "taos.listener.group-id=g", "taos.listener.retry.max-attempts=5",
                "taos.listener.retry.initial-interval=20ms", "taos.listener.properties.msg.with.table.name=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    TaosProperties.Listener listener = context.getBean(TaosProperties.class).getListener();
                    assertThat(listener.getAckMode()).isEqualTo(AckMode.MANUAL_IMMEDIATE);
                    assertThat(listener.getConcurrency()).isEqualTo(3);
                    assertThat(listener.getRetry().getMaxAttempts()).isEqualTo(5);
                    assertThat(context.getBean(TaosListenerContainerFactory.class).consumerConfig())
                            .containsEntry("auto.offset.reset", "earliest")
                            .containsEntry("msg.with.table.name", "true");
                });
    }

    @Test
    void anUnknownListenerKeyFailsStartUpNamingTheClosestValidKey() {
        runner.withPropertyValues(url(), "taos.listener.ack-mod=record").run(context ->
                assertThat(context.getStartupFailure()).isInstanceOf(UnknownTaosPropertyException.class)
                        .hasMessageContaining("did you mean 'taos.listener.ack-mode'"));
        runner.withPropertyValues(url(), "taos.listener.retry.max-atempts=2").run(context ->
                assertThat(context.getStartupFailure()).isInstanceOf(UnknownTaosPropertyException.class)
                        .hasMessageContaining("did you mean 'taos.listener.retry.max-attempts'"));
    }

    @Test
    void backsOffFromTheApplicationsFactoryAndEnableTaos() {
        runner.withPropertyValues(url()).withUserConfiguration(OwnFactory.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(TaosListenerEndpointRegistry.class);
            assertThat(context.getBean("taosListenerContainerFactory")).isSameAs(OwnFactory.FACTORY);
        });
    }

    @Test
    void bindsListenerMetricsWhenThereIsAMeterRegistry() {
        runner.withPropertyValues(url()).withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                TaosMetricsAutoConfiguration.class))
                .run(context -> assertThat(context).hasSingleBean(TaosListenerMetrics.class));
    }

    @Test
    void observesInvocationsWhenThereIsAnObservationRegistry() {
        runner.withPropertyValues(url()).withConfiguration(AutoConfigurations.of(TaosObservationAutoConfiguration.class))
                .withBean(ObservationRegistry.class, TestObservationRegistry::create)
                .run(context -> assertThat(context).hasSingleBean(TaosListenerObservations.class));
        runner.withPropertyValues(url()).withConfiguration(AutoConfigurations.of(TaosObservationAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(TaosListenerObservations.class));
    }

    @Test
    void createsNothingWithoutTheListenerClasses() {
        runner.withPropertyValues(url()).withClassLoader(new FilteredClassLoader(EnableTaos.class)).run(context ->
                assertThat(context).doesNotHaveBean(TaosListenerContainerFactory.class)
                        .doesNotHaveBean(TaosListenerEndpointRegistry.class));
    }

    @Test
    void isRegisteredAndItsPropertiesHaveMetadata() throws Exception {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
                .contains(TaosListenerAutoConfiguration.class.getName());
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"taos.listener.ack-mode\"", "\"taos.listener.concurrency\"",
                    "\"taos.listener.poll-timeout\"", "\"taos.listener.auto-offset-reset\"",
                    "\"taos.listener.group-id\"", "\"taos.listener.retry.max-attempts\"",
                    "\"taos.listener.dead-letter-table\"", "\"taos.listener.properties\"",
                    "Number of consumers (threads) per listener");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTaos
    static class OwnFactory {

        static final TaosListenerContainerFactory FACTORY = TaosListenerContainerFactory.builder().build();

        @Bean
        TaosListenerContainerFactory taosListenerContainerFactory() {
            return FACTORY;
        }
    }
}
