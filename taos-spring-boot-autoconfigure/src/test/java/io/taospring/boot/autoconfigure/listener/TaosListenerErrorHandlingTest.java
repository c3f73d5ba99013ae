package io.taospring.boot.autoconfigure.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.taospring.spring.core.TaosTemplate;
import io.taospring.spring.listener.Acknowledgment;
import io.taospring.spring.annotation.TaosListener;
import io.taospring.spring.observation.TaosListenerMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

/**
 * A record the listener keeps failing on is retried, then written to the dead-letter table, and the records
 * after it flow on; the listener's meters count what happened; a nacked record comes again.
 */
@SpringBootTest(properties = {"taos.listener.auto-offset-reset=earliest", "taos.listener.poll-timeout=100ms",
    "taos.listener.retry.max-attempts=3", "taos.listener.retry.initial-interval=10ms",
    "taos.listener.dead-letter-table=errs.dead_letters"})
class TaosListenerErrorHandlingTest {

    static final int ROWS = 10;
    static final int POISON = 5;

    @Autowired
    Received received;

    @Autowired
    TaosTemplate taos;

    @Autowired
    MeterRegistry meters;

    @Test
    void aFailingRecordIsRetriedThenRecoveredToTheDeadLetterTableWhileTheRestFlowOn() {
        await().atMost(Duration.ofSeconds(30)).until(() -> received.count("ok") == ROWS - 1
                && !taos.queryForList("show errs.tables", String.class).isEmpty()
                && taos.queryForObject("select count(*) from errs.dead_letters", Long.class) == 1);

        assertThat(received.of("ok")).containsExactlyInAnyOrder(1, 2, 3, 4, 6, 7, 8, 9, 10);
        assertThat(received.of("attempt").stream().filter(id -> (Integer) id == POISON)).hasSize(3);
        Map<String, Object> dead = taos.queryForMap("select topic, vgroup_id, msg_offset, table_name, record, error"
                + " from errs.dead_letters");
        assertThat(dead.get("topic")).isEqualTo("errs_t");
        assertThat(dead.get("table_name")).isEqualTo("d0");
        assertThat((String) dead.get("record")).contains("\"id\":5");
        assertThat((String) dead.get("error")).contains("IllegalStateException", "poisoned row 5");
    }

    @Test
    void countsRecordsAndFailuresPerListener() {
        await().atMost(Duration.ofSeconds(30)).until(() -> received.count("ok") == ROWS - 1);

        assertThat(meters.get(TaosListenerMetrics.RECORDS).tags("listener", "errs", "topic", "errs_t").counter()
                .count()).isEqualTo(ROWS - 1);
        assertThat(meters.get(TaosListenerMetrics.PROCESSING).tags("listener", "errs").timer().count())
                .isEqualTo(ROWS - 1);
        assertThat(meters.get(TaosListenerMetrics.ERRORS).tags("listener", "errs", "exception",
                "IllegalStateException").counter().count()).isEqualTo(1);
    }

    @Test
    void nackDeliversTheRecordAgainButNotTheOnesBeforeIt() {
        await().atMost(Duration.ofSeconds(30)).until(() -> received.count("nack") == 6);

        assertThat(received.of("nack")).containsExactly(1, 2, 3, 3, 4, 5);
    }

    /** Fails on every attempt at row {@value #POISON}; asks for row 3 of nack_t once more. */
    static class Listener {

        private final Received received;

        Listener(Received received) {
            this.received = received;
        }

        @TaosListener(id = "errs", topics = "errs_t")
        void onRow(Map<String, Object> row) {
            int id = (Integer) row.get("id");
            received.add("attempt", id);
            if (id == POISON) {
                throw new IllegalStateException("poisoned row " + id);
            }
            received.add("ok", id);
        }

        @TaosListener(id = "nack", topics = "nack_t")
        void onNackRow(Map<String, Object> row, Acknowledgment acknowledgment) {
            int id = (Integer) row.get("id");
            boolean again = id == 3 && !received.of("nack").contains(3);
            received.add("nack", id);
            if (again) {
                acknowledgment.nack(Duration.ofMillis(10));
            }
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        Received received() {
            return new Received();
        }

        /** All rows in one table, inserted by one statement: one message, the poisoned row in the middle. */
        @Bean
        Object schema(TaosTemplate taos) {
            taos.execute("create database errs");
            taos.execute("create table errs.d0 (ts timestamp, id int)");
            StringBuilder insert = new StringBuilder("insert into errs.d0 values");
            for (int id = 1; id <= ROWS; id++) {
                insert.append(" ('2024-01-01T00:00:").append(id < 10 ? "0" : "").append(id).append("Z', ")
                        .append(id).append(')');
            }
            taos.execute(insert.toString());
            taos.execute("create topic errs_t as select ts, id from errs.d0");
            taos.execute("create table errs.n0 (ts timestamp, id int)");
            taos.execute("insert into errs.n0 values ('2024-01-01T00:00:01Z', 1) ('2024-01-01T00:00:02Z', 2)"
                    + " ('2024-01-01T00:00:03Z', 3) ('2024-01-01T00:00:04Z', 4) ('2024-01-01T00:00:05Z', 5)");
            taos.execute("create topic nack_t as select ts, id from errs.n0");
            return List.of("schema");
        }

        @Bean
        Listener listener(Received received) {
            return new Listener(received);
        }
    }
}
