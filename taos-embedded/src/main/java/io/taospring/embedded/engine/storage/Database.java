package io.taospring.embedded.engine.storage;

import io.taospring.client.Precision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A database: its options and tables. Statements that read or write rows hold {@link #schemaLock()}'s
 * read lock; DDL holds its write lock, so no INSERT sees a half-altered schema.
 */
public final class Database {

    private final String name;
    private final Precision precision;
    private final Map<String, String> options;
    private final long createTime;
    private final long uid;
    private final ConcurrentHashMap<String, SuperTable> stables = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock schemaLock = new ReentrantReadWriteLock();

    /** A database; {@code options} as given in CREATE DATABASE (lower-case names). */
    public Database(String name, Precision precision, Map<String, String> options, long createTime, long uid) {
        this.uid = uid;
        this.name = name;
        this.precision = precision;
        this.options = Map.copyOf(options);
        this.createTime = createTime;
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The timestamp precision. */
    public Precision precision() {
        return precision;
    }

    /** The CREATE DATABASE options other than PRECISION. */
    public Map<String, String> options() {
        return options;
    }

    /** An option's value or {@code fallback}. */
    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    /** Creation time in milliseconds. */
    public long createTime() {
        return createTime;
    }

    /** A unique id, increasing with creation. */
    public long uid() {
        return uid;
    }

    /** The lock separating DDL (write) from reads and writes of rows (read). */
    public ReentrantReadWriteLock schemaLock() {
        return schemaLock;
    }

    /** A super table by name, or null. */
    public SuperTable stable(String stableName) {
        return stables.get(stableName);
    }

    /** A child or normal table by name, or null. */
    public Table table(String tableName) {
        return tables.get(tableName);
    }

    /** The super tables in creation order. */
    public List<SuperTable> stables() {
        List<SuperTable> list = new ArrayList<>(stables.values());
        list.sort(Comparator.comparingLong(SuperTable::uid));
        return list;
    }

    /** The child and normal tables in creation order. */
    public List<Table> tables() {
        List<Table> list = new ArrayList<>(tables.values());
        list.sort(Comparator.comparingLong(Table::uid));
        return list;
    }

    /** The number of child and normal tables. */
    public int tableCount() {
        return tables.size();
    }

    /** Adds a super table unless the name is taken; returns the one now registered. */
    public SuperTable addStable(SuperTable stable) {
        SuperTable existing = stables.putIfAbsent(stable.name(), stable);
        return existing != null ? existing : stable;
    }

    /** Adds a table unless the name is taken; returns the one now registered. */
    public Table addTable(Table table) {
        Table existing = tables.putIfAbsent(table.name(), table);
        if (existing != null) {
            return existing;
        }
        if (table.stable() != null) {
            table.stable().addChild(table);
        }
        return table;
    }

    /** Removes a table. */
    public void removeTable(Table table) {
        tables.remove(table.name(), table);
        if (table.stable() != null) {
            table.stable().removeChild(table);
        }
    }

    /** Removes a super table and its children. */
    public void removeStable(SuperTable stable) {
        stable.children().forEach(this::removeTable);
        stables.remove(stable.name(), stable);
    }
}
