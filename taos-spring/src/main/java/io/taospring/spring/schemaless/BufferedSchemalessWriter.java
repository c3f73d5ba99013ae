package io.taospring.spring.schemaless;

import io.taospring.client.schemaless.BufferedWriter;
import io.taospring.client.schemaless.Point;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.BeanNameAware;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * A {@link BufferedWriter} as a Spring bean: lines and points written to it are batched in the background, and
 * everything it holds is written when the context stops, before any bean is destroyed, so that nothing buffered
 * is lost and the client it writes through is still open. It stops late ({@link #PHASE}), after web servers and
 * message listener containers that may still be writing through it. Thread-safe.
 *
 * <pre>{@code
 * @Autowired BufferedSchemalessWriter meters;
 * meters.write(Point.measurement("meters").tag("location", "LA").field("current", 10.3).build());
 * }</pre>
 */
public class BufferedSchemalessWriter implements SmartLifecycle, DisposableBean, BeanNameAware, AutoCloseable {

    /** The lifecycle phase: below the phases of Boot's web servers (DEFAULT_PHASE - 2048) and listener containers. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final BufferedWriter.Builder settings;
    private volatile BufferedWriter writer;
    private volatile boolean open;
    private String name = "bufferedSchemalessWriter";

    /**
     * A writer with {@code settings}, which it keeps to start again after a {@link #stop()}; it starts
     * accepting lines at once.
     *
     * @throws IllegalArgumentException when a setting is out of range
     */
    public BufferedSchemalessWriter(BufferedWriter.Builder settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.writer = settings.build();
        this.open = true;
    }

    /** Buffers one line (or, for JSON, one document); see {@link BufferedWriter#write(String)}. */
    public void write(String line) {
        writer.write(line);
    }

    /** Buffers lines, all or none; see {@link BufferedWriter#write(List)}. */
    public void write(List<String> lines) {
        writer.write(lines);
    }

    /** Buffers a point as line protocol; see {@link BufferedWriter#write(Point)}. */
    public void write(Point point) {
        writer.write(point);
    }

    /** Writes every line buffered so far and waits for it; see {@link BufferedWriter#flush()}. */
    public void flush() {
        writer.flush();
    }

    /** Lines accepted and not yet written or given up. */
    public int buffered() {
        return writer.buffered();
    }

    /** The bean name, the {@code name} tag of this writer's buffer gauge. */
    public String getName() {
        return name;
    }

    @Override
    public void setBeanName(String name) {
        this.name = name;
    }

    /** Accepts lines again after a {@link #stop()} (the context's {@code start()} after its {@code stop()}). */
    @Override
    public synchronized void start() {
        if (!open) {
            writer = settings.build();
            open = true;
        }
    }

    /**
     * Stops accepting lines and writes everything buffered; see {@link #close()}.
     *
     * @throws io.taospring.client.error.TaosException the error of a batch given up since the last flush
     */
    @Override
    public void stop() {
        close();
    }

    @Override
    public boolean isRunning() {
        return open;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /**
     * Stops accepting lines, writes everything buffered and stops the background thread; idempotent.
     *
     * @throws io.taospring.client.error.TaosException the error of a batch given up since the last flush (its
     *         lines went to the listener)
     */
    @Override
    public synchronized void close() {
        open = false;
        writer.close();
    }

    /** Closes the writer if the context did not stop it (a bean created after the context started). */
    @Override
    public void destroy() {
        close();
    }

    @Override
    public String toString() {
        return "BufferedSchemalessWriter{" + name + ", " + buffered() + " lines buffered}";
    }
}
