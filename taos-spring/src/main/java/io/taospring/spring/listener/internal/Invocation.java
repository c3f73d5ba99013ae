package io.taospring.spring.listener.internal;

import io.taospring.spring.listener.Acknowledgment;
import io.taospring.spring.listener.TaosRecord;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One call of the listener with some records of a message, and the {@link Acknowledgment} handed to it: it
 * records an acknowledgment or a nack for the consumer loop to act on. An acknowledgment from another thread
 * is queued for the consumer thread.
 */
final class Invocation implements Acknowledgment {

    private final List<PolledRecord> records;
    private final List<TaosRecord> values;
    private final ListenerConsumer consumer;
    private final Thread consumerThread;
    private volatile boolean acknowledged;
    private volatile int nackIndex = -1;
    private volatile Duration nackSleep = Duration.ZERO;

    Invocation(List<PolledRecord> records, ListenerConsumer consumer) {
        this.records = records;
        this.values = records.size() == 1 ? List.of(records.get(0).record())
                : records.stream().map(PolledRecord::record).toList();
        this.consumer = consumer;
        this.consumerThread = Thread.currentThread();
    }

    List<PolledRecord> records() {
        return records;
    }

    List<TaosRecord> values() {
        return values;
    }

    boolean acknowledged() {
        return acknowledged;
    }

    /** The index (in {@link #records()}) of the first record to deliver again, or -1. */
    int nackIndex() {
        return nackIndex;
    }

    Duration nackSleep() {
        return nackSleep;
    }

    @Override
    public void acknowledge() {
        if (acknowledged) {
            return;
        }
        acknowledged = true;
        consumer.acknowledged(records, Thread.currentThread() == consumerThread);
    }

    @Override
    public void nack(Duration sleep) {
        if (records.size() != 1) {
            throw new IllegalStateException("a batch listener names the first record to redeliver: nack(index, sleep)");
        }
        nack(0, sleep);
    }

    @Override
    public void nack(int index, Duration sleep) {
        Objects.checkIndex(index, records.size());
        if (Thread.currentThread() != consumerThread) {
            throw new IllegalStateException("nack must be called on the consumer thread, inside the listener");
        }
        nackIndex = index;
        nackSleep = Objects.requireNonNull(sleep, "sleep");
    }
}
