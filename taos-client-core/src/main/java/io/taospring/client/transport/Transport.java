package io.taospring.client.transport;

import io.taospring.client.TaosConfig;

/**
 * One way of reaching TDengine (WebSocket, REST, native). A transport knows bytes and messages; the
 * session API above it knows nothing of them. Implementations are thread-safe and own any shared
 * resources (HTTP clients, event loops) until {@link #close()}.
 */
public interface Transport extends AutoCloseable {

    /**
     * Opens a connection, selects the configured database and checks the credentials.
     *
     * @throws io.taospring.client.error.TaosException of the connection category when that fails
     */
    TransportConnection connect(TaosConfig config);

    /** Releases the transport's shared resources; open connections fail afterwards. */
    @Override
    void close();
}
