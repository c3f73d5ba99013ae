package io.taospring.boot.starter.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures what the starter adds to an application's start-up: runs {@link StartupApp} in fresh JVMs, its
 * variants in rotation (bare, with the starter and the embedded server, with the starter and a remote URL),
 * and prints the median wall and CPU time of each and their differences from bare. Not a test (timings do
 * not belong in tests); run it by hand, see the README.
 */
public final class StartupCost {

    private static final List<String> VARIANTS = List.of("bare", "taos", "client");

    private StartupCost() {
    }

    /** {@code args[0]}: the number of runs of each variant (default 11). */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        Map<String, List<Long>> wall = new LinkedHashMap<>();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        VARIANTS.forEach(variant -> {
            wall.put(variant, new ArrayList<>());
            cpu.put(variant, new ArrayList<>());
        });
        for (int i = 0; i < runs; i++) {
            for (int v = 0; v < VARIANTS.size(); v++) {
                String variant = VARIANTS.get((i + v) % VARIANTS.size());
                long[] measured = run(variant);
                wall.get(variant).add(measured[0]);
                cpu.get(variant).add(measured[1]);
            }
        }
        report("wall", wall);
        report("cpu", cpu);
        reportPaired("wall", wall);
    }

    /**
     * The median of each round's difference from that round's bare run: the host's speed drifts between rounds
     * (other tenants, frequency), and a round's variants run back to back, so this is steadier than the
     * difference of the medians.
     */
    private static void reportPaired(String what, Map<String, List<Long>> samples) {
        List<Long> bare = samples.get("bare");
        samples.forEach((variant, values) -> {
            if (!variant.equals("bare")) {
                List<Long> differences = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    differences.add(values.get(i) - bare.get(i));
                }
                System.out.printf("%s %-6s median of the per-round differences from bare %+d ms%n", what, variant,
                        median(differences));
            }
        });
    }

    private static void report(String what, Map<String, List<Long>> samples) {
        long bare = median(samples.get("bare"));
        samples.forEach((variant, values) -> System.out.printf("%s %-6s median %5d ms (%+d ms over bare), min %5d ms, runs %s%n",
                what, variant, median(values), median(values) - bare, Collections.min(values), values));
    }

    /** Runs one variant in a fresh JVM: its start-up wall time and CPU time in ms. */
    private static long[] run(String variant) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                System.getProperty("java.class.path"), StartupApp.class.getName(), variant)
                .redirectErrorStream(true).start();
        long[] measured = {-1, -1};
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("startup-ms=")) {
                    measured[0] = Long.parseLong(line.substring("startup-ms=".length()));
                } else if (line.startsWith("cpu-ms=")) {
                    measured[1] = Long.parseLong(line.substring("cpu-ms=".length()));
                }
            }
        }
        if (process.waitFor() != 0 || measured[0] < 0 || measured[1] < 0) {
            throw new IllegalStateException(variant + " run failed with exit code " + process.exitValue());
        }
        return measured;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
