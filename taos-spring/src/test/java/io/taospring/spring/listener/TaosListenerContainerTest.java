package io.taospring.spring.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import io.taospring.client.error.TmqError;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.spring.observation.TaosListenerObservations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A container used directly, without Spring: observations, and recovery from a consumer the server failed. */
class TaosListenerContainerTest {

    private static EmbeddedTaosServer server;
    private static TaosClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().port(0).build().start();
        client = TaosClient.create("ws://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static void sql(String sql) {
        try (TaosSession session = client.openSession()) {
            session.execute(sql);
        }
    }

    @Test
    void eachInvocationIsAnObservationCurrentWhileTheListenerRuns() {
        sql("create database observed");
        sql("create table observed.d0 (ts timestamp, id int)");
        sql("insert into observed.d0 values ('2024-01-01T00:00:01Z', 1) ('2024-01-01T00:00:02Z', 2)");
        sql("create topic observed_t as select ts, id from observed.d0");
        TestObservationRegistry registry = TestObservationRegistry.create();
        List<String> current = new CopyOnWriteArrayList<>();
        TaosListenerContainer container = TaosListenerContainerFactory.builder()
                .consumerConfig(Map.of("td.connect.ip", "127.0.0.1", "td.connect.port", Integer.toString(server.port()),
                        "auto.offset.reset", "earliest"))
                .pollTimeout(Duration.ofMillis(100)).observer(new TaosListenerObservations(registry))
                .errorHandler((records, failure, retry) -> { })
                .build().createContainer(TaosListenerEndpoint.of("observed", List.of("observed_t"), (records, ack) -> {
                    current.add(registry.getCurrentObservation().getContextView().getContextualName());
                    if (Integer.valueOf(2).equals(records.get(0).get("id"))) {
                        throw new IllegalStateException("two");
                    }
                }));
        container.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> current.size() == 2);
        } finally {
            container.stop();
        }

        assertThat(current).containsExactly("observed_t process", "observed_t process");
        TestObservationRegistryAssert.assertThat(registry).hasNumberOfObservationsWithNameEqualTo(
                TaosListenerObservations.NAME, 2);
        TestObservationRegistryAssert.assertThat(registry).forAllObservationsWithNameEqualTo(
                TaosListenerObservations.NAME, o -> o
                        .hasLowCardinalityKeyValue("messaging.destination.name", "observed_t")
                        .hasLowCardinalityKeyValue("taos.listener", "observed")
                        .hasHighCardinalityKeyValue("messaging.batch.message_count", "1"));
        TestObservationRegistryAssert.assertThat(registry).hasAnObservation(o -> o.hasError()).hasAnObservation(
                o -> o.doesNotHaveError());
    }

    @Test
    void aConsumerTheServerFailedSubscribesAgainAfterTheRecoveryInterval() {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<TaosRecord> received = new CopyOnWriteArrayList<>();
        TaosListenerContainerFactory factory = TaosListenerContainerFactory.builder()
                .consumerConfig(Map.of("td.connect.ip", "127.0.0.1", "td.connect.port", Integer.toString(server.port()),
                        "auto.offset.reset", "earliest"))
                .pollTimeout(Duration.ofMillis(100)).recoveryInterval(Duration.ofMillis(50))
                .observer(new ListenerObserver() {
                    @Override
                    public void consumerFailed(String listenerId, Throwable failure) {
                        failures.add(failure);
                    }
                }).build();
        TaosListenerContainer container = factory.createContainer(TaosListenerEndpoint.of("later",
                List.of("later_t"), (records, ack) -> received.addAll(records)));
        container.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> failures.size() >= 2);
            assertThat(failures.get(0)).isInstanceOf(TmqError.class).hasMessageContaining("0x03E1");

            sql("create database later");
            sql("create table later.d0 (ts timestamp, id int)");
            sql("insert into later.d0 values ('2024-01-01T00:00:01Z', 1)");
            sql("create topic later_t as select ts, id from later.d0");

            await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 1);
            assertThat(received.get(0).get("id")).isEqualTo(1);
            assertThat(container.groupId()).isEqualTo("later");
        } finally {
            container.stop();
        }
        assertThat(container.isRunning()).isFalse();
    }
}
