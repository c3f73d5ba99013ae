package io.taospring.embedded.schemaless;

import io.taospring.client.TaosType;

/**
 * A typed value read from schemaless text.
 *
 * @param type   the column type it asks for
 * @param value  the canonical engine value ({@code Long}, {@code Double}, {@code Boolean}, {@code String},
 *               {@code byte[]}), or null for NULL
 * @param length the byte length for variable types (what the column width is computed from), else 0
 */
record SmlValue(TaosType type, Object value, int length) {

    /** A fixed-width value. */
    static SmlValue fixed(TaosType type, Object value) {
        return new SmlValue(type, value, 0);
    }
}
