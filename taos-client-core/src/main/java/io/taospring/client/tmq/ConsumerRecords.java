package io.taospring.client.tmq;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The rows one {@link TaosConsumer#poll} returned, with the offset after them per vgroup (what
 * {@link TaosConsumer#commitSync(ConsumerRecords)} commits).
 */
public final class ConsumerRecords implements Iterable<ConsumerRecord> {

    private static final ConsumerRecords EMPTY = new ConsumerRecords(List.of(), Map.of());

    private final List<ConsumerRecord> records;
    private final Map<TopicVgroup, Long> endOffsets;

    ConsumerRecords(List<ConsumerRecord> records, Map<TopicVgroup, Long> endOffsets) {
        this.records = List.copyOf(records);
        this.endOffsets = Map.copyOf(endOffsets);
    }

    static ConsumerRecords empty() {
        return EMPTY;
    }

    /** The rows, in the order the server sent them (per vgroup in offset order). */
    public List<ConsumerRecord> records() {
        return records;
    }

    /** The number of rows. */
    public int count() {
        return records.size();
    }

    /** Whether the poll returned nothing. */
    public boolean isEmpty() {
        return records.isEmpty();
    }

    /** Per vgroup the poll read from, the offset after the rows returned (the next to read). */
    public Map<TopicVgroup, Long> endOffsets() {
        return endOffsets;
    }

    @Override
    public Iterator<ConsumerRecord> iterator() {
        return records.iterator();
    }

    @Override
    public String toString() {
        return "ConsumerRecords[" + records.size() + " rows, endOffsets=" + endOffsets + "]";
    }
}
