package io.taospring.embedded.schemaless;

/**
 * The outcome of a schemaless write.
 *
 * @param affectedRows the rows written
 * @param totalRows    the rows parsed
 */
public record SchemalessResult(long affectedRows, long totalRows) {
}
