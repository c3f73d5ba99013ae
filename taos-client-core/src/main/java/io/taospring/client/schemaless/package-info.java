/**
 * Schemaless writing: InfluxDB line protocol, OpenTSDB telnet and OpenTSDB JSON text that TDengine turns into
 * tables on its own ({@code protocol/ws-schemaless.md}); a {@link io.taospring.client.schemaless.Point} builder
 * that renders escaped line protocol; and a {@link io.taospring.client.schemaless.BufferedWriter} that batches
 * lines in the background.
 */
package io.taospring.client.schemaless;
