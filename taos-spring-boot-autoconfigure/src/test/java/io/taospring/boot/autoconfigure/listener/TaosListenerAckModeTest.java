package io.taospring.boot.autoconfigure.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taospring.spring.core.TaosTemplate;
import io.taospring.spring.listener.Acknowledgment;
import io.taospring.spring.annotation.TaosListener;
import io.taospring.spring.listener.TaosListenerEndpointRegistry;
import io.taospring.spring.listener.TaosRecord;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

/**
 * Each ack mode's commits, observed through the committed offsets the server reports: while the listener
 * processes a message, and after the containers stopped. Every row is its own INSERT, so a vgroup's log has
 * one entry per row and a message's end offset is its offset plus its row count.
 */
@SpringBootTest(properties = {"taos.listener.auto-offset-reset=earliest", "taos.listener.poll-timeout=100ms"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TaosListenerAckModeTest {

    static final String TOPIC = "acks_t";
    static final List<String> COMMITTING = List.of("RECORD", "BATCH", "MANUAL", "MANUAL_IMMEDIATE");
    static final int TABLES = 4;

    @Autowired
    Received received;

    @Autowired
    TaosTemplate taos;

    @Autowired
    TaosListenerEndpointRegistry registry;

    @Test
    @Order(1)
    void whileAMessageIsProcessedOnlyManualImmediateHasCommittedIt() {
        awaitRows(TABLES);
        insertRow(1);
        awaitRows(2 * TABLES);

        for (String mode : List.of("RECORD", "BATCH", "MANUAL")) {
            assertThat(received.of(mode)).as(mode).allSatisfy(seen -> {
                Seen s = (Seen) seen;
                assertThat(s.committed()).isEqualTo(s.offset() == 0 ? null : s.offset());
            });
            assertThat(received.of(mode)).as(mode).anySatisfy(s -> assertThat(((Seen) s).offset()).isPositive());
        }
        assertThat(received.of("MANUAL_IMMEDIATE")).allSatisfy(seen -> {
            Seen s = (Seen) seen;
            assertThat(s.committed()).isEqualTo(s.offset() + s.rows());
        });
        assertThat(received.of("NOACK")).allSatisfy(s -> assertThat(((Seen) s).committed()).isNull());
    }

    @Test
    @Order(2)
    void afterStoppingEveryModeButAnUnacknowledgedManualOneHasCommittedEverything() {
        awaitRows(2 * TABLES);

        registry.stop();

        Map<Integer, Long> entriesPerVgroup = entriesPerVgroup();
        assertThat(entriesPerVgroup).hasSize(2);
        for (String mode : COMMITTING) {
            assertThat(Subscriptions.committed(taos, TOPIC, mode)).as(mode).isEqualTo(entriesPerVgroup);
        }
        assertThat(Subscriptions.committed(taos, TOPIC, "NOACK")).isEmpty();
    }

    private void awaitRows(int rows) {
        await().atMost(Duration.ofSeconds(30)).until(() -> COMMITTING.stream().allMatch(m -> rowsOf(m) == rows)
                && rowsOf("NOACK") == rows);
    }

    private int rowsOf(String mode) {
        return received.of(mode).stream().mapToInt(s -> ((Seen) s).rows()).sum();
    }

    private Map<Integer, Long> entriesPerVgroup() {
        Map<Integer, Long> entries = new HashMap<>();
        received.of("BATCH").forEach(s -> entries.merge(((Seen) s).vgroup(), (long) ((Seen) s).rows(), Long::sum));
        return entries;
    }

    private void insertRow(int second) {
        for (int t = 0; t < TABLES; t++) {
            taos.execute("insert into acks.d" + t + " using acks.meters tags (" + t + ") values ('2024-01-01T00:00:0"
                    + second + "Z', " + t + ")");
        }
    }

    /**
     * What a listener saw in one invocation.
     *
     * @param vgroup    the vgroup
     * @param offset    the message's offset
     * @param rows      the records it got
     * @param committed the group's committed offset of the vgroup at the point of interest, or null
     */
    record Seen(int vgroup, long offset, int rows, Long committed) {
    }

    /** One listener per ack mode, each in a group named after it. */
    static class Listeners {

        private final Received received;
        private final TaosTemplate taos;

        Listeners(Received received, TaosTemplate taos) {
            this.received = received;
            this.taos = taos;
        }

        private void seen(String mode, List<TaosRecord> records) {
            TaosRecord first = records.get(0);
            received.add(mode, new Seen(first.vgroupId(), first.offset(), records.size(),
                    Subscriptions.committed(taos, TOPIC, mode).get(first.vgroupId())));
        }

        @TaosListener(topics = TOPIC, groupId = "RECORD", ackMode = "record")
        void record(TaosRecord record) {
            seen("RECORD", List.of(record));
        }

        @TaosListener(topics = TOPIC, groupId = "BATCH", ackMode = "batch", batch = "true")
        void batch(List<TaosRecord> records) {
            seen("BATCH", records);
        }

        @TaosListener(topics = TOPIC, groupId = "MANUAL", ackMode = "manual", batch = "true")
        void manual(List<TaosRecord> records, Acknowledgment acknowledgment) {
            acknowledgment.acknowledge();
            seen("MANUAL", records);
        }

        @TaosListener(topics = TOPIC, groupId = "MANUAL_IMMEDIATE", ackMode = "manual_immediate", batch = "true")
        void manualImmediate(List<TaosRecord> records, Acknowledgment acknowledgment) {
            acknowledgment.acknowledge();
            seen("MANUAL_IMMEDIATE", records);
        }

        @TaosListener(topics = TOPIC, groupId = "NOACK", ackMode = "manual", batch = "true")
        void neverAcknowledges(List<TaosRecord> records) {
            seen("NOACK", records);
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
            taos.execute("create database acks vgroups 2");
            taos.execute("create stable acks.meters (ts timestamp, v int) tags (t int)");
            for (int t = 0; t < TABLES; t++) {
                taos.execute("insert into acks.d" + t + " using acks.meters tags (" + t + ") values"
                        + " ('2024-01-01T00:00:00Z', " + t + ")");
            }
            taos.execute("create topic " + TOPIC + " as select ts, v from acks.meters");
            return "schema";
        }

        @Bean
        Listeners listeners(Received received, TaosTemplate taos) {
            return new Listeners(received, taos);
        }
    }
}
