package io.taospring.embedded.engine.storage;

import java.util.List;

/** A child or normal table: its rows, and for a child table its super table and tag values. */
public final class Table {

    private final String database;
    private final String name;
    private final SuperTable stable;
    private final long createTime;
    private final long uid;
    private final TableData data;
    private volatile List<ColumnDef> ownColumns;
    private volatile Object[] tags;

    /** A child table ({@code stable} non-null, canonical {@code tags}) or a normal table. */
    public Table(String database, String name, SuperTable stable, List<ColumnDef> ownColumns, Object[] tags,
            long createTime, long uid) {
        this.database = database;
        this.name = name;
        this.stable = stable;
        this.ownColumns = stable == null ? List.copyOf(ownColumns) : null;
        this.tags = tags == null ? new Object[0] : tags.clone();
        this.createTime = createTime;
        this.uid = uid;
        this.data = new TableData(columns());
    }

    /** The database name. */
    public String database() {
        return database;
    }

    /** The table name. */
    public String name() {
        return name;
    }

    /** The super table, or null for a normal table. */
    public SuperTable stable() {
        return stable;
    }

    /** Creation time in milliseconds. */
    public long createTime() {
        return createTime;
    }

    /** A unique id, increasing with creation. */
    public long uid() {
        return uid;
    }

    /** The stored rows. */
    public TableData data() {
        return data;
    }

    /** The data columns. */
    public List<ColumnDef> columns() {
        return stable != null ? stable.columns() : ownColumns;
    }

    /** Replaces a normal table's columns (ALTER TABLE; callers hold the schema lock). */
    public void columns(List<ColumnDef> columns) {
        this.ownColumns = List.copyOf(columns);
    }

    /** The tag values (a copy; empty for a normal table). */
    public Object[] tags() {
        return tags.clone();
    }

    /** Replaces the tag values (ALTER TABLE SET TAG, ADD/DROP TAG). */
    public void tags(Object[] newTags) {
        this.tags = newTags.clone();
    }

    /** A snapshot of the rows with {@code from <= ts <= to}. */
    public TableSlice slice(long from, long to) {
        ColumnVector[] columns = data.snapshot(from, to);
        return new TableSlice(name, tags, columns, columns[0].size());
    }
}
