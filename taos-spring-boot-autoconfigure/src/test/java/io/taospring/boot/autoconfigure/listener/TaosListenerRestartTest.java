package io.taospring.boot.autoconfigure.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.spring.annotation.TaosListener;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * An application closed while rows are still being written, then started again on the same server: its
 * listener's group resumes where the graceful shutdown committed, so every row is delivered exactly once
 * over the two runs.
 */
class TaosListenerRestartTest {

    static final int ROWS = 2_000;
    static final int ROWS_PER_INSERT = 5;

    private static EmbeddedTaosServer server;
    private static TaosClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().port(0).build().start();
        client = TaosClient.create("ws://root:taosdata@127.0.0.1:" + server.port());
        sql("create database restart vgroups 2");
        sql("create stable restart.meters (ts timestamp, id int) tags (t int)");
        sql("create topic restart_t as select ts, id from restart.meters");
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

    private static ConfigurableApplicationContext run(Received received) {
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties("taos.url=ws://127.0.0.1:" + server.port(), "taos.listener.auto-offset-reset=earliest",
                        "taos.listener.poll-timeout=100ms")
                .initializers(context -> context.getBeanFactory().registerSingleton("received", received))
                .run();
    }

    @Test
    void aShutdownMidStreamCommitsWhatWasProcessedSoTheRestartDeliversEveryRowExactlyOnce() throws Exception {
        Received received = new Received();
        CountDownLatch closing = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(closing));
        ConfigurableApplicationContext first = run(received);
        await().atMost(Duration.ofSeconds(30)).until(() -> received.count("rows") >= ROWS / 4);

        closing.countDown();
        first.close();
        int beforeRestart = received.count("rows");
        assertThat(beforeRestart).isPositive().isLessThan(ROWS);
        writer.get(60, TimeUnit.SECONDS);

        ConfigurableApplicationContext second = run(received);
        await().atMost(Duration.ofSeconds(60)).until(() -> new HashSet<>(received.of("rows")).size() == ROWS);
        second.close();

        assertThat(received.count("rows")).as("rows delivered over both runs, redeliveries included")
                .isEqualTo(ROWS);
    }

    /** Writes half of the rows, waits for the first application to start closing, writes the rest meanwhile. */
    private static void write(CountDownLatch closing) {
        for (int first = 0; first < ROWS; first += ROWS_PER_INSERT) {
            if (first == ROWS / 2) {
                try {
                    closing.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            StringBuilder insert = new StringBuilder("insert into restart.d" + (first / ROWS_PER_INSERT % 4)
                    + " using restart.meters tags (" + (first / ROWS_PER_INSERT % 4) + ") values");
            for (int id = first; id < first + ROWS_PER_INSERT; id++) {
                insert.append(" (").append(1_700_000_000_000L + id).append(", ").append(id).append(')');
            }
            sql(insert.toString());
        }
    }

    /** Records the id of every row it gets. */
    static class Listener {

        private final Received received;

        Listener(Received received) {
            this.received = received;
        }

        @TaosListener(id = "restart", topics = "restart_t", groupId = "restart")
        void onRow(Map<String, Object> row) {
            received.add("rows", row.get("id"));
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        Listener listener(Received received) {
            return new Listener(received);
        }
    }
}
