package io.taospring.embedded.rest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonNumbersTest {

    @Test
    void floatsUseTheShortestRoundTripText() {
        assertThat(JsonNumbers.float32(10.3f)).isEqualTo("10.3");
        assertThat(JsonNumbers.float32(0.31f)).isEqualTo("0.31");
        assertThat(JsonNumbers.float32(219f)).isEqualTo("219");
        assertThat(JsonNumbers.float32(1.0E10f)).isEqualTo("10000000000");
        assertThat(JsonNumbers.float32(-2.5e-3f)).isEqualTo("-0.0025");
        assertThat(JsonNumbers.float32(0f)).isEqualTo("0");
    }

    @Test
    void tinyAndHugeValuesUseGoExponentForm() {
        assertThat(JsonNumbers.float32(1e-7f)).isEqualTo("1e-7");
        assertThat(JsonNumbers.float32(1.5e-10f)).isEqualTo("1.5e-10");
        assertThat(JsonNumbers.float32(Float.MAX_VALUE)).isEqualTo("3.4028235e+38");
        assertThat(JsonNumbers.float64(1e21)).isEqualTo("1e+21");
        assertThat(JsonNumbers.float64(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(JsonNumbers.float64(1e-6)).isEqualTo("0.000001");
    }

    @Test
    void doublesKeepEveryDigitNeeded() {
        assertThat(JsonNumbers.float64(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(JsonNumbers.float64(123456789.125)).isEqualTo("123456789.125");
    }

    @Test
    void nonFiniteValuesHaveNoText() {
        assertThat(JsonNumbers.float32(Float.NaN)).isNull();
        assertThat(JsonNumbers.float64(Double.NEGATIVE_INFINITY)).isNull();
    }

    @Property
    void floatTextReadsBackAsTheSameFloat(@ForAll float value) {
        String text = JsonNumbers.float32(value);
        if (Float.isFinite(value)) {
            assertThat(Float.parseFloat(text)).isEqualTo(value);
        }
    }

    @Property
    void doubleTextReadsBackAsTheSameDouble(@ForAll double value) {
        String text = JsonNumbers.float64(value);
        if (Double.isFinite(value)) {
            assertThat(Double.parseDouble(text)).isEqualTo(value);
        }
    }
}
