package io.taospring.client.error;

/** The error categories of the reference connector, each backed by one exception class. */
public enum ErrorCategory {
    /** {@link InterfaceError}. */
    INTERFACE,
    /** {@link ConnectionError}. */
    CONNECTION,
    /** {@link DatabaseError}. */
    DATABASE,
    /** {@link OperationalError}. */
    OPERATIONAL,
    /** {@link ProgrammingError}. */
    PROGRAMMING,
    /** {@link StatementError}. */
    STATEMENT,
    /** {@link ResultError}. */
    RESULT,
    /** {@link SchemalessError}. */
    SCHEMALESS,
    /** {@link TmqError}. */
    TMQ;

    /** The category an exception's class stands for ({@code DATABASE} for a plain {@link TaosException}). */
    public static ErrorCategory of(TaosException e) {
        if (e instanceof ConnectionError) {
            return CONNECTION;
        }
        if (e instanceof InterfaceError) {
            return INTERFACE;
        }
        if (e instanceof ProgrammingError) {
            return PROGRAMMING;
        }
        if (e instanceof OperationalError) {
            return OPERATIONAL;
        }
        if (e instanceof ResultError) {
            return RESULT;
        }
        if (e instanceof StatementError) {
            return STATEMENT;
        }
        if (e instanceof SchemalessError) {
            return SCHEMALESS;
        }
        return e instanceof TmqError ? TMQ : DATABASE;
    }

    /** Creates the exception of this category. */
    public TaosException create(int errno, String message, long reqId, String sql, Throwable cause) {
        return switch (this) {
            case INTERFACE -> new InterfaceError(errno, message, reqId, sql, cause);
            case CONNECTION -> new ConnectionError(errno, message, reqId, sql, cause);
            case DATABASE -> new DatabaseError(errno, message, reqId, sql, cause);
            case OPERATIONAL -> new OperationalError(errno, message, reqId, sql, cause);
            case PROGRAMMING -> new ProgrammingError(errno, message, reqId, sql, cause);
            case STATEMENT -> new StatementError(errno, message, reqId, sql, cause);
            case RESULT -> new ResultError(errno, message, reqId, sql, cause);
            case SCHEMALESS -> new SchemalessError(errno, message, reqId, sql, cause);
            case TMQ -> new TmqError(errno, message, reqId, sql, cause);
        };
    }
}
