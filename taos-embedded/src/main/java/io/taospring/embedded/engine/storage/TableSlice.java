package io.taospring.embedded.engine.storage;

/**
 * A consistent copy of some rows of one table (or of a system table), taken under the table's read
 * lock and read without locks afterwards.
 *
 * @param name    the table name ({@code tbname})
 * @param tags    the table's tag values at snapshot time (empty for normal and system tables)
 * @param columns the copied columns; column 0 is the timestamp for user tables
 * @param rows    the number of rows
 */
public record TableSlice(String name, Object[] tags, ColumnVector[] columns, int rows) {

    /** The timestamp of {@code row} (column 0). */
    public long timestamp(int row) {
        return ((LongColumn) columns[0]).values()[row];
    }
}
