package io.taospring.client.error;

/** A parameter-binding (prepared statement) operation failed. */
public class StatementError extends DatabaseError {

    private static final long serialVersionUID = 1L;

    /** An error without request context. */
    public StatementError(int errno, String serverMessage) {
        super(errno, serverMessage);
    }

    /** An error without request context, caused by {@code cause}. */
    public StatementError(int errno, String serverMessage, Throwable cause) {
        super(errno, serverMessage, cause);
    }

    /** A fully described error; see {@link TaosException#TaosException(int, String, long, String, Throwable)}. */
    public StatementError(int errno, String serverMessage, long reqId, String sql, Throwable cause) {
        super(errno, serverMessage, reqId, sql, cause);
    }
}
