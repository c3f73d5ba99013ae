package io.taospring.spring.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.jdbc.TaosDataSource;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.spring.core.TaosTemplate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writing and reading annotated records and classes with TaosTemplate against the embedded server. */
class EntityMappingTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static EmbeddedTaosServer server;
    private static TaosTemplate taos;
    private static TaosTemplate rest;

    @SuperTable("meters")
    record Meter(@Tag int groupId, @Tag String location, @TimestampColumn Instant ts, float current, int voltage,
            Float phase) {
    }

    @SuperTable("sensors")
    static final class Sensor {
        @TableName
        String device;
        @Tag
        String site;
        @TimestampColumn("ts")
        long time;
        double temperature;
        @Column("hum")
        Double humidity;
        String note;
    }

    @SuperTable("plain")
    record Unnamed(@TimestampColumn Instant ts, int v) {
    }

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().build().start();
        taos = new TaosTemplate(new TaosDataSource("jdbc:taos:ws://127.0.0.1:" + server.port()));
        taos.execute("create database mapping_db");
        taos = new TaosTemplate(new TaosDataSource("jdbc:taos:ws://127.0.0.1:" + server.port() + "/mapping_db"));
        rest = new TaosTemplate(new TaosDataSource("jdbc:taos:http://127.0.0.1:" + server.port() + "/mapping_db"));
        taos.execute("create stable meters (ts timestamp, current float, voltage int, phase float)"
                + " tags (group_id int, location varchar(24))");
        taos.execute("create stable sensors (ts timestamp, temperature double, hum double, note nchar(16))"
                + " tags (site varchar(16))");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void writesRecordsGroupedByTheirTagsAndReadsThemBack() {
        List<Meter> meters = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            meters.add(new Meter(i % 3, "City" + i % 3, T0.plusMillis(i), i / 2f, 200 + i, i % 5 == 0 ? null : 0.5f));
        }

        assertThat(taos.write(Meter.class, meters)).isEqualTo(30);

        List<Meter> read = taos.query(Meter.class, "select *, group_id, location from meters order by ts");
        assertThat(read).containsExactlyInAnyOrderElementsOf(meters);
        assertThat(taos.queryForObject("select count(*) from meters_1_city1", Long.class)).isEqualTo(10);
    }

    @Test
    void writesMutableClassesNamedByTheirTableNameProperty() {
        List<Sensor> sensors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Sensor sensor = new Sensor();
            sensor.device = "dev" + i % 2;
            sensor.site = "site" + i % 2;
            sensor.time = T0.toEpochMilli() + i;
            sensor.temperature = 20.5 + i;
            sensor.humidity = i == 3 ? null : 0.25 * i;
            sensor.note = "温度" + i;
            sensors.add(sensor);
        }

        assertThat(taos.write(Sensor.class, sensors)).isEqualTo(4);

        List<Sensor> read = taos.query(Sensor.class, "select tbname, *, site from sensors where tbname = 'dev1'"
                + " order by ts");
        assertThat(read).hasSize(2);
        assertThat(read.get(1).device).isEqualTo("dev1");
        assertThat(read.get(1).site).isEqualTo("site1");
        assertThat(read.get(1).time).isEqualTo(T0.toEpochMilli() + 3);
        assertThat(read.get(1).temperature).isEqualTo(23.5);
        assertThat(read.get(1).humidity).isNull();
        assertThat(read.get(1).note).isEqualTo("温度3");
    }

    @Test
    void writesManyRowsInSeveralExecutes() {
        taos.execute("create stable big (ts timestamp, current float, voltage int, phase float)"
                + " tags (group_id int, location varchar(24))");
        List<Meter> meters = new ArrayList<>();
        for (int i = 0; i < 250_000; i++) {
            meters.add(new Meter(i % 10, "L" + i % 10, T0.plusMillis(i / 10), i, i, null));
        }

        long written = taos.write(BigMeter.class, meters.stream().map(BigMeter::of).toList());

        assertThat(written).isEqualTo(250_000);
        assertThat(taos.queryForObject("select sum(voltage) from big", Long.class))
                .isEqualTo(250_000L * 249_999 / 2);
    }

    @SuperTable("big")
    record BigMeter(@Tag int groupId, @Tag String location, @TimestampColumn Instant ts, float current, int voltage,
            Float phase) {
        static BigMeter of(Meter m) {
            return new BigMeter(m.groupId(), m.location(), m.ts(), m.current(), m.voltage(), m.phase());
        }
    }

    @Test
    void writesOverRestWithRenderedSql() {
        List<Meter> meters = List.of(new Meter(7, "Rest", T0, 1f, 2, 3f), new Meter(7, "Rest", T0.plusSeconds(1), 4f,
                5, null));

        assertThat(rest.write(Meter.class, meters)).isEqualTo(2);
        assertThat(taos.query(Meter.class, "select *, group_id, location from meters_7_rest order by ts"))
                .containsExactlyElementsOf(meters);
    }

    @Test
    void refusesClassesItCannotMap() {
        assertThatThrownBy(() -> taos.write(String.class, List.of("x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@SuperTable");
        assertThatThrownBy(() -> taos.write(Unnamed.class, List.of(new Unnamed(T0, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@TableName");
    }

    @Test
    void rendersTheInsertOfAnEntity() {
        assertThat(EntityMetadata.of(Meter.class).insertSql()).isEqualTo("INSERT INTO ? USING meters"
                + " (group_id, location) TAGS (?, ?) (ts, current, voltage, phase) VALUES (?, ?, ?, ?)");
    }
}
