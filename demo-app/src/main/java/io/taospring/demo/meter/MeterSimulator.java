package io.taospring.demo.meter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.taospring.client.schemaless.Point;
import io.taospring.demo.DemoProperties;
import io.taospring.spring.core.TaosTemplate;
import io.taospring.spring.schemaless.BufferedSchemalessWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the simulated meters on a thread of its own once the application is ready: every {@code 1/demo.meters.rate}
 * seconds writes one reading per meter through {@link TaosTemplate#write} (parameter binding of
 * {@link MeterReading} objects) and one status point per meter through the starter's
 * {@link BufferedSchemalessWriter} (super table {@code meter_status}, created by TDengine from the line
 * protocol; {@code taos.schemaless.*} configures the batching).
 */
@Component
public class MeterSimulator implements SmartLifecycle {

    private static final Log logger = LogFactory.getLog(MeterSimulator.class);

    private final MeterSchema schema;
    private final TaosTemplate taos;
    private final BufferedSchemalessWriter statusWriter;
    private final DemoProperties.Meters settings;
    private final MeterFleet fleet;
    private final Clock clock;
    private final Counter written;
    private ScheduledExecutorService executor;

    MeterSimulator(MeterSchema schema, TaosTemplate taos, BufferedSchemalessWriter statusWriter,
            DemoProperties properties, MeterRegistry registry) {
        this.schema = schema;
        this.taos = taos;
        this.statusWriter = statusWriter;
        this.settings = properties.meters();
        this.fleet = new MeterFleet(settings.count(), settings.overVoltageProbability(),
                properties.alerts().threshold(), RandomGenerator.getDefault());
        this.clock = Clock.systemUTC();
        this.written = Counter.builder("demo.readings.written").description("Readings written by the simulated meters")
                .register(registry);
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "meter-simulator");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the meters once the application is ready and the schema exists: their first writes (the pool's
     * connections, the first statements) do not compete with the application's start.
     */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void startMeters() {
        if (settings.enabled()) {
            ScheduledExecutorService meters = executor;
            schema.ready().thenRun(() -> schedule(meters));
        }
    }

    private synchronized void schedule(ScheduledExecutorService meters) {
        if (meters.isShutdown()) {
            return;
        }
        long period = settings.interval().toNanos();
        meters.scheduleAtFixedRate(this::tick, period, period, TimeUnit.NANOSECONDS);
        logger.info(settings.count() + " simulated meters report every " + settings.interval().toMillis() + " ms");
    }

    /** Stops the meters; at the default phase, before the schemaless writer stops and writes what it holds. */
    @Override
    public synchronized void stop() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }

    /**
     * Writes a reading of {@code meterId} above the alert threshold now.
     *
     * @return the reading written, or empty for an unknown meter
     */
    public Optional<MeterReading> forceOverVoltage(String meterId) {
        Optional<MeterReading> reading;
        synchronized (fleet) {
            reading = fleet.surge(meterId, clock.instant());
        }
        reading.ifPresent(r -> write(List.of(r)));
        return reading;
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            List<MeterReading> readings;
            synchronized (fleet) {
                readings = fleet.read(now);
            }
            write(readings);
            for (MeterReading reading : readings) {
                statusWriter.write(status(reading, now));
            }
        } catch (RuntimeException e) {
            // a failed tick must not cancel the schedule: the next one tries again
            logger.warn("Simulated readings not written: " + e.getMessage());
        }
    }

    private void write(List<MeterReading> readings) {
        written.increment(taos.write(MeterReading.class, readings));
    }

    private static Point status(MeterReading reading, Instant now) {
        return Point.measurement("meter_status").tag("meter", reading.meterId()).tag("location", reading.location())
                .field("temperature", 30 + reading.current() * 1.5).field("rssi", -60L - reading.groupId() * 3L)
                .timestamp(now).build();
    }
}
