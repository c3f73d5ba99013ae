package io.taospring.client.transport;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.client.schemaless.SchemalessProtocol;

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

    /**
     * Writes schemaless data: newline-separated lines, or one JSON document ({@code protocol/ws-schemaless.md}).
     * Transports without schemaless support keep this default.
     *
     * @param ttl   table TTL in days for auto-created tables, 0 for none
     * @param reqId the request id sent to the server, never 0
     * @return the rows written
     * @throws io.taospring.client.error.TaosException of the schemaless category with the server's code;
     *         {@link InterfaceError} ({@code UNSUPPORTED}) when the transport cannot write schemaless data
     */
    default long schemalessInsert(String data, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl,
            long reqId) {
        throw new InterfaceError(ErrorCodes.UNSUPPORTED,
                "schemaless writing is not supported by this transport; use a WebSocket (ws://) connection");
    }

    /** The server's version string, e.g. {@code 3.3.6.0}. */
    String serverVersion();

    /** Whether the connection has been closed (by the caller or because it failed). */
    boolean isClosed();

    /** Closes the connection; idempotent. */
    @Override
    void close();
}
