package io.taospring.client.error;

/** A runtime condition on the server side: timeouts, killed queries, missing privileges, resource limits. */
public class OperationalError extends DatabaseError {

    private static final long serialVersionUID = 1L;

    /** An error without request context. */
    public OperationalError(int errno, String serverMessage) {
        super(errno, serverMessage);
    }

    /** An error without request context, caused by {@code cause}. */
    public OperationalError(int errno, String serverMessage, Throwable cause) {
        super(errno, serverMessage, cause);
    }

    /** A fully described error; see {@link TaosException#TaosException(int, String, long, String, Throwable)}. */
    public OperationalError(int errno, String serverMessage, long reqId, String sql, Throwable cause) {
        super(errno, serverMessage, reqId, sql, cause);
    }
}
