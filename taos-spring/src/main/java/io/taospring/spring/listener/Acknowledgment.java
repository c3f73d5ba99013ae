package io.taospring.spring.listener;

import java.time.Duration;

/**
 * Handed to a {@link io.taospring.spring.annotation.TaosListener} method: acknowledges its records for a manual {@link AckMode} (from any
 * thread; off the consumer thread the commit waits for the next poll), or asks for them to be delivered again
 * (on the consumer thread, inside the listener).
 */
public interface Acknowledgment {

    /**
     * Marks the records of this invocation processed; with {@link AckMode#MANUAL} they are committed after
     * the poll, with {@link AckMode#MANUAL_IMMEDIATE} at once. The other ack modes commit anyway.
     */
    void acknowledge();

    /**
     * Record listeners: delivers this record and the rest of its poll again after {@code sleep}, by seeking
     * the vgroup back; records before it in its message are not delivered again.
     */
    void nack(Duration sleep);

    /**
     * Batch listeners: the records before {@code index} are processed; the rest are delivered again after
     * {@code sleep}.
     */
    void nack(int index, Duration sleep);
}
