/**
 * The messages of taosAdapter's WebSocket SQL protocol ({@code protocol/ws-sql.md}) as records, with their
 * pure encoders and decoders: no I/O, shared by the client transport and the embedded server.
 */
package io.taospring.client.protocol.ws;
