package io.taospring.client.schemaless;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.TaosException;
import java.time.Duration;
import java.util.List;

/**
 * The background loop of a {@link BufferedWriter}: takes due batches from the buffer and writes them, retrying
 * transient failures with back-off; a batch it gives up goes to the listener and its error to the next flush.
 */
final class Flusher implements Runnable {

    /** What the loop needs to know; all immutable. */
    record Settings(SchemalessWriter target, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl,
            int batchSize, Duration interval, RetryPolicy retry, BufferedWriterListener listener) {
    }

    private static final System.Logger LOGGER = System.getLogger(Flusher.class.getName());

    private final LineBuffer buffer;
    private final Settings settings;
    private volatile TaosException failure;

    Flusher(LineBuffer buffer, Settings settings) {
        this.buffer = buffer;
        this.settings = settings;
    }

    @Override
    public void run() {
        try {
            for (List<String> batch = next(); !batch.isEmpty(); batch = next()) {
                try {
                    send(batch);
                } finally {
                    buffer.complete(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> next() throws InterruptedException {
        return buffer.take(settings.batchSize(), settings.interval());
    }

    private void send(List<String> batch) throws InterruptedException {
        long start = System.nanoTime();
        for (int attempt = 1;; attempt++) {
            try {
                settings.target().write(batch, settings.protocol(), settings.precision(), settings.ttl(), 0);
            } catch (TaosException e) {
                if (attempt >= settings.retry().maxAttempts() || !settings.retry().isTransient(e)) {
                    giveUp(batch, e);
                    return;
                }
                Duration delay = settings.retry().backoff(attempt);
                int failedAttempt = attempt;
                tell("retrying", () -> settings.listener().retrying(failedAttempt, delay, e));
                Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
                continue;
            } catch (RuntimeException e) {
                giveUp(batch, new InterfaceError(ErrorCodes.UNKNOWN, "schemaless batch failed: " + e, e));
                return;
            }
            tell("batchWritten", () -> settings.listener().batchWritten(batch.size(),
                    Duration.ofNanos(System.nanoTime() - start)));
            return;
        }
    }

    /**
     * Tells the listener, never letting its failure count as the batch's: a written batch reported failed (or
     * retried) would be a lie, or a duplicate write, and a dead flusher would strand the buffer.
     */
    private static void tell(String event, Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException e) {
            LOGGER.log(System.Logger.Level.WARNING, "BufferedWriterListener." + event + " failed", e);
        }
    }

    private void giveUp(List<String> batch, TaosException error) {
        failure = error;
        tell("batchFailed", () -> settings.listener().batchFailed(List.copyOf(batch), error));
    }

    /** The last error of a batch given up since the previous call, or null; clears it. */
    TaosException takeFailure() {
        TaosException last = failure;
        failure = null;
        return last;
    }
}
