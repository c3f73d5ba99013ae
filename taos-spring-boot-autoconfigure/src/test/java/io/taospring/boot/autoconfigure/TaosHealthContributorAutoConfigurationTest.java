package io.taospring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import io.taospring.embedded.EmbeddedTaosServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The taos health indicator: UP with details, DOWN with the error code, its switch and back-off. */
class TaosHealthContributorAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TaosEmbeddedAutoConfiguration.class, TaosAutoConfiguration.class,
                    TaosHealthContributorAutoConfiguration.class));

    @Test
    void upWithServerVersionLatencyDatabaseAndEndpoint() {
        try (EmbeddedTaosServer server = EmbeddedTaosServer.builder().build().start();
                TaosClient client = TaosClient.create("ws://127.0.0.1:" + server.port());
                TaosSession session = client.openSession()) {
            session.execute("create database power");
            runner.withPropertyValues("taos.url=ws://127.0.0.1:" + server.port(), "taos.database=power")
                    .run(context -> assertUp(context.getBean("taosHealthIndicator", HealthIndicator.class), server));
        }
    }

    private static void assertUp(HealthIndicator indicator, EmbeddedTaosServer server) {
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("clusterAlive", 1)
                .containsEntry("endpoint", "127.0.0.1:" + server.port()).containsEntry("database", "power")
                .containsEntry("transport", "websocket").containsKeys("serverVersion", "latency");
        assertThat((String) health.getDetails().get("serverVersion")).startsWith("3.");
    }

    @Test
    void downWithTheErrorCodeWhenTheServerIsStopped() {
        EmbeddedTaosServer server = EmbeddedTaosServer.builder().build().start();
        int port = server.port();
        server.close();
        runner.withPropertyValues("taos.url=ws://127.0.0.1:" + port, "taos.health.timeout=1s").run(context -> {
            Health health = context.getBean("taosHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsKeys("errorCode", "error").containsEntry("endpoint", "127.0.0.1:" + port);
            assertThat((String) health.getDetails().get("errorCode")).matches("0x[0-9A-F]{4}");
        });
    }

    @Test
    void clusterAliveTwoIsPartialAndZeroIsDown() {
        assertThat(TaosHealthIndicator.statusOf(1)).isEqualTo(Status.UP);
        assertThat(TaosHealthIndicator.statusOf(2)).isEqualTo(TaosHealthIndicator.PARTIAL);
        assertThat(TaosHealthIndicator.statusOf(0)).isEqualTo(Status.DOWN);
    }

    @Test
    void turnedOffByManagementHealthTaosEnabled() {
        runner.withPropertyValues("management.health.taos.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("taosHealthIndicator"));
    }

    @Test
    void backsOffFromTheApplicationsOwnIndicator() {
        runner.withUserConfiguration(OwnIndicator.class).run(context -> assertThat(context)
                .getBean("taosHealthIndicator").isNotInstanceOf(TaosHealthIndicator.class));
    }

    @Test
    void noIndicatorWithoutBootsHealthModule() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).doesNotHaveBean("taosHealthIndicator"));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnIndicator {

        @Bean
        HealthIndicator taosHealthIndicator() {
            return () -> Health.up().build();
        }
    }
}
