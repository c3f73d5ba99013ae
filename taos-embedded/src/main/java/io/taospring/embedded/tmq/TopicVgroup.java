package io.taospring.embedded.tmq;

/**
 * A (topic, vgroup) pair: the unit of assignment and of offsets.
 *
 * @param topic    the topic
 * @param vgroupId the vgroup
 */
record TopicVgroup(String topic, int vgroupId) {
}
