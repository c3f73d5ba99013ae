package io.taospring.client.error;

/** A schemaless (line, telnet or JSON) write failed. */
public class SchemalessError extends DatabaseError {

    private static final long serialVersionUID = 1L;

    /** An error without request context. */
    public SchemalessError(int errno, String serverMessage) {
        super(errno, serverMessage);
    }

    /** An error without request context, caused by {@code cause}. */
    public SchemalessError(int errno, String serverMessage, Throwable cause) {
        super(errno, serverMessage, cause);
    }

    /** A fully described error; see {@link TaosException#TaosException(int, String, long, String, Throwable)}. */
    public SchemalessError(int errno, String serverMessage, long reqId, String sql, Throwable cause) {
        super(errno, serverMessage, reqId, sql, cause);
    }
}
