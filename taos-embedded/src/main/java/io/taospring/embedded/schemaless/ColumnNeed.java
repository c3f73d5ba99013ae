package io.taospring.embedded.schemaless;

import io.taospring.client.TaosType;

/**
 * What a request needs of one column or tag: its type and the longest value's byte length.
 *
 * @param type     the type every value of the key has
 * @param length   the longest byte length among the values (variable types)
 * @param position where the key was first seen, for error messages
 */
record ColumnNeed(TaosType type, int length, int position) {

    /**
     * The declared width libtaos gives a variable column: the smallest power of two strictly greater than the
     * byte length, the exact length from 1024 bytes on, capped at the type's maximum ({@code smlFindNearestPowerOf2}).
     */
    static int width(TaosType type, int length) {
        int max = type == TaosType.NCHAR ? SmlValues.MAX_NCHAR : SmlValues.MAX_BINARY;
        if (length >= 1024) {
            return Math.min(length, max);
        }
        int result = 1;
        while (result <= length) {
            result <<= 1;
        }
        return Math.min(result, max);
    }

    /** The declared width for this need; the type's size for fixed types. */
    int width() {
        return type.isVariable() ? width(type, length) : type.fixedSize();
    }
}
