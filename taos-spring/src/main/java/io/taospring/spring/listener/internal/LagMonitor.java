package io.taospring.spring.listener.internal;

import io.taospring.client.error.TaosException;
import io.taospring.client.tmq.TaosConsumer;
import io.taospring.client.tmq.TopicVgroup;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Reads, every lag-refresh interval, the end offset and the position of each vgroup assigned to one consumer
 * (two requests per topic) and reports end minus position to the observer; keeps the assignment it saw.
 */
final class LagMonitor {

    private static final Log LOG = LogFactory.getLog(LagMonitor.class);

    private final ContainerSettings settings;
    private volatile Set<TopicVgroup> assignment = Set.of();
    private long lastRefresh;

    LagMonitor(ContainerSettings settings) {
        this.settings = settings;
    }

    Set<TopicVgroup> assignment() {
        return assignment;
    }

    void clear() {
        assignment = Set.of();
    }

    void refreshIfDue(TaosConsumer consumer) {
        if (System.nanoTime() - lastRefresh >= settings.lagRefreshInterval().toNanos()) {
            refresh(consumer);
        }
    }

    void refresh(TaosConsumer consumer) {
        lastRefresh = System.nanoTime();
        try {
            Set<TopicVgroup> assigned = new LinkedHashSet<>();
            for (String topic : settings.topics()) {
                Map<TopicVgroup, Long> ends = consumer.endOffsets(topic);
                Map<TopicVgroup, Long> positions = consumer.positions(ends.keySet());
                ends.forEach((vgroup, end) -> {
                    assigned.add(vgroup);
                    Long position = positions.get(vgroup);
                    if (position != null) {
                        settings.observer().lag(settings.listenerId(), vgroup, Math.max(0, end - position));
                    }
                });
            }
            assignment = Set.copyOf(assigned);
        } catch (TaosException e) {
            LOG.warn("Could not read the lag of listener " + settings.listenerId() + ": " + e.getMessage());
        }
    }
}
