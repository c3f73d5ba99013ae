/**
 * Schemaless writing in a Spring application: {@link io.taospring.spring.schemaless.BufferedSchemalessWriter}, the
 * core {@link io.taospring.client.schemaless.BufferedWriter} as a bean that writes everything it holds before the
 * context closes, and its Micrometer meters ({@link io.taospring.spring.schemaless.SchemalessWriterMetrics}), which
 * are loaded only when the application has a {@code MeterRegistry}.
 */
package io.taospring.spring.schemaless;
