package io.taospring.spring.listener.internal;

import io.taospring.client.tmq.TopicVgroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers, after a seek back to a message, how many of its leading records were already processed, so that
 * the redelivered message resumes at the record that asked for it (a vgroup's log is append-only, so the
 * message read again from the same offset starts with the same records). Used on the consumer thread only.
 */
final class Redeliveries {

    private record Mark(long offset, int processed) {
    }

    private final Map<TopicVgroup, Mark> marks = new HashMap<>();

    /** The vgroup was sought back to {@code offset}; its first {@code processed} records need no delivery. */
    void rewound(TopicVgroup vgroup, long offset, int processed) {
        marks.put(vgroup, new Mark(offset, processed));
    }

    /** The records of a polled message still to deliver. */
    List<PolledRecord> remaining(List<PolledRecord> message) {
        if (message.isEmpty()) {
            return message;
        }
        PolledRecord first = message.get(0);
        Mark mark = marks.remove(first.vgroup());
        if (mark == null || mark.offset() != first.startOffset()) {
            return message;
        }
        return message.subList(Math.min(mark.processed(), message.size()), message.size());
    }
}
