package io.taospring.client.transport.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.Precision;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RestTimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2022-06-29T05:50:55.401Z, MILLISECONDS, 1656481855401",
        "2022-06-29T13:50:55.401+08:00, MILLISECONDS, 1656481855401",
        "2022-06-29T13:50:55.401+0800, MILLISECONDS, 1656481855401",
        "2022-06-29T00:20:55.401-05:30, MILLISECONDS, 1656481855401",
        "2022-06-29T05:50:55Z, MILLISECONDS, 1656481855000",
        "2022-06-29T05:50:55.401123Z, MICROSECONDS, 1656481855401123",
        "2022-06-29T05:50:55.401Z, MICROSECONDS, 1656481855401000",
        "2022-06-29T05:50:55.401123456z, NANOSECONDS, 1656481855401123456",
        "1969-12-31T23:59:59.999Z, MILLISECONDS, -1",
        "1969-12-31T23:59:59.999999999Z, NANOSECONDS, -1",
        "2262-04-11T23:47:16.854775807Z, NANOSECONDS, 9223372036854775807",
        "1677-09-21T00:12:43.145224192Z, NANOSECONDS, -9223372036854775808",
    })
    void parsesToTheExactStoredValue(String text, Precision precision, long expected) {
        assertThat(RestTimestamps.parse(text, precision)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2022-06-29T05:50:55Z, MILLISECONDS",
        "2022-06-29T05:50:55.4Z, MILLISECONDS",
        "2022-06-29T05:50:55.401+08:00, MILLISECONDS",
        "2022-06-29T05:50:55.4011Z, MICROSECONDS",
        "2022-06-29T05:50:55.401123Z, MICROSECONDS",
        "2022-06-29T05:50:55.4011234Z, NANOSECONDS",
        "2022-06-29T05:50:55.401123456-02:00, NANOSECONDS",
    })
    void infersThePrecisionFromTheFractionDigitsAsTheOfficialDriverDoes(String text, Precision expected) {
        assertThat(RestTimestamps.precisionOf(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2022-06-29", "2022-06-29 05:50:55Z", "2022-13-01T00:00:00Z", "2022-02-30T00:00:00Z",
        "2022-06-29T24:00:00Z", "2022-06-29T05:60:00Z", "2022-06-29T05:50:55.Z", "2022-06-29T05:50:55.4011234567Z",
        "2022-06-29T05:50:55.401", "2022-06-29T05:50:55.401+8:00", "2022-06-29T05:50:55.401+08:0",
        "2022-06-29T05:50:55.401Zjunk", "2022-06-29T05:50:55.401+24:00", "2O22-06-29T05:50:55Z", "1656481855401"})
    void rejectsTextThatIsNotRfc3339(String text) {
        assertThatThrownBy(() -> RestTimestamps.parse(text, Precision.MILLISECONDS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToTruncateDigitsFinerThanThePrecision() {
        assertThatThrownBy(() -> RestTimestamps.parse("2022-06-29T05:50:55.401123Z", Precision.MILLISECONDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finer");
        assertThat(RestTimestamps.parse("2022-06-29T05:50:55.401000Z", Precision.MILLISECONDS)).isEqualTo(1656481855401L);
    }

    @Test
    void rejectsTimestampsBeyond64BitsAtThePrecision() {
        assertThatThrownBy(() -> RestTimestamps.parse("2262-04-11T23:47:16.854775808Z", Precision.NANOSECONDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 bits");
    }

    @Test
    void agreesWithJavaTimeForRandomInstantsOffsetsAndPrecisions() {
        Random random = new Random(20_260_523L);
        for (int i = 0; i < 20_000; i++) {
            Precision precision = Precision.values()[random.nextInt(3)];
            long lowest = precision == Precision.NANOSECONDS ? -9_000_000_000L : -2_000_000_000L;
            Instant instant = Instant.ofEpochSecond(lowest + (long) (random.nextDouble() * 16_000_000_000L),
                    random.nextInt(1_000_000_000)).truncatedTo(precision == Precision.MILLISECONDS ? ChronoUnit.MILLIS
                            : precision == Precision.MICROSECONDS ? ChronoUnit.MICROS : ChronoUnit.NANOS);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(36) - 18) * 1800);
            String text = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss." + "S".repeat(precision.fractionDigits())
                    + "XXX").format(instant.atOffset(offset));
            assertThat(RestTimestamps.precisionOf(text)).as(text).isEqualTo(precision);
            assertThat(RestTimestamps.parse(text, precision)).as(text).isEqualTo(precision.fromInstant(instant));
        }
    }
}
