package io.taospring.client.transport;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;

/** One logical connection to the server, used by one session at a time. */
public interface TransportConnection extends AutoCloseable {

    /**
     * Runs one SQL statement. The response holds either an affected-row count or the head of a result
     * whose blocks are fetched on demand.
     *
     * @param reqId the request id sent to the server, never 0
     * @throws io.taospring.client.error.TaosException of the category the server's code maps to
     */
    QueryResponse query(String sql, long reqId);

    /**
     * Prepares a statement with {@code ?} placeholders for server-side parameter binding.
     *
     * @param reqId the request id sent to the server, never 0
     * @throws InterfaceError with {@link ErrorCodes#UNSUPPORTED} when the transport has no binding protocol
     * @throws io.taospring.client.error.StatementError when the server refuses the statement
     */
    default TransportStatement prepare(String sql, long reqId) {
        throw new InterfaceError(ErrorCodes.UNSUPPORTED, "parameter binding is not supported by this transport",
                reqId, sql, null);
    }

    /** The server's version string, e.g. {@code 3.3.6.0}. */
    String serverVersion();

    /** Whether the connection has been closed (by the caller or because it failed). */
    boolean isClosed();

    /** Closes the connection; idempotent. */
    @Override
    void close();
}
