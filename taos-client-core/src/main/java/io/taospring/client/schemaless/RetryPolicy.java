package io.taospring.client.schemaless;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.OperationalError;
import io.taospring.client.error.TaosException;
import java.time.Duration;

/**
 * How a {@link BufferedWriter} retries a batch: transient failures (a lost connection, a timeout, an operational
 * server error) up to {@code maxAttempts} in all, waiting {@code initialBackoff} and doubling up to
 * {@code maxBackoff}. Other errors (bad data, a type conflict) fail the batch at once.
 *
 * @param maxAttempts    attempts per batch, at least 1
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff     the longest wait between attempts
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /** Five attempts, 100 ms doubling up to 5 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(5));

    /** Checks the values. */
    public RetryPolicy {
        if (maxAttempts < 1 || initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("invalid retry policy: " + maxAttempts + " attempts, backoff "
                    + initialBackoff + ".." + maxBackoff);
        }
    }

    /** Whether an error may go away when the same batch is sent again. */
    public boolean isTransient(TaosException error) {
        return error instanceof ConnectionError || error instanceof OperationalError;
    }

    /** The wait after failed attempt {@code attempt} (1-based). */
    public Duration backoff(int attempt) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
