package io.taospring.embedded.engine;

import io.taospring.embedded.engine.query.ColumnarResult;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Measures the engine (not a unit test): heap used by 10 million meters rows in 1,000 child tables loaded
 * through multi-row INSERT statements, the INSERT ingest rate, and the rate of {@code SELECT * FROM meters}
 * over 1 million rows encoded in 4096-row raw blocks. Run with {@code -Xmx1g} to prove the data fits.
 */
public final class EngineMemoryProbe {

    private static final int TABLES = 1_000;
    private static final int ROWS_PER_STATEMENT = 1_000;

    private EngineMemoryProbe() {
    }

    /** Runs the probe; argument: total rows (default 10,000,000), or {@code scan} for the scan part only. */
    public static void main(String[] args) {
        Engine engine = new Engine();
        SessionContext session = new SessionContext("root", null);
        if (args.length > 0 && args[0].equals("scan")) {
            scan(engine, session);
            return;
        }
        long totalRows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        long baseline = usedHeapAfterGc();
        long ingestNanos = load(engine, session, "power", totalRows);
        long used = usedHeapAfterGc() - baseline;
        report("rows loaded", totalRows);
        report("ingest rows/s (engine time)", (long) (totalRows / (ingestNanos / 1e9)));
        report("heap used after GC (bytes)", used);
        report("heap bytes per row", used / totalRows);
        engine.execute(session, "DROP DATABASE power");
        scan(engine, session);
    }

    private static long load(Engine engine, SessionContext session, String db, long totalRows) {
        engine.execute(session, "CREATE DATABASE " + db);
        engine.execute(session, "USE " + db);
        engine.execute(session, "CREATE STABLE meters (ts TIMESTAMP, current FLOAT, voltage INT, phase FLOAT) "
                + "TAGS (groupid INT, location VARCHAR(24))");
        long rowsPerTable = totalRows / TABLES;
        long engineNanos = 0;
        StringBuilder sql = new StringBuilder(64 * ROWS_PER_STATEMENT);
        for (long start = 0; start < rowsPerTable; start += ROWS_PER_STATEMENT) {
            for (int table = 0; table < TABLES; table++) {
                sql.setLength(0);
                sql.append("INSERT INTO d").append(table).append(" USING meters TAGS (").append(table % 10)
                        .append(", 'California.SanFrancisco') VALUES ");
                long end = Math.min(rowsPerTable, start + ROWS_PER_STATEMENT);
                for (long i = start; i < end; i++) {
                    long ts = 1_700_000_000_000L + i * 1000;
                    sql.append('(').append(ts).append(',').append(10 + (i % 50) / 10.0).append(',')
                            .append(200 + i % 40).append(',').append(0.25 + (i % 8) / 100.0).append(')');
                }
                String statement = sql.toString();
                long t0 = System.nanoTime();
                engine.execute(session, statement);
                engineNanos += System.nanoTime() - t0;
            }
        }
        return engineNanos;
    }

    private static void scan(Engine engine, SessionContext session) {
        load(engine, session, "scan", 1_000_000L);
        long[] encodeNanos = new long[30];
        long[] totalNanos = new long[30];
        long[] encodeCpu = new long[30];
        long[] totalCpu = new long[30];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 30; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ColumnarResult result = (ColumnarResult) engine.execute(session, "SELECT * FROM meters");
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            long bytes = 0;
            for (int from = 0; from < result.rowCount(); from += 4096) {
                bytes += result.encodeBlock(from, Math.min(result.rowCount(), from + 4096)).length;
            }
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            encodeCpu[round] = c2 - c1;
            totalCpu[round] = c2 - c0;
            int rows = result.rowCount();
            encodeNanos[round] = t2 - t1;
            totalNanos[round] = t2 - t0;
            System.out.printf(Locale.ROOT, "scan round %d: %d rows, snapshot %.1f ms (%.1f M rows/s), "
                    + "encode %.1f ms (%.1f M rows/s, %d bytes), total %.1f M rows/s%n", round, rows,
                    (t1 - t0) / 1e6, rows / ((t1 - t0) / 1e3), (t2 - t1) / 1e6, rows / ((t2 - t1) / 1e3), bytes,
                    rows / ((t2 - t0) / 1e3));
        }
        java.util.Arrays.sort(encodeNanos);
        java.util.Arrays.sort(totalNanos);
        System.out.printf(Locale.ROOT, "median encode %.1f M rows/s (best %.1f); median query+encode %.1f M rows/s "
                + "(best %.1f)%n", 1e9 / encodeNanos[15], 1e9 / encodeNanos[0], 1e9 / totalNanos[15],
                1e9 / totalNanos[0]);
        System.out.printf(Locale.ROOT, "by thread CPU time: median encode %.1f M rows/s, median query+encode %.1f M rows/s%n",
                1e9 / sorted(encodeCpu)[15], 1e9 / sorted(totalCpu)[15]);
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void report(String what, long value) {
        System.out.printf(Locale.ROOT, "%-32s %,d%n", what, value);
    }
}
