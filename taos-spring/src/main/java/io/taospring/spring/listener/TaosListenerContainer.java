package io.taospring.spring.listener;

import io.taospring.client.tmq.TopicVgroup;
import io.taospring.spring.listener.internal.ContainerSettings;
import io.taospring.spring.listener.internal.ListenerConsumer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.Lifecycle;

/**
 * Runs one listener: {@code concurrency} TMQ consumers of one group, each on its own thread, so that the
 * group splits the topics' vgroups among them. Stopping is graceful: each consumer finishes the records it
 * polled, commits them (per {@link AckMode}) and leaves the group. Made by a
 * {@link TaosListenerContainerFactory}; started and stopped by the {@link TaosListenerEndpointRegistry}.
 */
public final class TaosListenerContainer implements Lifecycle {

    private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(5);

    private final ContainerSettings settings;
    private final Object monitor = new Object();
    private List<ListenerConsumer> consumers = List.of();
    private volatile boolean running;
    private volatile boolean pauseRequested;

    TaosListenerContainer(ContainerSettings settings) {
        this.settings = settings;
    }

    /** The listener id. */
    public String listenerId() {
        return settings.listenerId();
    }

    /** The topics subscribed to. */
    public List<String> topics() {
        return settings.topics();
    }

    /** The consumer group. */
    public String groupId() {
        return settings.consumerConfig().get("group.id");
    }

    /** The ack mode. */
    public AckMode ackMode() {
        return settings.ackMode();
    }

    /** The number of consumers. */
    public int concurrency() {
        return settings.concurrency();
    }

    /** Whether the registry starts it with the context. */
    public boolean isAutoStartup() {
        return settings.autoStartup();
    }

    /** Creates the declared topics that are absent, then starts the consumers. */
    @Override
    public void start() {
        synchronized (monitor) {
            if (running) {
                return;
            }
            createTopics();
            List<ListenerConsumer> started = new ArrayList<>();
            for (int i = 0; i < settings.concurrency(); i++) {
                ListenerConsumer consumer = new ListenerConsumer(settings, i);
                if (pauseRequested) {
                    consumer.pause();
                }
                consumer.start();
                started.add(consumer);
            }
            consumers = List.copyOf(started);
            running = true;
        }
    }

    private void createTopics() {
        if (settings.topicsToCreate().isEmpty()) {
            return;
        }
        if (settings.topicCreator() == null) {
            throw new IllegalStateException("listener '" + listenerId() + "' declares topics "
                    + settings.topicsToCreate().keySet() + " but its container factory has no TaosTopicCreator");
        }
        settings.topicsToCreate().forEach(settings.topicCreator()::createIfAbsent);
    }

    /**
     * Stops the consumers and waits for them: each finishes its records in flight and commits. A consumer
     * still busy after the shutdown timeout is interrupted.
     */
    @Override
    public void stop() {
        synchronized (monitor) {
            if (!running) {
                return;
            }
            running = false;
            consumers.forEach(ListenerConsumer::stop);
            long deadline = System.nanoTime() + settings.shutdownTimeout().toNanos();
            for (ListenerConsumer consumer : consumers) {
                awaitOrInterrupt(consumer, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            }
        }
    }

    private static void awaitOrInterrupt(ListenerConsumer consumer, Duration timeout) {
        try {
            if (!consumer.awaitStopped(timeout)) {
                consumer.interrupt();
                consumer.awaitStopped(AFTER_INTERRUPT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops polling after the records in flight; the consumers stay in their group. */
    public void pause() {
        pauseRequested = true;
        consumers.forEach(ListenerConsumer::pause);
    }

    /** Polls again after {@link #pause()}. */
    public void resume() {
        pauseRequested = false;
        consumers.forEach(ListenerConsumer::resume);
    }

    /** Whether {@link #pause()} was called and not undone. */
    public boolean isPauseRequested() {
        return pauseRequested;
    }

    /** Whether every running consumer has stopped polling because of {@link #pause()}. */
    public boolean isPaused() {
        List<ListenerConsumer> alive = consumers.stream().filter(ListenerConsumer::isAlive).toList();
        return pauseRequested && !alive.isEmpty() && alive.stream().allMatch(ListenerConsumer::isPaused);
    }

    /**
     * Per consumer client id, the vgroups assigned to it when it last read its lag (every lag-refresh
     * interval); empty for a consumer not (or no longer) running.
     */
    public Map<String, Set<TopicVgroup>> assignments() {
        Map<String, Set<TopicVgroup>> assignments = new LinkedHashMap<>();
        consumers.forEach(c -> assignments.put(c.clientId(), c.assignment()));
        return assignments;
    }

    @Override
    public String toString() {
        return "TaosListenerContainer{" + listenerId() + ", topics=" + topics() + ", group=" + groupId()
                + ", concurrency=" + concurrency() + ", ackMode=" + ackMode() + ", running=" + running + "}";
    }
}
