package io.taospring.spring.listener;

import io.taospring.client.tmq.ConsumerRecord;
import io.taospring.client.tmq.TopicVgroup;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * One received row with where it came from: what a {@link io.taospring.spring.annotation.TaosListener} method can take instead of (or as
 * well as) the converted row.
 *
 * @param topic     the topic
 * @param database  the topic's database
 * @param vgroupId  the vgroup
 * @param offset    the offset of the message that carried the row (seeking there delivers it again)
 * @param tableName the child or normal table the row was written to
 * @param values    the values by column name, in column order (nulls kept)
 */
public record TaosRecord(String topic, String database, int vgroupId, long offset, String tableName,
        Map<String, Object> values) {

    /** Checks and freezes. */
    public TaosRecord {
        Objects.requireNonNull(topic, "topic");
        values = Collections.unmodifiableMap(values);
    }

    /** The record of a row the core consumer returned. */
    public static TaosRecord of(ConsumerRecord record) {
        return new TaosRecord(record.topic(), record.database(), record.vgroupId(), record.offset(),
                record.tableName(), record.toMap());
    }

    /** The topic and vgroup together. */
    public TopicVgroup topicVgroup() {
        return new TopicVgroup(topic, vgroupId);
    }

    /** The value of the column named {@code column}; null for NULL or no such column. */
    public Object get(String column) {
        return values.get(column);
    }
}
