package io.taospring.client.error;

/** The server cannot be reached or refused the session: network failure, authentication, a lost connection. */
public class ConnectionError extends TaosException {

    private static final long serialVersionUID = 1L;

    /** An error without request context. */
    public ConnectionError(int errno, String serverMessage) {
        super(errno, serverMessage);
    }

    /** An error without request context, caused by {@code cause}. */
    public ConnectionError(int errno, String serverMessage, Throwable cause) {
        super(errno, serverMessage, cause);
    }

    /** A fully described error; see {@link TaosException#TaosException(int, String, long, String, Throwable)}. */
    public ConnectionError(int errno, String serverMessage, long reqId, String sql, Throwable cause) {
        super(errno, serverMessage, reqId, sql, cause);
    }
}
