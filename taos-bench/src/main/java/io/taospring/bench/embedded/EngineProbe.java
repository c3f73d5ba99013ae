package io.taospring.bench.embedded;

import io.taospring.embedded.engine.Engine;
import io.taospring.embedded.engine.QueryResult;
import io.taospring.embedded.engine.SessionContext;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures the embedded server's engine without a network in between: the heap that N rows of the meters
 * schema occupy (1,000 child tables, loaded with multi-row INSERT statements of 1,000 rows), the ingest rate
 * of those statements, and the rate of a full scan of 1 million rows encoded in 4096-row raw blocks. Run
 * with {@code -Xmx1g} to show the rows fit in 1 GiB.
 */
public final class EngineProbe {

    private static final int TABLES = 1_000;
    private static final int ROWS_PER_STATEMENT = 1_000;
    private static final int SCAN_ROWS = 1_000_000;
    private static final int SCAN_ROUNDS = 15;
    private static final int BLOCK_ROWS = 4096;

    private EngineProbe() {
    }

    /** {@code embedded [--rows N]}: N rows to load for the memory figure (default 10,000,000). */
    public static void main(String[] args) {
        long rows = args.length == 2 && args[0].equals("--rows") ? Long.parseLong(args[1]) : 10_000_000L;
        Engine engine = new Engine();
        SessionContext session = new SessionContext("root", null);
        long baseline = usedHeapAfterGc();
        long ingestNanos = load(engine, session, "probe", rows);
        long heap = usedHeapAfterGc() - baseline;
        engine.execute(session, "drop database probe");
        load(engine, session, "scan", SCAN_ROWS);
        double scanRate = medianScanRate(engine, session);
        System.out.printf(Locale.ROOT, "embedded_rows_loaded=%d%n", rows);
        System.out.printf(Locale.ROOT, "embedded_heap_bytes=%d%n", heap);
        System.out.printf(Locale.ROOT, "embedded_heap_bytes_per_row=%.1f%n", (double) heap / rows);
        System.out.printf(Locale.ROOT, "embedded_insert_sql_rows_per_s=%.0f%n", rows / (ingestNanos / 1e9));
        System.out.printf(Locale.ROOT, "embedded_scan_encode_rows_per_s=%.0f%n", scanRate);
    }

    /** Loads {@code rows} rows round-robin over the child tables; returns the time spent in the engine. */
    private static long load(Engine engine, SessionContext session, String db, long rows) {
        engine.execute(session, "create database " + db);
        engine.execute(session, "use " + db);
        engine.execute(session, "create stable meters (ts timestamp, current float, voltage int, phase float)"
                + " tags (groupid int, location varchar(24))");
        long perTable = Math.max(1, rows / TABLES);
        long nanos = 0;
        for (long first = 0; first < perTable; first += ROWS_PER_STATEMENT) {
            for (int table = 0; table < TABLES; table++) {
                String sql = insert(table, first, Math.min(perTable, first + ROWS_PER_STATEMENT));
                long start = System.nanoTime();
                engine.execute(session, sql);
                nanos += System.nanoTime() - start;
            }
        }
        return nanos;
    }

    private static String insert(int table, long first, long end) {
        StringBuilder sql = new StringBuilder(48 * ROWS_PER_STATEMENT).append("insert into d").append(table)
                .append(" using meters tags (").append(table % 10).append(", 'California.SanFrancisco') values ");
        for (long i = first; i < end; i++) {
            sql.append('(').append(1_700_000_000_000L + i * 1000).append(',').append(10 + (i % 50) / 10.0)
                    .append(',').append(200 + i % 40).append(',').append(0.25 + (i % 8) / 100.0).append(')');
        }
        return sql.toString();
    }

    /** The median rate of {@code select * from meters} plus encoding every block, in rows/s. */
    private static double medianScanRate(Engine engine, SessionContext session) {
        double[] rates = new double[SCAN_ROUNDS];
        for (int round = 0; round < SCAN_ROUNDS; round++) {
            long start = System.nanoTime();
            QueryResult result = (QueryResult) engine.execute(session, "select * from meters");
            for (int from = 0; from < result.rowCount(); from += BLOCK_ROWS) {
                result.encodeBlock(from, Math.min(result.rowCount(), from + BLOCK_ROWS));
            }
            rates[round] = result.rowCount() / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        return rates[SCAN_ROUNDS / 2];
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
