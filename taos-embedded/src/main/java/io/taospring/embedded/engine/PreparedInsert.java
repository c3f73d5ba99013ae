package io.taospring.embedded.engine;

import io.taospring.client.stmt.BindField;
import io.taospring.embedded.engine.storage.ColumnDef;
import java.util.List;

/**
 * An INSERT resolved for binding: the placeholders as stmt2 describes them, and where each one goes.
 * Immutable; the tables it names are looked up again at every write.
 */
public final class PreparedInsert {

    private final String database;
    private final String stable;
    private final String fixedTable;
    private final List<BindField> fields;
    private final List<ColumnDef> tagDefs;
    private final int[] tagIndex;
    private final List<ColumnDef> columnDefs;
    private final int[] columnIndex;
    private final int tableColumns;

    PreparedInsert(String database, String stable, String fixedTable, List<BindField> fields, List<ColumnDef> tagDefs,
            int[] tagIndex, List<ColumnDef> columnDefs, int[] columnIndex, int tableColumns) {
        this.database = database;
        this.stable = stable;
        this.fixedTable = fixedTable;
        this.fields = List.copyOf(fields);
        this.tagDefs = List.copyOf(tagDefs);
        this.tagIndex = tagIndex.clone();
        this.columnDefs = List.copyOf(columnDefs);
        this.columnIndex = columnIndex.clone();
        this.tableColumns = tableColumns;
    }

    /** The placeholders in SQL order. */
    public List<BindField> fields() {
        return fields;
    }

    /** Whether the table name is bound (the {@code tbname} placeholder). */
    public boolean bindsTableName() {
        return fixedTable == null;
    }

    String database() {
        return database;
    }

    /** The super table of the rows, or null for a normal table. */
    String stable() {
        return stable;
    }

    /** The table named in the SQL, or null when it is bound. */
    String fixedTable() {
        return fixedTable;
    }

    /** The definitions of the bound tags, in bind order. */
    List<ColumnDef> tagDefs() {
        return tagDefs;
    }

    /** The index in the super table's tags of each bound tag. */
    int tagIndex(int bound) {
        return tagIndex[bound];
    }

    /** The definitions of the bound columns, in bind order. */
    List<ColumnDef> columnDefs() {
        return columnDefs;
    }

    /** The index in the table's columns of each bound column. */
    int columnIndex(int bound) {
        return columnIndex[bound];
    }

    /** The number of columns the target table had when prepared. */
    int tableColumns() {
        return tableColumns;
    }
}
