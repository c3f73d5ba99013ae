package io.taospring.spring.listener;

import io.taospring.client.tmq.TopicVgroup;

/**
 * Told what listener containers do, for metrics; every method does nothing by default. Called on consumer
 * threads, so implementations are thread-safe.
 */
public interface ListenerObserver {

    /** Does nothing. */
    ListenerObserver NONE = new ListenerObserver() {
    };

    /** The listener processed {@code records} records of {@code topic} in one invocation taking {@code nanos}. */
    default void processed(String listenerId, String topic, int records, long nanos) {
    }

    /** An invocation of the listener with records of {@code topic} threw {@code failure}. */
    default void failed(String listenerId, String topic, Throwable failure) {
    }

    /** The server failed a consumer of the listener (it subscribes again after the recovery interval). */
    default void consumerFailed(String listenerId, Throwable failure) {
    }

    /** A vgroup's lag: its end offset minus the consumer's position. */
    default void lag(String listenerId, TopicVgroup vgroup, long lag) {
    }
}
