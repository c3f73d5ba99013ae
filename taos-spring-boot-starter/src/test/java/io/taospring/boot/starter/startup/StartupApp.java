package io.taospring.boot.starter.startup;

import java.lang.management.ManagementFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A tiny application for {@link StartupCost}: {@code taos} starts it with the starter's auto-configurations
 * (and so the embedded server), {@code bare} with them excluded. Prints {@code startup-ms=<n>}, the time
 * from {@code main} to a started context, and {@code cpu-ms=<n>}, the CPU time the process used until then.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StartupApp {

    static final String TAOS_AUTO_CONFIGURATIONS = "io.taospring.boot.autoconfigure.TaosEmbeddedAutoConfiguration,"
            + "io.taospring.boot.autoconfigure.TaosAutoConfiguration,"
            + "io.taospring.boot.autoconfigure.TaosMetricsAutoConfiguration,"
            + "io.taospring.boot.autoconfigure.TaosObservationAutoConfiguration,"
            + "io.taospring.boot.autoconfigure.TaosHealthContributorAutoConfiguration";

    /** Starts the {@code taos} or {@code bare} variant, prints its start-up time and stops it. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        SpringApplication application = new SpringApplication(StartupApp.class);
        application.setLogStartupInfo(false);
        String exclude = args[0].equals("bare") ? TAOS_AUTO_CONFIGURATIONS : "";
        ConfigurableApplicationContext context = application.run("--spring.main.web-application-type=none",
                "--spring.autoconfigure.exclude=" + exclude, "--logging.level.root=warn");
        System.out.println("startup-ms=" + (System.nanoTime() - start) / 1_000_000);
        System.out.println("cpu-ms=" + ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
        context.close();
    }
}
