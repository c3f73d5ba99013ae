package io.taospring.client.jdbc;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import java.sql.Timestamp;
import java.util.Map;

/**
 * What JDBC reports about TDengine types: the {@link java.sql.Types} code and type name come from
 * {@link TaosType}; the sizes JDBC asks for (precision, scale, display size) and the class
 * {@code getObject} returns are decided here, in one place.
 */
final class JdbcTypes {

    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(boolean.class, Boolean.class,
            byte.class, Byte.class, short.class, Short.class, int.class, Integer.class, long.class, Long.class,
            float.class, Float.class, double.class, Double.class);

    private JdbcTypes() {
    }

    /** The wrapper of a primitive class; any other class itself. */
    static Class<?> wrapper(Class<?> type) {
        return WRAPPERS.getOrDefault(type, type);
    }

    /** The type name, as the official driver reports it (e.g. {@code INT UNSIGNED}, {@code VARCHAR}). */
    static String typeName(TaosType type) {
        return type.sqlName();
    }

    /** The class of {@code ResultSet.getObject} values: TIMESTAMP is {@link Timestamp}, else the session API's class. */
    static String className(TaosType type) {
        return type == TaosType.TIMESTAMP ? Timestamp.class.getName() : type.javaType().getName();
    }

    /** Digits for numbers, characters for text, bytes for binary, the text length for TIMESTAMP. */
    static int precision(TaosField field, Precision precision) {
        TaosType type = field.type();
        return switch (type) {
            case BOOL -> 1;
            case TINYINT, UTINYINT -> 3;
            case SMALLINT, USMALLINT -> 5;
            case INT, UINT -> 10;
            case BIGINT -> 19;
            case UBIGINT -> 20;
            case FLOAT -> 7;
            case DOUBLE -> 15;
            case DECIMAL -> 38;
            case DECIMAL64 -> 18;
            case TIMESTAMP -> 20 + precision.fractionDigits();
            case NULL -> 0;
            default -> field.length();
        };
    }

    /** Fraction digits: the DECIMAL scale, the TIMESTAMP precision's digits, else 0. */
    static int scale(TaosField field, Precision precision) {
        if (field.type().isDecimal()) {
            return field.scale();
        }
        return field.type() == TaosType.TIMESTAMP ? precision.fractionDigits() : 0;
    }

    /** The widest text of a value: digits plus sign and point for numbers, the length for text. */
    static int displaySize(TaosField field, Precision precision) {
        TaosType type = field.type();
        int digits = precision(field, precision);
        return switch (type) {
            case BOOL -> 5;
            case TINYINT, SMALLINT, INT, BIGINT -> digits + 1;
            case FLOAT, DOUBLE -> digits + 8;
            case DECIMAL, DECIMAL64 -> digits + 2;
            default -> digits;
        };
    }

    /** Whether values can be negative. */
    static boolean isSigned(TaosType type) {
        return switch (type) {
            case TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE, DECIMAL, DECIMAL64 -> true;
            default -> false;
        };
    }
}
