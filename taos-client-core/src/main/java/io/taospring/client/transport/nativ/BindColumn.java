package io.taospring.client.transport.nativ;

import io.taospring.client.TaosType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The values of one bound column (or tag) for all rows, in the column's TDengine type. Values are
 * {@link Number}s (TIMESTAMP in the database's precision; unsigned types by their bits, e.g. a
 * {@code BigInteger} for BIGINT UNSIGNED), {@link Boolean}s, {@link String}s (text types, sent as UTF-8),
 * {@code byte[]} (binary types), or null.
 *
 * @param type   the column's type
 * @param values one value per row, nulls allowed
 */
record BindColumn(TaosType type, List<Object> values) {

    BindColumn {
        Objects.requireNonNull(type, "type");
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** A column of the given values. */
    static BindColumn of(TaosType type, Object... values) {
        return new BindColumn(type, java.util.Arrays.asList(values));
    }

    /** The number of rows. */
    int rows() {
        return values.size();
    }
}
