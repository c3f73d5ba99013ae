package io.taospring.spring.listener.internal;

import io.taospring.client.tmq.TopicVgroup;
import io.taospring.spring.listener.TaosRecord;

/**
 * A record with its place in the message that carried it: what commits and seeks need.
 *
 * @param record    the record
 * @param index     its index in the message, from 0
 * @param last      whether it is the message's last record
 * @param endOffset the offset after the message (what committing the message stores)
 */
record PolledRecord(TaosRecord record, int index, boolean last, long endOffset) {

    TopicVgroup vgroup() {
        return record.topicVgroup();
    }

    /** The offset of the message: seeking there delivers it again. */
    long startOffset() {
        return record.offset();
    }
}
