package io.taospring.client.protocol.tmq;

import io.taospring.client.TaosType;
import java.util.Objects;

/**
 * One column of a TMQ block's schema (ws-tmq.md 7.2).
 *
 * @param name  the column name
 * @param type  the column type
 * @param bytes the internal width in bytes ({@code types.md} section 2)
 * @param colId the 1-based column id
 */
public record TmqColumn(String name, TaosType type, int bytes, int colId) {

    /** Checks the name and type. */
    public TmqColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
