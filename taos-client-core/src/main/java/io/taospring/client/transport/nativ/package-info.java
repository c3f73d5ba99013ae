/**
 * The native transport ({@code taos://}): libtaos called through JNA, with library discovery, raw-block
 * results, stmt2 binding, schemaless writes and TMQ consumers; every native handle freed on close or by a
 * cleaner. Only {@link io.taospring.client.transport.nativ.NativeTransport} is public.
 */
package io.taospring.client.transport.nativ;
