package io.taospring.embedded.engine.query;

import io.taospring.client.Precision;
import io.taospring.embedded.engine.storage.ColumnDef;
import java.util.List;

/**
 * The names a query can reference: the source's data columns and tags, plus pseudo columns.
 *
 * @param table     the FROM name, accepted as a qualifier
 * @param columns   the data columns (the first the primary timestamp for user tables)
 * @param tags      the tags (empty for normal and system tables)
 * @param userTable whether column 0 is a primary timestamp and tbname exists
 * @param precision the timestamp precision
 */
record Scope(String table, List<ColumnDef> columns, List<ColumnDef> tags, boolean userTable, Precision precision) {

    int column(String name) {
        return indexOf(columns, name);
    }

    int tag(String name) {
        return indexOf(tags, name);
    }

    private static int indexOf(List<ColumnDef> defs, String name) {
        for (int i = 0; i < defs.size(); i++) {
            if (defs.get(i).name().equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < defs.size(); i++) {
            if (defs.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
