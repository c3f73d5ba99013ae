package io.taospring.spring.listener;

import io.taospring.client.tmq.TopicVgroup;

/**
 * Told what listener containers do, for metrics and tracing; every method does nothing by default. Called on
 * consumer threads, so implementations are thread-safe.
 */
public interface ListenerObserver {

    /** Does nothing. */
    ListenerObserver NONE = new ListenerObserver() {
    };

    /**
     * An invocation of the listener with {@code records} records of {@code topic} starts, on the consumer
     * thread that runs it; the returned observation is told, on the same thread, how it ended (before any
     * retry by the error handler).
     */
    default InvocationObservation invocation(String listenerId, String topic, int records) {
        return InvocationObservation.NONE;
    }

    /** The server failed a consumer of the listener (it subscribes again after the recovery interval). */
    default void consumerFailed(String listenerId, Throwable failure) {
    }

    /** A vgroup's lag: its end offset minus the consumer's position. */
    default void lag(String listenerId, TopicVgroup vgroup, long lag) {
    }

    /** One observed invocation of a listener. */
    @FunctionalInterface
    interface InvocationObservation {

        /** Observes nothing. */
        InvocationObservation NONE = failure -> {
        };

        /** The invocation ended: {@code failure} is what the listener threw, or null when it returned. */
        void end(Throwable failure);
    }
}
