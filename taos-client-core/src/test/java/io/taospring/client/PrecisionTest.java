package io.taospring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PrecisionTest {

    @ParameterizedTest
    @CsvSource({
            "MILLISECONDS, 1, 1970-01-01T00:00:00.001Z",
            "MILLISECONDS, -1, 1969-12-31T23:59:59.999Z",
            "MILLISECONDS, 1704067200123, 2024-01-01T00:00:00.123Z",
            "MICROSECONDS, -1, 1969-12-31T23:59:59.999999Z",
            "MICROSECONDS, 1704067200123456, 2024-01-01T00:00:00.123456Z",
            "MICROSECONDS, -1704067200123456, 1916-01-01T23:59:59.876544Z",
            "NANOSECONDS, -1, 1969-12-31T23:59:59.999999999Z",
            "NANOSECONDS, 1704067200123456789, 2024-01-01T00:00:00.123456789Z",
            "NANOSECONDS, 9223372036854775807, 2262-04-11T23:47:16.854775807Z",
            "NANOSECONDS, -9223372036854775808, 1677-09-21T00:12:43.145224192Z"})
    void convertsExactlyBothWays(Precision precision, long value, String instant) {
        assertThat(precision.toInstant(value)).isEqualTo(Instant.parse(instant));
        assertThat(precision.fromInstant(Instant.parse(instant))).isEqualTo(value);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void convertsTheExtremeValuesBack(Precision precision) {
        assertThat(precision.fromInstant(precision.toInstant(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThat(precision.fromInstant(precision.toInstant(Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void roundTripsEveryValue() {
        qt().withExamples(10_000).forAll(longs().all(), arbitrary().enumValues(Precision.class))
                .checkAssert((value, precision) -> assertThat(precision.fromInstant(precision.toInstant(value)))
                        .isEqualTo(value));
    }

    @Test
    void truncatesBelowTheUnitTowardsThePast() {
        Instant justBeforeEpoch = Instant.ofEpochSecond(-1, 999_999_500);
        assertThat(Precision.MILLISECONDS.fromInstant(justBeforeEpoch)).isEqualTo(-1);
        assertThat(Precision.MICROSECONDS.fromInstant(justBeforeEpoch)).isEqualTo(-1);
        assertThat(Precision.NANOSECONDS.fromInstant(justBeforeEpoch)).isEqualTo(-500);
        assertThat(Precision.MILLISECONDS.fromInstant(Instant.ofEpochSecond(0, 1_999_999))).isEqualTo(1);
    }

    @Test
    void rejectsInstantsBeyondSixtyFourBits() {
        assertThatThrownBy(() -> Precision.NANOSECONDS.fromInstant(Instant.parse("2262-04-11T23:47:16.854775808Z")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Precision.NANOSECONDS.fromInstant(Instant.parse("1677-09-21T00:12:43.145224191Z")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Precision.MICROSECONDS.fromInstant(Instant.MAX))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Precision.MILLISECONDS.fromInstant(Instant.MIN))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void convertsBetweenPrecisions() {
        assertThat(Precision.MILLISECONDS.convert(1_500, Precision.MICROSECONDS)).isEqualTo(1_500_000);
        assertThat(Precision.NANOSECONDS.convert(1_999_999, Precision.MILLISECONDS)).isEqualTo(1);
        assertThat(Precision.NANOSECONDS.convert(-1, Precision.MILLISECONDS)).isEqualTo(-1);
        assertThat(Precision.MICROSECONDS.convert(-7, Precision.MICROSECONDS)).isEqualTo(-7);
    }

    @Test
    void rejectsAConversionThatOverflows() {
        assertThatThrownBy(() -> Precision.MILLISECONDS.convert(Long.MAX_VALUE / 1_000, Precision.NANOSECONDS))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void readsCodesAndNames() {
        assertThat(Precision.fromCode(0)).isEqualTo(Precision.MILLISECONDS);
        assertThat(Precision.fromCode(1)).isEqualTo(Precision.MICROSECONDS);
        assertThat(Precision.fromCode(2)).isEqualTo(Precision.NANOSECONDS);
        assertThat(Precision.fromName(" US ")).isEqualTo(Precision.MICROSECONDS);
        assertThat(Precision.NANOSECONDS.sqlName()).isEqualTo("ns");
        assertThat(Precision.MICROSECONDS.fractionDigits()).isEqualTo(6);
        assertThatThrownBy(() -> Precision.fromCode(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Precision.fromName("s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ms, us or ns");
    }
}
