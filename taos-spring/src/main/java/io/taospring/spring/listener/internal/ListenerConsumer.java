package io.taospring.spring.listener.internal;

import io.taospring.client.error.TaosException;
import io.taospring.client.tmq.ConsumerRecord;
import io.taospring.client.tmq.ConsumerRecords;
import io.taospring.client.tmq.TaosConsumer;
import io.taospring.client.tmq.TopicVgroup;
import io.taospring.spring.listener.AckMode;
import io.taospring.spring.listener.ListenerObserver;
import io.taospring.spring.listener.TaosRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One consumer of a container and the thread that runs it: subscribe, then poll, deliver, commit per ack
 * mode and refresh the lag until stopped; stopping lets the records in flight finish and commits them.
 * Commits, redeliveries and lag live in their own collaborators; the {@link TaosConsumer} is touched by this
 * thread only.
 */
public final class ListenerConsumer implements Runnable {

    private static final Log LOG = LogFactory.getLog(ListenerConsumer.class);

    private final ContainerSettings settings;
    private final String clientId;
    private final String threadName;
    private final OffsetTracker offsets = new OffsetTracker();
    private final Redeliveries redeliveries = new Redeliveries();
    private final ConcurrentLinkedQueue<List<PolledRecord>> foreignAcks = new ConcurrentLinkedQueue<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final LagMonitor lag;
    private volatile boolean running = true;
    private volatile boolean pauseRequested;
    private volatile boolean paused;
    private volatile Thread thread;
    private TaosConsumer consumer;

    /** Consumer number {@code index} of the container {@code settings} describe. */
    public ListenerConsumer(ContainerSettings settings, int index) {
        this.settings = settings;
        this.clientId = settings.clientIdPrefix() + "-" + index;
        this.threadName = settings.listenerId() + "-" + index;
        this.lag = new LagMonitor(settings);
    }

    /** Starts the thread. */
    public void start() {
        Thread started = new Thread(this, threadName);
        thread = started;
        started.start();
    }

    /** Asks the loop to finish the records in flight, commit and close. */
    public void stop() {
        running = false;
        LockSupport.unpark(thread);
    }

    /** Waits for the loop to end; true when it did within {@code timeout}. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Interrupts a loop that did not stop in time (a listener or back-off still sleeping). */
    public void interrupt() {
        Thread current = thread;
        if (current != null) {
            current.interrupt();
        }
    }

    /** Whether the loop still runs. */
    public boolean isAlive() {
        return finished.getCount() > 0;
    }

    /** Stops polling after the records in flight; the consumer stays in its group. */
    public void pause() {
        pauseRequested = true;
    }

    /** Polls again. */
    public void resume() {
        pauseRequested = false;
        LockSupport.unpark(thread);
    }

    /** Whether the loop has stopped polling because of {@link #pause()}. */
    public boolean isPaused() {
        return paused;
    }

    /** The vgroups assigned to this consumer when the lag was last read. */
    public Set<TopicVgroup> assignment() {
        return lag.assignment();
    }

    /** This consumer's client id. */
    public String clientId() {
        return clientId;
    }

