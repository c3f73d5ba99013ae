package io.taospring.spring.listener;

import java.util.List;

/**
 * What a {@link TaosListenerContainer} calls with the records it polled: one record at a time, or a whole
 * poll when {@link #batch()} says so. {@link io.taospring.spring.annotation.TaosListener} methods are adapted to it; it can also be
 * implemented directly and given to a container through a {@link TaosListenerEndpoint}.
 */
@FunctionalInterface
public interface TaosMessageListener {

    /**
     * Processes records: a list of one for record listeners, a poll's records for batch listeners.
     *
     * @throws Exception to have the {@link TaosErrorHandler} retry or recover the records
     */
    void onMessage(List<TaosRecord> records, Acknowledgment acknowledgment) throws Exception;

    /** Whether it takes a whole poll at a time. */
    default boolean batch() {
        return false;
    }
}
