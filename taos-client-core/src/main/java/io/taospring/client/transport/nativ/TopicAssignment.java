package io.taospring.client.transport.nativ;

/**
 * One vgroup of a topic assigned to a consumer ({@code tmq_topic_assignment}).
 *
 * @param vgroupId      the vgroup
 * @param currentOffset the consumer's position in it
 * @param begin         the first offset available
 * @param end           the offset after the last one available
 */
record TopicAssignment(int vgroupId, long currentOffset, long begin, long end) {
}
