package io.taospring.client.error;

/** Misuse of the client or a protocol violation: bad configuration, an unexpected frame, a library that cannot be loaded. */
public class InterfaceError extends TaosException {

    private static final long serialVersionUID = 1L;

    /** An error without request context. */
    public InterfaceError(int errno, String serverMessage) {
        super(errno, serverMessage);
    }

    /** An error without request context, caused by {@code cause}. */
    public InterfaceError(int errno, String serverMessage, Throwable cause) {
        super(errno, serverMessage, cause);
    }

    /** A fully described error; see {@link TaosException#TaosException(int, String, long, String, Throwable)}. */
    public InterfaceError(int errno, String serverMessage, long reqId, String sql, Throwable cause) {
        super(errno, serverMessage, reqId, sql, cause);
    }
}
