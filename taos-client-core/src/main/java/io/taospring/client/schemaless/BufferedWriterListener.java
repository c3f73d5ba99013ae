package io.taospring.client.schemaless;

import io.taospring.client.error.TaosException;
import java.time.Duration;
import java.util.List;

/**
 * Observes a {@link BufferedWriter}: the metrics hook (lines, batches, failures) and the place where lines that
 * could not be written are handed over. Every method does nothing by default; they run on the writer's thread.
 */
public interface BufferedWriterListener {

    /** A listener that does nothing. */
    BufferedWriterListener NONE = new BufferedWriterListener() {
    };

    /** A batch of {@code lines} lines was written in {@code elapsed} (retries included). */
    default void batchWritten(int lines, Duration elapsed) {
    }

    /** A batch will be sent again after {@code delay} because attempt {@code attempt} failed transiently. */
    default void retrying(int attempt, Duration delay, TaosException error) {
    }

    /**
     * A batch was given up: the error was not transient or the attempts ran out. {@code lines} are the lines that
     * were not written, for a dead-letter store; the writer also reports the error from its next {@code flush}.
     */
    default void batchFailed(List<String> lines, TaosException error) {
    }

    /** A listener that tells each of {@code listeners} in order ({@link #NONE} when there are none). */
    static BufferedWriterListener composite(List<? extends BufferedWriterListener> listeners) {
        List<BufferedWriterListener> active = listeners.stream().filter(l -> l != NONE)
                .map(BufferedWriterListener.class::cast).toList();
        if (active.isEmpty()) {
            return NONE;
        }
        return active.size() == 1 ? active.get(0) : new CompositeListener(active);
    }
}
