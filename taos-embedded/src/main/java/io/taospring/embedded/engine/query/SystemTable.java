package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.storage.ColumnDef;
import java.util.List;

/**
 * A system table's schema and current rows (canonical values).
 *
 * @param name    the table name, e.g. {@code ins_tables}
 * @param columns the schema
 * @param rows    the rows
 */
public record SystemTable(String name, List<ColumnDef> columns, List<Object[]> rows) {
}
