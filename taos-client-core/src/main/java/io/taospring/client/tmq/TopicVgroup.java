package io.taospring.client.tmq;

import java.util.Objects;

/**
 * A vgroup of a topic: the unit a consumer group assigns and keeps offsets for (Kafka's topic partition).
 *
 * @param topic    the topic
 * @param vgroupId the vgroup id (opaque)
 */
public record TopicVgroup(String topic, int vgroupId) {

    /** Checks the topic. */
    public TopicVgroup {
        Objects.requireNonNull(topic, "topic");
    }
}
