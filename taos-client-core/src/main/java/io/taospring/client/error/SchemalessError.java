package io.taospring.client.error;

import java.util.Optional;

/** A schemaless (line, telnet or JSON) write failed. */
public class SchemalessError extends DatabaseError {

    private static final long serialVersionUID = 1L;

    /** The line the server rejected, when it could be told. */
    private final String line;

    /** An error without request context. */
    public SchemalessError(int errno, String serverMessage) {
        super(errno, serverMessage);
        this.line = null;
    }

    /** An error without request context, caused by {@code cause}. */
    public SchemalessError(int errno, String serverMessage, Throwable cause) {
        super(errno, serverMessage, cause);
        this.line = null;
    }

    /** A fully described error; see {@link TaosException#TaosException(int, String, long, String, Throwable)}. */
    public SchemalessError(int errno, String serverMessage, long reqId, String sql, Throwable cause) {
        this(errno, serverMessage, reqId, sql, cause, null);
    }

    /** A fully described error that names the offending {@code line} (null when unknown). */
    public SchemalessError(int errno, String serverMessage, long reqId, String sql, Throwable cause, String line) {
        super(errno, serverMessage, reqId, sql, cause);
        this.line = line;
    }

    /** The line (or JSON document) the server rejected, when it could be told from the server's message. */
    public Optional<String> line() {
        return Optional.ofNullable(line);
    }
}
