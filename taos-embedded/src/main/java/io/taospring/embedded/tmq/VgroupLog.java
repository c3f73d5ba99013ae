package io.taospring.embedded.tmq;

import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.WrittenRows;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * One vgroup's write-ahead log: the writes to its tables in order, numbered by version from {@link #begin()}.
 * Entries older than the database's {@code WAL_RETENTION_PERIOD} (seconds, 3600 by default; 0 or less: kept
 * for good) are dropped as new ones arrive, as TDengine deletes old WAL files: a consumer behind them reads
 * on from the oldest entry left.
 */
final class VgroupLog {

    /** How often at most the expired head of the log is dropped (each drop moves the rest of the list). */
    private static final long TRIM_EVERY_MILLIS = 1_000;

    private final int id;
    private final Database database;
    private final LongSupplier clock;
    /** Entry {@code i} has version {@code begin + i}. */
    private final List<WalEntry> entries = new ArrayList<>();
    private long begin;
    private long lastTrim;

    VgroupLog(int id, Database database) {
        this(id, database, System::currentTimeMillis);
    }

    VgroupLog(int id, Database database, LongSupplier clock) {
        this.id = id;
        this.database = database;
        this.clock = clock;
    }

    int id() {
        return id;
    }

    Database database() {
        return database;
    }

    synchronized void append(Table table, WrittenRows rows) {
        long now = clock.getAsLong();
        if (now - lastTrim >= TRIM_EVERY_MILLIS) {
            lastTrim = now;
            trim(now);
        }
        entries.add(new WalEntry(begin + entries.size(), table, rows, now));
    }

    private void trim(long now) {
        long retention = retentionMillis();
        if (retention <= 0) {
            return;
        }
        int expired = 0;
        while (expired < entries.size() && now - entries.get(expired).appendedAt() > retention) {
            expired++;
        }
        if (expired > 0) {
            entries.subList(0, expired).clear();
            begin += expired;
        }
    }

    private long retentionMillis() {
        try {
            return Long.parseLong(database.option("wal_retention_period", "3600").trim()) * 1_000;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The version of the oldest entry kept. */
    synchronized long begin() {
        return begin;
    }

    /** The version the next entry gets. */
    synchronized long end() {
        return begin + entries.size();
    }

    /** Up to {@code max} entries from version {@code from} on (from the oldest kept, when it is older). */
    synchronized List<WalEntry> read(long from, int max) {
        int start = (int) (Math.min(Math.max(from, begin), end()) - begin);
        return new ArrayList<>(entries.subList(start, Math.min(entries.size(), start + max)));
    }
}
