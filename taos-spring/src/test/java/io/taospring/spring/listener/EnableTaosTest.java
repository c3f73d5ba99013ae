package io.taospring.spring.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.spring.annotation.EnableTaos;
import io.taospring.spring.annotation.TaosListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** @TaosListener in a plain Spring application: @EnableTaos and a container factory bean, no Boot. */
class EnableTaosTest {

    private static EmbeddedTaosServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().port(0).build().start();
        try (TaosClient client = TaosClient.create("ws://127.0.0.1:" + server.port());
                TaosSession session = client.openSession()) {
            session.execute("create database plain");
            session.execute("create table plain.d0 (ts timestamp, id int)");
            session.execute("insert into plain.d0 values ('2024-01-01T00:00:01Z', 1) ('2024-01-01T00:00:02Z', 2)");
            session.execute("create topic plain_t as select ts, id from plain.d0");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Collects ids; fails on id 2, which its own error handler takes. */
    static class Listener {
        final List<Object> ids = new CopyOnWriteArrayList<>();

        @TaosListener(id = "plain", topics = "plain_t", groupId = "plain", clientIdPrefix = "plain-client",
                properties = "auto.offset.reset=earliest", errorHandler = "skipping")
        void onRow(Map<String, Object> row) {
            ids.add(row.get("id"));
            if (Integer.valueOf(2).equals(row.get("id"))) {
                throw new IllegalStateException("two");
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTaos
    static class App {

        @Bean
        TaosListenerContainerFactory taosListenerContainerFactory() {
            return TaosListenerContainerFactory.builder().consumerConfig(Map.of("td.connect.ip", "127.0.0.1",
                    "td.connect.port", Integer.toString(server.port())))
                    .errorHandler((records, failure, retry) -> {
                        throw new AssertionError("the listener names its own error handler");
                    })
                    .pollTimeout(Duration.ofMillis(100)).build();
        }

        @Bean
        List<String> handled() {
            return new CopyOnWriteArrayList<>();
        }

        @Bean
        TaosErrorHandler skipping(List<String> handled) {
            return (records, failure, retry) -> handled.add(records.get(0).get("id") + ":" + failure.getMessage());
        }

        @Bean
        Listener listener() {
            return new Listener();
        }
    }

    private static List<String> consumerClientIds() {
        List<String> ids = new java.util.ArrayList<>();
        try (TaosClient client = TaosClient.create("ws://127.0.0.1:" + server.port());
                TaosSession session = client.openSession();
                io.taospring.client.TaosResult result = session.query(
                        "show consumers")) {
            while (result.next()) {
                ids.add(result.getString(2));
            }
        }
        return ids;
    }

    @Test
    void annotatedAndProgrammaticListenersReceiveRowsAndAreFoundById() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(App.class)) {
            Listener listener = context.getBean(Listener.class);
            TaosListenerEndpointRegistry registry = context.getBean(TaosListenerEndpointRegistry.class);
            List<TaosRecord> received = new CopyOnWriteArrayList<>();
            registry.registerListenerContainer(TaosListenerEndpoint.of("programmatic", List.of("plain_t"),
                    (records, ack) -> received.addAll(records)).withGroupId("programmatic")
                    .withConsumerProperty("auto.offset.reset", "earliest"),
                    context.getBean(TaosListenerContainerFactory.class));

            await().atMost(Duration.ofSeconds(30)).until(() -> listener.ids.size() == 2 && received.size() == 2);

            assertThat(listener.ids).containsExactly(1, 2);
            assertThat(context.getBean("handled")).hasToString("[2:two]");
            assertThat(consumerClientIds()).contains("plain-client-0", "programmatic-0");
            assertThat(received).extracting(r -> r.get("id")).containsExactly(1, 2);
            assertThat(registry.getListenerContainerIds()).containsExactlyInAnyOrder("plain", "programmatic");
            assertThat(registry.getListenerContainer("plain").isRunning()).isTrue();
        }
    }
}
