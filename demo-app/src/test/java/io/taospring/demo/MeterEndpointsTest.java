package io.taospring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.demo.alert.AlertLog;
import io.taospring.demo.alert.OverVoltageAlert;
import io.taospring.demo.meter.MeterReading;
import io.taospring.spring.core.TaosTemplate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The REST endpoints over HTTP, on the embedded server, with the simulator off: the tests write their own
 * readings (meters {@code t1}..{@code t3}) through {@link TaosTemplate#write} and read them back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "demo.meters.enabled=false", "demo.meters.count=3"})
@AutoConfigureRestTestClient
class MeterEndpointsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    RestTestClient http;

    @Autowired
    TaosTemplate taos;

    @Autowired
    AlertLog alerts;

    /** The start of a 10 s window a minute ago: the readings below fall in it and in the last 5 minutes. */
    private final Instant window = Instant.now().truncatedTo(ChronoUnit.MINUTES).minusSeconds(60);

    @BeforeEach
    void writeReadings() {
        // the schema is created in the background once the application is ready
        Eventually.await(PATIENCE, () -> taos.queryForList("show stables", String.class),
                stables -> stables.contains("meters"));
        taos.write(MeterReading.class, List.of(
                reading("t1", 1, 10.0f, 220, "Test.North"), reading("t1", 2, 12.0f, 230, "Test.North"),
                reading("t2", 3, 8.0f, 210, "Test.North"), reading("t3", 4, 9.0f, 215, "Test.South")));
    }

    private MeterReading reading(String meter, int second, float current, int voltage, String location) {
        return new MeterReading(meter, window.plusSeconds(second), current, voltage, 0.25f, 9, location);
    }

    @Test
    void latestGivesTheLastReadingOfEveryMeter() {
        List<MeterReading> latest = http.get().uri("/api/meters/latest").exchange().expectStatus().isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<List<MeterReading>>() { })
                .returnResult().getResponseBody();

        assertThat(latest).filteredOn(r -> r.meterId().startsWith("t")).containsExactly(
                reading("t1", 2, 12.0f, 230, "Test.North"), reading("t2", 3, 8.0f, 210, "Test.North"),
                reading("t3", 4, 9.0f, 215, "Test.South"));
    }

    @Test
    void averagesOfAMeterArePerWindow() {
        http.get().uri("/api/meters/t1/averages?window=10s&minutes=5").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].start").isEqualTo(window.toString())
                .jsonPath("$[0].voltage").isEqualTo(225.0)
                .jsonPath("$[0].current").isEqualTo(11.0)
                .jsonPath("$[0].readings").isEqualTo(2);
    }

    @Test
    void averagesAtALocationTakeEveryMeterThere() {
        http.get().uri("/api/locations/Test.North/averages?window=1m&minutes=5").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].voltage").isEqualTo(220.0)
                .jsonPath("$[0].current").isEqualTo(10.0)
                .jsonPath("$[0].readings").isEqualTo(3);
    }

    @Test
    void seriesGiveEachMetersPointsForTheChart() {
        http.get().uri("/api/meters/series?window=1s&minutes=5").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.meterId == 't1')].points[*].voltage").isEqualTo(List.of(220.0, 230.0))
                .jsonPath("$[?(@.meterId == 't1')].points[0].ts").isEqualTo(window.plusSeconds(1).toEpochMilli());
    }

    @Test
    void rejectsAWindowThatIsNotADuration() {
        http.get().uri("/api/meters/t1/averages?window=1;drop").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(String.class,
                        detail -> assertThat(detail).contains("window must be"));
    }

    @Test
    void aForcedOverVoltageReadingBecomesAnAlert() {
        MeterReading forced = http.post().uri("/api/meters/d1002/over-voltage").exchange().expectStatus()
                .isCreated().expectBody(MeterReading.class).returnResult().getResponseBody();
        assertThat(forced.voltage()).isGreaterThan(240);

        List<OverVoltageAlert> seen = Eventually.await(PATIENCE, () -> alerts.recent(100),
                recent -> recent.stream().anyMatch(a -> a.ts().equals(forced.ts().truncatedTo(ChronoUnit.MILLIS))));
        assertThat(seen).contains(new OverVoltageAlert("d1002", forced.ts().truncatedTo(ChronoUnit.MILLIS),
                forced.voltage(), forced.current(), forced.location()));
        http.get().uri("/api/alerts?limit=5").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.meterId == 'd1002')].voltage").isEqualTo(List.of(forced.voltage()));
    }

    @Test
    void forcingAnUnknownMeterIsNotFound() {
        http.post().uri("/api/meters/nope/over-voltage").exchange().expectStatus().isNotFound();
    }

    @Test
    void healthShowsTaosUpAndMetricsListTheDemosMeters() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components.taos.status").isEqualTo("UP");
        http.get().uri("/actuator/metrics").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.names").value(Object.class, names -> assertThat(names.toString())
                        .contains("demo.alerts", "demo.readings.written", "taos.client.requests"));
    }

    @Test
    void servesTheDashboardAndItsChartLibrary() {
        http.get().uri("/").exchange().expectStatus().isOk().expectBody(String.class)
                .value(html -> assertThat(html).contains("/webjars/echarts/dist/echarts.min.js"));
        http.get().uri("/webjars/echarts/dist/echarts.min.js").exchange().expectStatus().isOk();
    }
}
