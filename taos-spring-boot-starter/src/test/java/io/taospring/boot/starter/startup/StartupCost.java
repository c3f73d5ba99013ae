package io.taospring.boot.starter.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures what the starter adds to an application's start-up: runs {@link StartupApp} in fresh JVMs,
 * alternately bare and with the starter (embedded server included), and prints the median of each and
 * their difference. Not a test (timings do not belong in tests); run it by hand, see the README.
 */
public final class StartupCost {

    private StartupCost() {
    }

    /** {@code args[0]}: the number of runs of each variant (default 11). */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        Samples bare = new Samples();
        Samples taos = new Samples();
        for (int i = 0; i < runs; i++) {
            boolean bareFirst = i % 2 == 0;
            run(bareFirst ? "bare" : "taos", bareFirst ? bare : taos);
            run(bareFirst ? "taos" : "bare", bareFirst ? taos : bare);
        }
        report("wall", bare.wall, taos.wall);
        report("cpu", bare.cpu, taos.cpu);
    }

    private static void report(String what, List<Long> bare, List<Long> taos) {
        System.out.println(what + " bare (ms): " + bare);
        System.out.println(what + " taos (ms): " + taos);
        System.out.printf("%s: median bare %d ms, median with the starter %d ms, added %d ms%n", what, median(bare),
                median(taos), median(taos) - median(bare));
    }

    /** The start-up times and CPU times of one variant's runs. */
    private static final class Samples {
        final List<Long> wall = new ArrayList<>();
        final List<Long> cpu = new ArrayList<>();
    }

    private static void run(String variant, Samples samples) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-cp",
                System.getProperty("java.class.path"), StartupApp.class.getName(), variant)
                .redirectErrorStream(true).start();
        long startup = -1;
        long cpu = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("startup-ms=")) {
                    startup = Long.parseLong(line.substring("startup-ms=".length()));
                } else if (line.startsWith("cpu-ms=")) {
                    cpu = Long.parseLong(line.substring("cpu-ms=".length()));
                }
            }
        }
        if (process.waitFor() != 0 || startup < 0 || cpu < 0) {
            throw new IllegalStateException(variant + " run failed with exit code " + process.exitValue());
        }
        samples.wall.add(startup);
        samples.cpu.add(cpu);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
