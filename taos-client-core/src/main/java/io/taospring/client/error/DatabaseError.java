package io.taospring.client.error;

/** An error the server reported; the parent of the more specific server-side categories. */
public class DatabaseError extends TaosException {

    private static final long serialVersionUID = 1L;

    /** An error without request context. */
    public DatabaseError(int errno, String serverMessage) {
        super(errno, serverMessage);
    }

    /** An error without request context, caused by {@code cause}. */
    public DatabaseError(int errno, String serverMessage, Throwable cause) {
        super(errno, serverMessage, cause);
    }

    /** A fully described error; see {@link TaosException#TaosException(int, String, long, String, Throwable)}. */
    public DatabaseError(int errno, String serverMessage, long reqId, String sql, Throwable cause) {
        super(errno, serverMessage, reqId, sql, cause);
    }
}
