package io.taospring.client.error;

/** A result could not be read: it is closed or freed, or its data is corrupt. */
public class ResultError extends DatabaseError {

    private static final long serialVersionUID = 1L;

    /** An error without request context. */
    public ResultError(int errno, String serverMessage) {
        super(errno, serverMessage);
    }

    /** An error without request context, caused by {@code cause}. */
    public ResultError(int errno, String serverMessage, Throwable cause) {
        super(errno, serverMessage, cause);
    }

    /** A fully described error; see {@link TaosException#TaosException(int, String, long, String, Throwable)}. */
    public ResultError(int errno, String serverMessage, long reqId, String sql, Throwable cause) {
        super(errno, serverMessage, reqId, sql, cause);
    }
}
