package io.taospring.embedded.schemaless;

import io.taospring.client.TaosType;

/** Whether an integer fits a TDengine integer type. */
final class IntegerRange {

    private IntegerRange() {
    }

    /** Whether {@code value} (for BIGINT UNSIGNED: any bit pattern) fits {@code type}. */
    static boolean contains(TaosType type, long value) {
        return switch (type) {
            case TINYINT -> value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
            case SMALLINT -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
            case INT -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
            case UTINYINT -> value >= 0 && value <= 0xFFL;
            case USMALLINT -> value >= 0 && value <= 0xFFFFL;
            case UINT -> value >= 0 && value <= 0xFFFF_FFFFL;
            default -> true;
        };
    }
}
