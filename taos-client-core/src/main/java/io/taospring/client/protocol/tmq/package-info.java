/**
 * The messages of taosAdapter's data-subscription protocol on {@code /rest/tmq} ({@code protocol/ws-tmq.md}):
 * JSON requests and replies as records, and the pure codecs of the binary {@code fetch_raw_data} frame and
 * the TMQ raw data it carries. No I/O; shared by the client consumer and the embedded server.
 */
package io.taospring.client.protocol.tmq;
