package io.taospring.embedded.engine.sql;

import io.taospring.client.TaosType;

/**
 * A declared column type.
 *
 * @param type      the TDengine type
 * @param length    declared length for variable types; fixed size otherwise; storage size for DECIMAL
 * @param precision DECIMAL precision, 0 otherwise
 * @param scale     DECIMAL scale, 0 otherwise
 */
public record TypeSpec(TaosType type, int length, int precision, int scale) {

    /** A fixed-width type. */
    public static TypeSpec of(TaosType type) {
        return new TypeSpec(type, type.fixedSize(), 0, 0);
    }
}
