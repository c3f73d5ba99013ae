package io.taospring.boot.autoconfigure.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.taospring.client.tmq.TopicVgroup;
import io.taospring.spring.core.TaosTemplate;
import io.taospring.spring.listener.TaosHeaders;
import io.taospring.spring.annotation.TaosListener;
import io.taospring.spring.listener.TaosListenerContainer;
import io.taospring.spring.listener.TaosListenerEndpointRegistry;
import io.taospring.spring.observation.TaosListenerMetrics;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.handler.annotation.Header;

/** Containers driven through the registry: concurrency splits the vgroups; pause holds records back. */
@SpringBootTest(properties = {"taos.listener.auto-offset-reset=earliest", "taos.listener.poll-timeout=100ms",
    "taos.listener.lag-refresh-interval=0s"})
class TaosListenerContainerControlTest {

    static final int TABLES = 8;

    @Autowired
    Received received;

    @Autowired
    TaosTemplate taos;

    @Autowired
    TaosListenerEndpointRegistry registry;

    @Autowired
    MeterRegistry meters;

    @Test
    void concurrencyTwoSplitsTheVgroupsBetweenTwoConsumers() {
        TaosListenerContainer container = registry.getListenerContainer("split");
        assertThat(container.isRunning()).isFalse();
        container.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> isSplit(container.assignments()));

        insertOneRowPerTable("conc");
        await().atMost(Duration.ofSeconds(30)).until(() -> received.count("split") == TABLES);

        Map<Object, Set<Object>> vgroupsByThread = received.of("split").stream().map(r -> (List<?>) r)
                .collect(Collectors.groupingBy(r -> r.get(0), Collectors.mapping(r -> r.get(1), Collectors.toSet())));
        assertThat(vgroupsByThread).hasSize(2);
        List<Set<Object>> sets = List.copyOf(vgroupsByThread.values());
        assertThat(sets.get(0)).hasSize(1).doesNotContainAnyElementsOf(sets.get(1));
        assertThat(sets.get(1)).hasSize(1);
        container.stop();
    }

    private static boolean isSplit(Map<String, Set<TopicVgroup>> assignments) {
        Set<TopicVgroup> all = new HashSet<>();
        int total = 0;
        for (Set<TopicVgroup> assigned : assignments.values()) {
            if (assigned.isEmpty()) {
                return false;
            }
            all.addAll(assigned);
            total += assigned.size();
        }
        return assignments.size() == 2 && all.size() == 2 && total == 2;
    }

    @Test
    void aPausedContainerPollsNothingUntilResumedWhileItsLagGaugeShowsWhatWaits() {
        TaosListenerContainer container = registry.getListenerContainer("pausable");
        container.pause();
        container.start();
        await().atMost(Duration.ofSeconds(30)).until(container::isPaused);

        insertOneRowPerTable("pause");
        await().atMost(Duration.ofSeconds(30)).until(() -> lag("pausable") == TABLES);
        assertThat(received.count("pausable")).isZero();

        container.resume();
        await().atMost(Duration.ofSeconds(30)).until(() -> received.count("pausable") == TABLES);
        await().atMost(Duration.ofSeconds(30)).until(() -> lag("pausable") == 0);
        assertThat(container.isPaused()).isFalse();
        container.stop();
    }

    private double lag(String listener) {
        return meters.find(TaosListenerMetrics.LAG).tag("listener", listener).gauges().stream()
                .mapToDouble(Gauge::value).sum();
    }

    private void insertOneRowPerTable(String db) {
        for (int t = 0; t < TABLES; t++) {
            taos.execute("insert into " + db + ".d" + t + " using " + db + ".meters tags (" + t + ") values"
                    + " ('2024-01-01T00:00:00Z', " + t + ")");
        }
    }

    /** The listeners under test; neither starts with the context. */
    static class Listeners {

        private final Received received;

        Listeners(Received received) {
            this.received = received;
        }

        @TaosListener(id = "split", topics = "conc_t", concurrency = "2", autoStartup = "false")
        void split(Map<String, Object> row, @Header(TaosHeaders.VGROUP_ID) int vgroup) {
            received.add("split", List.of(Thread.currentThread().getName(), vgroup));
        }

        @TaosListener(id = "pausable", topics = "pause_t", autoStartup = "false")
        void pausable(Map<String, Object> row) {
            received.add("pausable", row);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        Received received() {
            return new Received();
        }

        @Bean
        Object schema(TaosTemplate taos) {
            for (String db : List.of("conc", "pause")) {
                taos.execute("create database " + db + " vgroups 2");
                taos.execute("create stable " + db + ".meters (ts timestamp, v int) tags (t int)");
                taos.execute("create topic " + db + "_t as select ts, v from " + db + ".meters");
            }
            return List.of("schema");
        }

        @Bean
        Listeners listeners(Received received) {
            return new Listeners(received);
        }
    }
}
