package io.taospring.client.stmt;

import java.util.List;

/**
 * One table's share of a batch: its name (when the statement binds it), its tag values (one row each, when
 * the statement binds tags) and its column values (the same number of rows in each).
 *
 * @param name    the table name, possibly {@code db.table}; null when the statement names the table itself
 * @param tags    one single-row column per tag placeholder; empty when none
 * @param columns one column per column placeholder
 */
public record BoundTable(String name, List<BoundColumn> tags, List<BoundColumn> columns) {

    /** Copies the lists. */
    public BoundTable {
        tags = List.copyOf(tags);
        columns = List.copyOf(columns);
    }

    /** The number of rows bound for this table. */
    public int rows() {
        return columns.isEmpty() ? 0 : columns.get(0).rows();
    }
}
