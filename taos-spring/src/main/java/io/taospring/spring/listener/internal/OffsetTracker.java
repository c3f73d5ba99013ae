package io.taospring.spring.listener.internal;

import io.taospring.client.tmq.TaosConsumer;
import io.taospring.client.tmq.TopicVgroup;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The offsets processed but not yet committed, per vgroup. A record makes its message committable only as
 * the message's last record: TMQ offsets address messages, and committing the end offset of a message
 * whose earlier records were not processed would lose them. Used on the consumer thread only.
 */
final class OffsetTracker {

    private final Map<TopicVgroup, Long> pending = new LinkedHashMap<>();

    /** Marks {@code record} processed. */
    void processed(PolledRecord record) {
        if (record.last()) {
            pending.merge(record.vgroup(), record.endOffset(), Math::max);
        }
    }

    /** Forgets everything: a new consumer starts from the group's committed offsets. */
    void clear() {
        pending.clear();
    }

    /** Whether anything awaits a commit. */
    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Commits what is pending and waits. */
    void commit(TaosConsumer consumer) {
        if (!pending.isEmpty()) {
            consumer.commitSync(Map.copyOf(pending));
            pending.clear();
        }
    }
}
