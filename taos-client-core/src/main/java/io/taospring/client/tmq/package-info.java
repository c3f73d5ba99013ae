/**
 * Data subscription (TMQ): {@link io.taospring.client.tmq.TaosConsumer} reads topics over taosAdapter's
 * {@code /rest/tmq} WebSocket protocol, with consumer groups, commits, seeks and positions per vgroup.
 */
package io.taospring.client.tmq;
