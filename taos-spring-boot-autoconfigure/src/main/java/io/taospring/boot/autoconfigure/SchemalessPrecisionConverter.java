package io.taospring.boot.autoconfigure;

import io.taospring.client.schemaless.SchemalessPrecision;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;

/**
 * Reads {@code taos.schemaless.precision} as TDengine users write it, {@code h}, {@code m}, {@code s},
 * {@code ms}, {@code us} (or {@code u}) and {@code ns}, as well as the enum's names ({@code milliseconds},
 * {@code not-configured}); anything else fails start-up naming the accepted values.
 */
final class SchemalessPrecisionConverter implements Converter<String, SchemalessPrecision> {

    @Override
    public SchemalessPrecision convert(String source) {
        String text = source.trim().toLowerCase(Locale.ROOT);
        if (text.equals("us")) {
            return SchemalessPrecision.MICROSECONDS;
        }
        for (SchemalessPrecision precision : SchemalessPrecision.values()) {
            if (!precision.wireName().isEmpty() && precision.wireName().equals(text)) {
                return precision;
            }
            if (precision.name().toLowerCase(Locale.ROOT).equals(text.replace('-', '_'))) {
                return precision;
            }
        }
        throw new IllegalArgumentException("unknown schemaless precision '" + source + "' (expected h, m, s, ms, us, ns or "
                + Arrays.stream(SchemalessPrecision.values()).map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .collect(Collectors.joining(", ")) + ")");
    }
}
