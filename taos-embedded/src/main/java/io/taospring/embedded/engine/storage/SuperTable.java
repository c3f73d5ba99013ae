package io.taospring.embedded.engine.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** A super table: the schema shared by its child tables, and the children. */
public final class SuperTable {

    private final String database;
    private final String name;
    private final long createTime;
    private final long uid;
    private volatile List<ColumnDef> columns;
    private volatile List<ColumnDef> tags;
    private final ConcurrentHashMap<String, Table> children = new ConcurrentHashMap<>();

    /** A super table; {@code createTime} in milliseconds. */
    public SuperTable(String database, String name, List<ColumnDef> columns, List<ColumnDef> tags, long createTime,
            long uid) {
        this.database = database;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.tags = List.copyOf(tags);
        this.createTime = createTime;
        this.uid = uid;
    }

    /** The database name. */
    public String database() {
        return database;
    }

    /** The super table's name. */
    public String name() {
        return name;
    }

    /** Creation time in milliseconds since the epoch. */
    public long createTime() {
        return createTime;
    }

    /** A unique id. */
    public long uid() {
        return uid;
    }

    /** The data columns (the first a TIMESTAMP). */
    public List<ColumnDef> columns() {
        return columns;
    }

    /** The tags. */
    public List<ColumnDef> tags() {
        return tags;
    }

    /** Replaces the columns (ALTER; callers hold the database's schema lock). */
    public void columns(List<ColumnDef> newColumns) {
        this.columns = List.copyOf(newColumns);
    }

    /** Replaces the tags (ALTER; callers hold the database's schema lock). */
    public void tags(List<ColumnDef> newTags) {
        this.tags = List.copyOf(newTags);
    }

    /** The child tables in creation order. */
    public List<Table> children() {
        List<Table> list = new ArrayList<>(children.values());
        list.sort(Comparator.comparingLong(Table::uid));
        return list;
    }

    void addChild(Table child) {
        children.put(child.name(), child);
    }

    void removeChild(Table child) {
        children.remove(child.name(), child);
    }
}