    /**
     * Consumes until stopped. When the server fails the consumer (connection lost, topic missing, ...), it is
     * closed and a new one subscribes after the recovery interval; what it had processed but not committed
     * is delivered again.
     */
    @Override
    public void run() {
        try {
            while (running) {
                try {
                    consumeUntilStopped();
                } catch (TaosException e) {
                    recover(e);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Listener consumer " + threadName + " stopped", e);
        } finally {
            paused = false;
            lag.clear();
            finished.countDown();
        }
    }

    private void consumeUntilStopped() {
        offsets.clear();
        foreignAcks.clear();
        try (TaosConsumer opened = TaosConsumer.create(consumerConfig())) {
            consumer = opened;
            opened.subscribe(settings.topics());
            lag.refresh(opened);
            while (running) {
                loopOnce();
            }
            drainForeignAcks();
            offsets.commit(opened);
        }
    }

    private void recover(TaosException failure) {
        lag.clear();
        settings.observer().consumerFailed(settings.listenerId(), failure);
        if (running) {
            LOG.error("Listener consumer " + threadName + " failed; subscribing again in "
                    + settings.recoveryInterval(), failure);
            LockSupport.parkNanos(settings.recoveryInterval().toNanos());
        }
    }

    private Map<String, String> consumerConfig() {
        Map<String, String> config = new LinkedHashMap<>(settings.consumerConfig());
        config.put("client.id", clientId);
        config.put("enable.auto.commit", "false");
        return config;
    }

    private void loopOnce() {
        drainForeignAcks();
        if (pauseRequested) {
            paused = true;
            offsets.commit(consumer);
            lag.refreshIfDue(consumer);
            LockSupport.parkNanos(settings.pollTimeout().toNanos());
            return;
        }
        paused = false;
        ConsumerRecords polled = consumer.poll(settings.pollTimeout());
        if (!polled.isEmpty()) {
            deliver(polled);
        }
        offsets.commit(consumer);
        lag.refreshIfDue(consumer);
    }

    private void deliver(ConsumerRecords polled) {
        List<PolledRecord> message = polledRecords(polled);
        List<PolledRecord> todo = redeliveries.remaining(message);
        if (todo.isEmpty()) {
            offsets.processed(message.get(message.size() - 1));
        } else if (settings.listener().batch()) {
            invoke(todo);
        } else {
            for (PolledRecord record : todo) {
                if (!invoke(List.of(record))) {
                    break;
                }
            }
        }
    }

    private static List<PolledRecord> polledRecords(ConsumerRecords polled) {
        List<ConsumerRecord> records = polled.records();
        List<PolledRecord> message = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord record = records.get(i);
            long end = polled.endOffsets().get(record.topicVgroup());
            message.add(new PolledRecord(TaosRecord.of(record), i, i == records.size() - 1, end));
        }
        return message;
    }

    /** Calls the listener; false when the rest of the message is to be delivered again. */
    private boolean invoke(List<PolledRecord> records) {
        Invocation invocation = new Invocation(records, this);
        String topic = records.get(0).vgroup().topic();
        ListenerObserver.InvocationObservation observation = settings.observer().invocation(settings.listenerId(),
                topic, records.size());
        try {
            settings.listener().onMessage(invocation.values(), invocation);
            observation.end(null);
        } catch (Exception failure) {
            observation.end(failure);
            if (!handle(invocation, failure)) {
                return false;
            }
        }
        if (invocation.nackIndex() >= 0) {
            rewind(records.get(invocation.nackIndex()));
            sleep(invocation.nackSleep());
            return false;
        }
        processed(records);
        return true;
    }

    private boolean handle(Invocation invocation, Exception failure) {
        try {
            settings.errorHandler().handle(invocation.values(), failure,
                    () -> settings.listener().onMessage(invocation.values(), invocation));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.error("Listener " + settings.listenerId() + " failed on " + invocation.values()
                    + "; delivering the records again", e);
        }
        rewind(invocation.records().get(0));
        return false;
    }

    private void processed(List<PolledRecord> records) {
        AckMode mode = settings.ackMode();
        if (!mode.isManual()) {
            records.forEach(offsets::processed);
        }
        if (mode == AckMode.RECORD) {
            offsets.commit(consumer);
        }
    }

    /** Seeks back so that the poll after this one delivers {@code from} and what followed it. */
    private void rewind(PolledRecord from) {
        consumer.seek(from.vgroup(), from.startOffset());
        redeliveries.rewound(from.vgroup(), from.startOffset(), from.index());
    }

    private static void sleep(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An {@link Invocation} was acknowledged, on this consumer's thread or another. */
    void acknowledged(List<PolledRecord> records, boolean onConsumerThread) {
        if (!settings.ackMode().isManual()) {
            return;
        }
        if (!onConsumerThread) {
            foreignAcks.add(records);
            return;
        }
        records.forEach(offsets::processed);
        if (settings.ackMode() == AckMode.MANUAL_IMMEDIATE) {
            offsets.commit(consumer);
        }
    }

    private void drainForeignAcks() {
        for (List<PolledRecord> records = foreignAcks.poll(); records != null; records = foreignAcks.poll()) {
            records.forEach(offsets::processed);
        }
    }

    @Override
    public String toString() {
        return "ListenerConsumer{" + threadName + ", clientId=" + clientId + "}";
    }
}
