package io.taospring.embedded.schemaless;

import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.Database;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * Runs schemaless writes against the engine's catalog: parses the data, creates or widens the super tables,
 * creates the child tables and writes the rows. Everything is checked before anything changes, so a failed
 * request writes nothing. Thread-safe: a request holds its database's schema write lock.
 */
public final class SchemalessInserter {

    /** Line protocol ({@code protocol} 1). */
    public static final int LINE = 1;
    /** OpenTSDB telnet ({@code protocol} 2). */
    public static final int TELNET = 2;
    /** OpenTSDB JSON ({@code protocol} 3). */
    public static final int JSON = 3;

    private final Catalog catalog;
    private final Clock clock;

    /** An inserter over {@code catalog} whose "now" comes from {@code clock}. */
    public SchemalessInserter(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Writes {@code data} into {@code database}.
     *
     * @param protocol     1 line, 2 telnet, 3 JSON
     * @param precision    the unit of line-protocol timestamps as the wire names it ({@code h}, {@code m},
     *                     {@code s}, {@code ms}, {@code u} or {@code μ}, {@code ns}; anything else means
     *                     nanoseconds)
     * @param tableNameKey a tag key whose value names the child table, or null
     * @throws EngineException with libtaos' code and a message quoting the offending data
     */
    public SchemalessResult insert(String database, int protocol, String precision, String data,
            String tableNameKey) {
        if (protocol < LINE || protocol > JSON) {
            throw SmlErrors.of(SmlErrors.INVALID_PROTOCOL, "Invalid line protocol type");
        }
        Database db = database(database);
        List<SmlPoint> points = parse(protocol, precision, data == null ? "" : data);
        if (points.isEmpty()) {
            return new SchemalessResult(0, 0);
        }
        Map<String, StableBatch> batches = group(points, data);
        Lock lock = db.schemaLock().writeLock();
        lock.lock();
        try {
            new SchemalessApply(catalog, db, clock.instant(), tableNameKey, data).run(batches.values());
        } finally {
            lock.unlock();
        }
        return new SchemalessResult(points.size(), points.size());
    }

    private Database database(String name) {
        if (name == null || name.isEmpty()) {
            throw new EngineException(0x2616, "Database not specified");
        }
        Database db = catalog.database(name);
        if (db == null) {
            throw new EngineException(0x0388, "Database not exist");
        }
        return db;
    }

    /** The points of {@code data}. */
    static List<SmlPoint> parse(int protocol, String precision, String data) {
        return switch (protocol) {
            case LINE -> new LineParser(data, unitOf(precision)).parse();
            case TELNET -> new TelnetParser(data).parse();
            default -> new OpenTsdbJsonParser(data).parse();
        };
    }

    private static Map<String, StableBatch> group(List<SmlPoint> points, String data) {
        Map<String, StableBatch> batches = new LinkedHashMap<>();
        for (SmlPoint point : points) {
            batches.computeIfAbsent(point.stable(), StableBatch::new).add(point, data);
        }
        return batches;
    }

    /** The unit of line-protocol timestamps for a wire precision; not configured means nanoseconds. */
    static TimeUnit unitOf(String precision) {
        if (precision == null) {
            return TimeUnit.NANOSECONDS;
        }
        return switch (precision) {
            case "h" -> TimeUnit.HOURS;
            case "m" -> TimeUnit.MINUTES;
            case "s" -> TimeUnit.SECONDS;
            case "ms" -> TimeUnit.MILLISECONDS;
            case "u", "\u03bc" -> TimeUnit.MICROSECONDS;
            default -> TimeUnit.NANOSECONDS;
        };
    }
}
