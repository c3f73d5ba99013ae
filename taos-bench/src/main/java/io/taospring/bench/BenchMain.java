package io.taospring.bench;

import io.taospring.bench.compare.Comparisons;
import io.taospring.bench.embedded.EngineProbe;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entry point of {@code taos-bench.jar}: the first argument names a command, the rest are its arguments.
 * {@code jmh} runs the JMH micro-benchmarks with JMH's own command line.
 */
public final class BenchMain {

    /** A command of the benchmark jar. */
    @FunctionalInterface
    interface Command {
        void run(String[] args) throws Exception;
    }

    private record Entry(String summary, Command command) {
    }

    private static final Map<String, Entry> COMMANDS = commands();

    private BenchMain() {
    }

    private static Map<String, Entry> commands() {
        Map<String, Entry> commands = new LinkedHashMap<>();
        commands.put("scan", new Entry("[--url ws://host:port] [--rows N] [--official true|false] [--rounds R]"
                + "  full scan of N meters rows, ours vs the official driver", Comparisons::scan));
        commands.put("point", new Entry("[--url ...] [--official ...]  1,000 small queries, p50/p99 latency",
                Comparisons::point));
        commands.put("insert-sql", new Entry("[--url ...] [--rows N] [--official ...]  multi-row INSERT SQL,"
                + " 1,000 rows per statement", Comparisons::insertSql));
        commands.put("embedded", new Entry("[--rows N]  the embedded engine alone: heap per row for N meters rows,"
                + " INSERT ingest rate, 1M-row scan+encode rate (run with -Xmx1g)", EngineProbe::main));
        commands.put("consume", new Entry("[--url ...] [--rows N] [--official ...]  TMQ: consume a topic over"
                + " N rows from the beginning, records/s", Comparisons::consume));
        commands.put("listener", new Entry("[--url ...] [--rows N] [--official ...]  end to end from INSERT to a"
                + " @TaosListener method (ours) or the official consumer's poll loop, records/s", Comparisons::listener));
        commands.put("insert-stmt", new Entry("[--url ...] [--rows N] [--official ...]  parameter binding into 100"
                + " child tables, ours vs the official driver's column binding", Comparisons::insertStmt));
        commands.put("schemaless", new Entry("[--url ...] [--rows N] [--official ...] [--rounds R]  line protocol,"
                + " 10,000 lines per batch, ours vs the official schemaless writer", Comparisons::schemaless));
        commands.put("jmh", new Entry("[JMH args...]  run JMH micro-benchmarks, e.g. 'jmh BlockDecode -f 1'"
                + " ('jmh -h' lists JMH's options, 'jmh -l' the benchmarks)", org.openjdk.jmh.Main::main));
        return Map.copyOf(commands);
    }

    /** Runs the command named by {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        if (args.length == 0 || isHelp(args[0])) {
            usage(System.out);
            return;
        }
        Entry entry = COMMANDS.get(args[0]);
        if (entry == null) {
            System.err.println("unknown command '" + args[0] + "'");
            usage(System.err);
            System.exit(2);
        }
        entry.command().run(Arrays.copyOfRange(args, 1, args.length));
    }

    private static boolean isHelp(String arg) {
        return arg.equals("help") || arg.equals("-h") || arg.equals("--help");
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar taos-bench.jar <command> [args...]");
        out.println("commands:");
        COMMANDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.println("  " + e.getKey() + " " + e.getValue().summary()));
    }
}
