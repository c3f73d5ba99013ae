package io.taospring.bench.compare;

import io.taospring.client.Endpoint;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.embedded.EmbeddedTaosServer;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a scenario with this client and the official driver against one server: warm-up rounds first, then
 * measured rounds alternating which side goes first; reports the median of each side and their ratio.
 */
public final class Comparisons {

    private Comparisons() {
    }

    /** {@code scan}: full scan of N meters rows reading every column (default 1,000,000 rows). */
    public static void scan(String[] args) throws Exception {
        run(new ScanScenario(), CompareOptions.parse(args, 1_000_000), System.out);
    }

    /** {@code point}: 1,000 small queries, p50 and p99 latency. */
    public static void point(String[] args) throws Exception {
        run(new PointScenario(), CompareOptions.parse(args, 10_000), System.out);
    }

    /** {@code insert-sql}: multi-row INSERT statements of 1,000 rows (default 1,000,000 rows). */
    public static void insertSql(String[] args) throws Exception {
        run(new InsertSqlScenario(), CompareOptions.parse(args, 1_000_000), System.out);
    }

    /** {@code consume}: a TMQ consumer reading a topic over N meters rows from the beginning (default 200,000). */
    public static void consume(String[] args) throws Exception {
        run(new ConsumeScenario(), CompareOptions.parse(args, 200_000), System.out);
    }

    /**
     * {@code listener}: end to end from INSERT to a {@code @TaosListener} method (ours) or the official consumer's
     * poll loop, N rows per round (default 200,000).
     */
    public static void listener(String[] args) throws Exception {
        run(new ListenerScenario(), CompareOptions.parse(args, 200_000), System.out);
    }

    /** {@code insert-stmt}: parameter binding into 100 child tables (default 1,000,000 rows). */
    public static void insertStmt(String[] args) throws Exception {
        run(new InsertStmtScenario(), CompareOptions.parse(args, 1_000_000), System.out);
    }

    /**
     * {@code schemaless}: line protocol in batches of 10,000 lines (default 1,000,000 lines, one measured round
     * and no warm-up: the official line-by-line writer needs a request per line, about 2,000 lines/s here).
     */
    public static void schemaless(String[] args) throws Exception {
        String[] withDefaults = new String[args.length + 4];
        System.arraycopy(new String[] {"--rounds", "1", "--warmups", "0"}, 0, withDefaults, 0, 4);
        System.arraycopy(args, 0, withDefaults, 4, args.length);
        run(new SchemalessScenario(), CompareOptions.parse(withDefaults, 1_000_000), System.out);
    }

    static void run(Scenario scenario, CompareOptions options, PrintStream out) throws Exception {
        EmbeddedTaosServer server = options.url() == null ? EmbeddedTaosServer.builder().port(0).build().start() : null;
        String url = server == null ? options.url() : "ws://127.0.0.1:" + server.port();
        TaosConfig config = TaosConfig.fromDsn(url);
        out.println("server " + (server == null ? url : url + " (embedded)") + ", rows " + options.rows()
                + ", rounds " + options.rounds() + " after " + options.warmups() + " warm-up");
        try (TaosClient client = TaosClient.create(config)) {
            scenario.prepare(client, options);
            Map<Side, List<Map<Metric, Double>>> samples = measure(scenario, client, config, options, out);
            report(scenario, samples, out);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static Map<Side, List<Map<Metric, Double>>> measure(Scenario scenario, TaosClient client,
            TaosConfig config, CompareOptions options, PrintStream out) throws Exception {
        Map<Side, Workload> workloads = new EnumMap<>(Side.class);
        Map<Side, List<Map<Metric, Double>>> samples = new EnumMap<>(Side.class);
        workloads.put(Side.OURS, scenario.ours(client, options));
        try (Connection official = options.official() ? connectOfficial(config) : null) {
            if (official != null) {
                workloads.put(Side.OFFICIAL, scenario.official(official, options));
            }
            int round = 0;
            for (int w = 0; w < options.warmups(); w++) {
                for (Workload workload : workloads.values()) {
                    workload.run(round++);
                }
            }
            for (int r = 0; r < options.rounds(); r++) {
                List<Side> order = new ArrayList<>(workloads.keySet());
                if (r % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (Side side : order) {
                    Map<Metric, Double> sample = workloads.get(side).run(round++);
                    samples.computeIfAbsent(side, s -> new ArrayList<>()).add(sample);
                    out.println("round " + (r + 1) + " " + side.label + " " + printable(scenario, sample));
                }
            }
        } finally {
            workloads.values().forEach(Workload::close);
        }
        return samples;
    }

    /** Connects through the official driver's class itself: our driver accepts its URLs too. */
    private static Connection connectOfficial(TaosConfig config) throws java.sql.SQLException {
        return new com.taosdata.jdbc.ws.WebSocketDriver().connect(officialUrl(config), new java.util.Properties());
    }

    /** The official driver's URL for the same server and credentials. */
    static String officialUrl(TaosConfig config) {
        Endpoint endpoint = config.endpoint();
        return "jdbc:TAOS-WS://" + endpoint.authority() + "/?user=" + encode(config.user())
                + "&password=" + encode(config.password()) + (config.tls() ? "&useSSL=true" : "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void report(Scenario scenario, Map<Side, List<Map<Metric, Double>>> samples, PrintStream out) {
        checkChecksums(samples);
        List<String> lines = new ArrayList<>();
        for (Metric metric : scenario.metrics()) {
            double ours = median(samples.get(Side.OURS), metric);
            lines.add("ours_" + metric.name() + "=" + format(ours));
            if (samples.containsKey(Side.OFFICIAL)) {
                double official = median(samples.get(Side.OFFICIAL), metric);
                lines.add("official_" + metric.name() + "=" + format(official));
                lines.add("ratio_" + metric.name() + "=" + String.format(Locale.ROOT, "%.2f",
                        metric.higherIsBetter() ? ours / official : official / ours));
            }
        }
        lines.forEach(out::println);
    }

    private static void checkChecksums(Map<Side, List<Map<Metric, Double>>> samples) {
        Double ours = samples.get(Side.OURS).get(0).get(Checksums.METRIC);
        List<Map<Metric, Double>> official = samples.get(Side.OFFICIAL);
        if (ours != null && official != null && !ours.equals(official.get(0).get(Checksums.METRIC))) {
            throw new IllegalStateException("the drivers read different data: checksum " + ours + " vs "
                    + official.get(0).get(Checksums.METRIC));
        }
    }

    private static double median(List<Map<Metric, Double>> samples, Metric metric) {
        double[] values = samples.stream().mapToDouble(s -> s.get(metric)).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static String printable(Scenario scenario, Map<Metric, Double> sample) {
        Map<String, String> shown = new LinkedHashMap<>();
        scenario.metrics().forEach(m -> shown.put(m.name(), format(sample.get(m))));
        return shown.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private enum Side {
        OURS("ours"),
        OFFICIAL("official");

        private final String label;

        Side(String label) {
            this.label = label;
        }
    }
}
