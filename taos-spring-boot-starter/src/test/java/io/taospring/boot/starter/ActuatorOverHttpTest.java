package io.taospring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.spring.core.TaosTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * An application with the starter, webmvc and actuator, and nothing configured but the actuator's
 * exposure: the embedded server starts, {@code /actuator/health} shows {@code taos} UP with its details
 * and {@code /actuator/metrics} lists the {@code taos.*} meters after a query.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "management.endpoint.health.show-details=always",
    "management.endpoints.web.exposure.include=health,metrics",
    "spring.application.name=starter-test"})
@AutoConfigureRestTestClient
class ActuatorOverHttpTest {

    @Autowired
    RestTestClient http;

    @Autowired
    TaosTemplate taos;

    @Test
    void healthShowsTaosUpWithDetails() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.taos.status").isEqualTo("UP")
                .jsonPath("$.components.taos.details.clusterAlive").isEqualTo(1)
                .jsonPath("$.components.taos.details.serverVersion").isNotEmpty()
                .jsonPath("$.components.taos.details.latency").isNotEmpty()
                .jsonPath("$.components.taos.details.endpoint").value(String.class,
                        endpoint -> assertThat(endpoint).startsWith("127.0.0.1:"));
    }

    @Test
    void metricsListTheTaosMetersAfterAQuery() {
        taos.execute("create database if not exists metered");
        taos.execute("create table if not exists metered.m (ts timestamp, v int)");
        taos.update("insert into metered.m values (1700000000000, 1)");
        assertThat(taos.queryForList("select v from metered.m", Integer.class)).containsExactly(1);
        http.get().uri("/actuator/metrics").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.names").value(Object.class, names -> assertThat(names.toString()).contains(
                        "taos.client.requests", "taos.client.rows.read", "taos.client.rows.written",
                        "taos.client.connections"));
        http.get().uri("/actuator/metrics/taos.client.requests?tag=db.operation.name:INSERT").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.measurements[?(@.statistic == 'COUNT')].value").isEqualTo(1.0)
                .jsonPath("$.availableTags[*].tag").value(Object.class, tags -> assertThat(tags.toString())
                        .contains("db.system.name", "db.namespace", "taos.transport", "outcome", "error.type"));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
