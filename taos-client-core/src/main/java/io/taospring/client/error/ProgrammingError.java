package io.taospring.client.error;

/** An error in the request itself: SQL syntax, unknown database, table or column, duplicates, bad values. */
public class ProgrammingError extends DatabaseError {

    private static final long serialVersionUID = 1L;

    /** An error without request context. */
    public ProgrammingError(int errno, String serverMessage) {
        super(errno, serverMessage);
    }

    /** An error without request context, caused by {@code cause}. */
    public ProgrammingError(int errno, String serverMessage, Throwable cause) {
        super(errno, serverMessage, cause);
    }

    /** A fully described error; see {@link TaosException#TaosException(int, String, long, String, Throwable)}. */
    public ProgrammingError(int errno, String serverMessage, long reqId, String sql, Throwable cause) {
        super(errno, serverMessage, reqId, sql, cause);
    }
}
