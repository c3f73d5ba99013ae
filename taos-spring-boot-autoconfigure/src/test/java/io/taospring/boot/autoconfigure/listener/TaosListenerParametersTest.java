package io.taospring.boot.autoconfigure.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taospring.spring.core.TaosTemplate;
import io.taospring.spring.listener.Acknowledgment;
import io.taospring.spring.listener.TaosHeaders;
import io.taospring.spring.annotation.TaosListener;
import io.taospring.spring.listener.TaosRecord;
import io.taospring.spring.annotation.TaosTopic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.handler.annotation.Header;

/** What a @TaosListener method can take: the row as a record, a bean or a map, its metadata, headers, batches. */
@SpringBootTest(properties = {"taos.listener.auto-offset-reset=earliest", "taos.listener.poll-timeout=100ms",
    "params.topic=params_t"})
class TaosListenerParametersTest {

    static final int ROWS = 4;

    @Autowired
    Received received;

    @Autowired
    TaosTemplate taos;

    @BeforeEach
    void allRowsArrived() {
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of("record", "bean", "map", "taosRecord", "headers",
                "declared").stream().allMatch(l -> received.count(l) == ROWS)
                && received.of("batch").stream().mapToInt(b -> ((List<?>) b).size()).sum() == ROWS);
    }

    @Test
    void convertsTheRowToARecordMatchingSnakeCaseColumnsToCamelCaseComponents() {
        assertThat(received.of("record")).extracting(r -> ((Reading) r).voltageMax())
                .containsExactlyInAnyOrder(220, 230, 250, 260);
        Reading first = (Reading) received.of("record").stream().filter(r -> ((Reading) r).voltageMax() == 220)
                .findFirst().orElseThrow();
        assertThat(first).isEqualTo(new Reading(Instant.parse("2024-01-01T00:00:00Z"), 220, 1.5, "d0"));
    }

    @Test
    void convertsTheRowToAJavaBean() {
        assertThat(received.of("bean")).extracting(b -> ((ReadingBean) b).getNote())
                .containsExactlyInAnyOrder("d0", "d1", "d2", "d3");
        assertThat(received.of("bean")).allSatisfy(b -> assertThat(((ReadingBean) b).getVoltageMax()).isPositive());
    }

    @Test
    void passesTheRowAsAMapByColumnName() {
        assertThat(received.of("map")).allSatisfy(m -> assertThat(((Map<?, ?>) m).keySet())
                .hasToString("[ts, voltage_max, current, note]"));
    }

    @Test
    void passesATaosRecordWithItsOrigin() {
        assertThat(received.of("taosRecord")).allSatisfy(r -> {
            TaosRecord record = (TaosRecord) r;
            assertThat(record.topic()).isEqualTo("params_t");
            assertThat(record.database()).isEqualTo("params");
            assertThat(record.tableName()).isEqualTo(record.get("note"));
        });
    }

    @Test
    void passesHeaders() {
        assertThat(received.of("headers")).allSatisfy(h -> {
            Map<?, ?> headers = (Map<?, ?>) h;
            assertThat(headers.get("topic")).isEqualTo("params_t");
            assertThat(headers.get("database")).isEqualTo("params");
            assertThat(headers.get("table")).isEqualTo(headers.get("note"));
            assertThat((Integer) headers.get("vgroup")).isPositive();
            assertThat((Long) headers.get("offset")).isNotNegative();
        });
    }

    @Test
    void passesAWholePollToABatchListenerConvertedToTheListsElementType() {
        assertThat(received.of("batch")).allSatisfy(b -> assertThat((List<?>) b).allSatisfy(
                reading -> assertThat(reading).isInstanceOf(Reading.class)));
        assertThat(received.of("batchTables")).allSatisfy(t -> assertThat((List<?>) t).isNotEmpty());
    }

    @Test
    void createsADeclaredTopicAndDeliversItsRows() {
        assertThat(taos.queryForList("select topic_name from information_schema.ins_topics", String.class))
                .contains("params_declared");
        assertThat(received.of("declared")).hasSize(ROWS);
    }

    /** A row of params_t. */
    record Reading(Instant ts, int voltageMax, double current, String note) {
    }

    /** The same row as a JavaBean. */
    public static class ReadingBean {
        private int voltageMax;
        private String note;

        public int getVoltageMax() {
            return voltageMax;
        }

        public void setVoltageMax(int voltageMax) {
            this.voltageMax = voltageMax;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** The listeners under test. */
    static class Listeners {

        private final Received received;

        Listeners(Received received) {
            this.received = received;
        }

        @TaosListener(id = "record", topics = "params_t")
        void record(Reading reading) {
            received.add("record", reading);
        }

        @TaosListener(id = "bean", topics = "${params.topic}")
        void bean(ReadingBean bean) {
            received.add("bean", bean);
        }

        @TaosListener(id = "map", topics = "params_t", groupId = "#{'map' + 'Group'}")
        void map(Map<String, Object> row) {
            received.add("map", row);
        }

        @TaosListener(id = "taosRecord", topics = "params_t")
        void taosRecord(TaosRecord record, Acknowledgment acknowledgment) {
            assertThat(acknowledgment).isNotNull();
            received.add("taosRecord", record);
        }

        @TaosListener(id = "headers", topics = "params_t")
        void headers(Reading reading, @Header(TaosHeaders.TOPIC) String topic,
                @Header(TaosHeaders.DATABASE) String database, @Header(TaosHeaders.TABLE_NAME) String table,
                @Header(TaosHeaders.VGROUP_ID) int vgroup, @Header(TaosHeaders.OFFSET) long offset) {
            received.add("headers", Map.of("topic", topic, "database", database, "table", table, "vgroup", vgroup,
                    "offset", offset, "note", reading.note()));
        }

        @TaosListener(id = "batch", topics = "params_t", batch = "true")
        void batch(List<Reading> readings, @Header(TaosHeaders.TABLE_NAME) List<String> tables) {
            received.add("batch", readings);
            received.add("batchTables", tables);
        }

        @TaosListener(id = "declared",
                topic = @TaosTopic(name = "params_declared", sql = "select ts, voltage_max from params.meters"))
        void declared(Map<String, Object> row) {
            received.add("declared", row);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        Received received() {
            return new Received();
        }

        /** The schema, data and topic, created before the containers start (they start after all singletons). */
        @Bean
        Object schema(TaosTemplate taos) {
            taos.execute("create database params");
            taos.execute("create stable params.meters (ts timestamp, voltage_max int, current double, note varchar(16))"
                    + " tags (location varchar(16))");
            int[] voltages = {220, 230, 250, 260};
            for (int i = 0; i < ROWS; i++) {
                taos.execute("insert into params.d" + i + " using params.meters tags ('l" + i + "') values"
                        + " ('2024-01-01T00:00:0" + i + "Z', " + voltages[i] + ", " + (1.5 + i) + ", 'd" + i + "')");
            }
            taos.execute("create topic params_t as select ts, voltage_max, current, note from params.meters");
            return "schema";
        }

        @Bean
        Listeners listeners(Received received) {
            return new Listeners(received);
        }
    }
}
