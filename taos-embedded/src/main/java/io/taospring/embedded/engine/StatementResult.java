package io.taospring.embedded.engine;

/** What a statement produced: an update count or a result set. */
public sealed interface StatementResult permits UpdateResult, QueryResult {
}
