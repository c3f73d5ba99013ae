package io.taospring.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a WebSocket connection that lost its socket is re-established: on the next request, up to
 * {@code retries} attempts, the first at once and each later one after a pause that starts at
 * {@code interval} and doubles, at most {@code maxInterval}. Each attempt tries every endpoint once.
 * Requests that were in flight when the socket went away are never re-sent (see the README's
 * "Reliability" section); only the requests after the loss use the new socket.
 *
 * @param retries     the attempts per loss; 0 turns reconnecting off
 * @param interval    the pause before the second attempt
 * @param maxInterval the longest pause between attempts
 */
public record ReconnectPolicy(int retries, Duration interval, Duration maxInterval) {

    /** The default attempts, as the official driver's {@code reconnectRetryCount}. */
    public static final int DEFAULT_RETRIES = 3;
    /** The default first pause, as the official driver's {@code reconnectIntervalMs}. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);
    /** The default longest pause. */
    public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofSeconds(30);
    /** No reconnecting: a connection whose socket is gone stays failed. */
    public static final ReconnectPolicy DISABLED = new ReconnectPolicy(0, DEFAULT_INTERVAL, DEFAULT_MAX_INTERVAL);
    /** Three attempts, pausing 2 s then 4 s. */
    public static final ReconnectPolicy DEFAULT = new ReconnectPolicy(DEFAULT_RETRIES, DEFAULT_INTERVAL,
            DEFAULT_MAX_INTERVAL);

    /** Validates the values. */
    public ReconnectPolicy {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(maxInterval, "maxInterval");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative: " + retries);
        }
        if (interval.isNegative() || maxInterval.isNegative()) {
            throw new IllegalArgumentException("reconnect intervals must not be negative");
        }
        if (maxInterval.compareTo(interval) < 0) {
            throw new IllegalArgumentException("maxInterval " + maxInterval + " is shorter than interval " + interval);
        }
    }

    /** Whether a lost connection is re-established at all. */
    public boolean enabled() {
        return retries > 0;
    }

    /** The pause before attempt {@code attempt} (1-based): none before the first, then doubling from the interval. */
    public Duration pauseBefore(int attempt) {
        if (attempt <= 1) {
            return Duration.ZERO;
        }
        Duration pause = interval;
        for (int i = 2; i < attempt && pause.compareTo(maxInterval) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxInterval) < 0 ? pause : maxInterval;
    }
}
