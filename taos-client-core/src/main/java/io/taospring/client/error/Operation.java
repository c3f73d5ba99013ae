package io.taospring.client.error;

/**
 * The kind of call that failed. The error category depends on it first and on the code second, as in
 * the reference connector (see {@code protocol/errors.md} section 4).
 */
public enum Operation {
    /** Opening a connection or session. */
    CONNECT,
    /** Executing SQL or fetching its results. */
    QUERY,
    /** A parameter-binding (stmt) call. */
    STATEMENT,
    /** A schemaless write. */
    SCHEMALESS,
    /** A TMQ consumer call. */
    TMQ
}
