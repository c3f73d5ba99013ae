/**
 * Data subscription (TMQ) for the embedded server: per-vgroup write-ahead logs of inserted rows, topics
 * applied to them, consumer groups with vgroup assignment and committed offsets, and taosAdapter's
 * {@code /rest/tmq} WebSocket protocol ({@code protocol/ws-tmq.md}).
 */
package io.taospring.embedded.tmq;
