package io.taospring.embedded.schemaless;

import io.taospring.client.TaosType;

/**
 * The typed-value objects of OpenTSDB JSON, {@code {"value": 3, "type": "i8"}} (libtaos {@code smlConvertJSON*}):
 * numbers take a numeric type, booleans {@code bool}, strings {@code binary}, {@code varbinary} or {@code nchar}.
 * Types arrive lower-cased.
 */
final class JsonTypes {

    private JsonTypes() {
    }

    /** A typed number given as its JSON text. */
    static SmlValue number(String text, String type) {
        TaosType target = numberType(type);
        double value = NumberText.toDouble(text);
        if (target == TaosType.DOUBLE) {
            return SmlValue.fixed(target, value);
        }
        if (target == TaosType.FLOAT) {
            if (Math.abs(value) > Float.MAX_VALUE) {
                throw outOfRange();
            }
            return SmlValue.fixed(target, (double) (float) value);
        }
        Long integer = NumberText.toLong(text, false);
        if (integer == null || !IntegerRange.contains(target, integer)) {
            throw outOfRange();
        }
        return SmlValue.fixed(target, integer);
    }

    /** A typed boolean. */
    static SmlValue bool(boolean value, String type) {
        if (!type.equals("bool")) {
            throw badType();
        }
        return SmlValue.fixed(TaosType.BOOL, value);
    }

    /** A typed string. */
    static SmlValue string(String text, String type) {
        return switch (type) {
            case "binary" -> OpenTsdbJsonParser.string(TaosType.VARCHAR, text);
            case "varbinary" -> OpenTsdbJsonParser.string(TaosType.VARBINARY, text);
            case "nchar" -> OpenTsdbJsonParser.string(TaosType.NCHAR, text);
            default -> throw badType();
        };
    }

    private static TaosType numberType(String type) {
        return switch (type) {
            case "i8", "tinyint" -> TaosType.TINYINT;
            case "i16", "smallint" -> TaosType.SMALLINT;
            case "i32", "int" -> TaosType.INT;
            case "i64", "bigint" -> TaosType.BIGINT;
            case "f32", "float" -> TaosType.FLOAT;
            case "f64", "double" -> TaosType.DOUBLE;
            default -> throw badType();
        };
    }

    /** TSDB_CODE_TSC_INVALID_JSON_TYPE. */
    static RuntimeException badType() {
        return SmlErrors.of(SmlErrors.INVALID_JSON_TYPE, "Invalid JSON data type");
    }

    private static RuntimeException outOfRange() {
        return SmlErrors.of(SmlErrors.OUT_OF_RANGE, "Value out of range");
    }
}
