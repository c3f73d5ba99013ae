package io.taospring.client.protocol.tmq;

/**
 * One entry of an {@code assignment} reply (ws-tmq.md 6).
 *
 * @param vgroupId the vgroup
 * @param offset   the current position
 * @param begin    the first WAL version still available
 * @param end      the last WAL version plus one
 */
public record VgroupAssignment(int vgroupId, long offset, long begin, long end) {
}
