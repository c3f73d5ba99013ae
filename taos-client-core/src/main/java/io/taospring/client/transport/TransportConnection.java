package io.taospring.client.transport;

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

    /** The server's version string, e.g. {@code 3.3.6.0}. */
    String serverVersion();

    /** Whether the connection has been closed (by the caller or because it failed). */
    boolean isClosed();

    /** Closes the connection; idempotent. */
    @Override
    void close();
}
