package io.taospring.boot.starter.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A tiny application for {@link StartupCost}, in one of three variants: {@code bare} excludes the starter's
 * auto-configurations, {@code taos} is the starter with nothing configured (so the embedded server starts),
 * {@code client} is the starter pointed at a remote URL (no embedded server; nothing connects at start-up).
 * Prints {@code startup-ms=<n>}, the time from {@code main} to a started context, and {@code cpu-ms=<n>},
 * the CPU time the process used until then.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StartupApp {

    /** Every auto-configuration the starter registers, read from the imports files: the bare variant excludes them. */
    static String taosAutoConfigurations() {
        try {
            List<String> names = new ArrayList<>();
            for (URL imports : Collections.list(StartupApp.class.getClassLoader().getResources(
                    "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))) {
                try (InputStream in = imports.openStream()) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                            .filter(line -> line.startsWith("io.taospring.")).forEach(names::add);
                }
            }
            return String.join(",", names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the variant {@code args[0]}, prints its start-up time and stops it. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        SpringApplication application = new SpringApplication(StartupApp.class);
        application.setLogStartupInfo(false);
        ConfigurableApplicationContext context = application.run(arguments(args[0]));
        System.out.println("startup-ms=" + (System.nanoTime() - start) / 1_000_000);
        System.out.println("cpu-ms=" + ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
        context.close();
    }

    private static String[] arguments(String variant) {
        List<String> arguments = new ArrayList<>(List.of("--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        switch (variant) {
            case "bare" -> arguments.add("--spring.autoconfigure.exclude=" + taosAutoConfigurations());
            case "client" -> arguments.add("--taos.url=ws://db.example:6041/power");
            case "taos" -> { }
            default -> throw new IllegalArgumentException("unknown variant " + variant);
        }
        return arguments.toArray(String[]::new);
    }
}
