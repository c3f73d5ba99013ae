package io.taospring.embedded.rest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floating-point text exactly as taosAdapter writes it (rest.md 5.3): the shortest decimal that reads back
 * as the same float32/float64, plain notation for magnitudes in [1e-6, 1e21), otherwise exponent notation
 * like Go's ({@code 1e+21}, {@code 1.5e-7}, {@code 2.5e-10}). NaN and infinities have no JSON form and
 * return null.
 */
final class JsonNumbers {

    private static final BigDecimal PLAIN_LOW = new BigDecimal("1e-6");
    private static final BigDecimal PLAIN_HIGH = new BigDecimal("1e21");

    private JsonNumbers() {
    }

    /** The text of a FLOAT value, or null for NaN/infinity. */
    static String float32(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return null;
        }
        if (value == 0) {
            return zero(Float.floatToRawIntBits(value) < 0);
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < 9; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.floatValue() == value) {
                return render(candidate);
            }
        }
        return render(exact.round(new MathContext(9, RoundingMode.HALF_EVEN)));
    }

    /** The text of a DOUBLE value, or null for NaN/infinity. */
    static String float64(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        if (value == 0) {
            return zero(Double.doubleToRawLongBits(value) < 0);
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return render(candidate);
            }
        }
        return render(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static String zero(boolean negative) {
        return negative ? "-0" : "0";
    }

    private static String render(BigDecimal shortest) {
        BigDecimal value = shortest.stripTrailingZeros();
        BigDecimal magnitude = value.abs();
        if (magnitude.compareTo(PLAIN_LOW) >= 0 && magnitude.compareTo(PLAIN_HIGH) < 0) {
            return value.toPlainString();
        }
        return exponentForm(value);
    }

    /** Go's {@code 'e'} format with the minimal mantissa: at least two exponent digits, then jsoniter's e-0X trim. */
    private static String exponentForm(BigDecimal value) {
        String digits = value.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - value.scale();
        StringBuilder text = new StringBuilder();
        if (value.signum() < 0) {
            text.append('-');
        }
        text.append(digits.charAt(0));
        if (digits.length() > 1) {
            text.append('.').append(digits, 1, digits.length());
        }
        text.append('e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10 && exponent > 0) {
            text.append('0');
        }
        return text.append(abs).toString();
    }
}
