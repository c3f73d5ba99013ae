package io.taospring.embedded.engine;

/**
 * The outcome of a statement without a result set (INSERT, DDL, USE, ...).
 *
 * @param affectedRows rows written by an INSERT, 0 for other statements
 */
public record UpdateResult(long affectedRows) implements StatementResult {
}
