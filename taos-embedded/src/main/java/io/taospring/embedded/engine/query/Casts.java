package io.taospring.embedded.engine.query;

import io.taospring.client.TaosType;
import io.taospring.embedded.engine.sql.TypeSpec;
import io.taospring.embedded.engine.storage.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/** {@code CAST(x AS type)} and the value conversions it needs. */
final class Casts {

    private Casts() {
    }

    static Compiled compile(Compiled value, TypeSpec target) {
        Eval e = value.eval();
        return Compiled.of(row -> convert(e.eval(row), target.type()), target, value.refs());
    }

    /** Converts a canonical value to the canonical form of {@code type}; null stays null. */
    static Object convert(Object value, TaosType type) {
        if (value == null) {
            return null;
        }
        try {
            return switch (type) {
                case BOOL -> Compiler.truth(value);
                case TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT, UBIGINT, TIMESTAMP -> toLong(value);
                case FLOAT, DOUBLE -> Values.toDouble(value);
                case VARCHAR, NCHAR, JSON -> Values.text(value);
                case DECIMAL, DECIMAL64 -> Values.toDecimal(value);
                default -> value instanceof byte[] ? value : Values.text(value).getBytes(StandardCharsets.UTF_8);
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long toLong(Object value) {
        if (value instanceof String s) {
            return new BigDecimal(s.trim()).setScale(0, RoundingMode.DOWN).longValue();
        }
        if (value instanceof Double d) {
            return (long) (double) d;
        }
        return Values.toLong(value);
    }
}
