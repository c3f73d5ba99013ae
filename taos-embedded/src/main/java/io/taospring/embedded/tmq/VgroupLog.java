package io.taospring.embedded.tmq;

import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.WrittenRows;
import java.util.ArrayList;
import java.util.List;

/**
 * One vgroup's write-ahead log: append-only, versions from 0, so {@code begin} is 0 and {@code end} (the
 * next version) is the number of entries (ws-tmq.md 9). Thread-safe.
 */
final class VgroupLog {

    private final int id;
    private final Database database;
    private final List<WalEntry> entries = new ArrayList<>();

    VgroupLog(int id, Database database) {
        this.id = id;
        this.database = database;
    }

    int id() {
        return id;
    }

    Database database() {
        return database;
    }

    synchronized void append(Table table, WrittenRows rows) {
        entries.add(new WalEntry(entries.size(), table, rows));
    }

    long begin() {
        return 0;
    }

    synchronized long end() {
        return entries.size();
    }

    /** Up to {@code max} entries from version {@code from} on. */
    synchronized List<WalEntry> read(long from, int max) {
        int start = (int) Math.min(Math.max(from, 0), entries.size());
        return new ArrayList<>(entries.subList(start, Math.min(entries.size(), start + max)));
    }
}
