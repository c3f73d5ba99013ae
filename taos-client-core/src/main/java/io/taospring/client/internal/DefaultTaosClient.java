package io.taospring.client.internal;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.transport.Transport;
import io.taospring.client.transport.nativ.NativeTransport;
import io.taospring.client.transport.rest.RestTransport;
import io.taospring.client.transport.ws.WsTransport;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/** The client: picks the transport for the configured connection type and opens sessions over it. */
public final class DefaultTaosClient implements TaosClient {

    /** Connections kept open between sessions; enough for the usual worker pool of a service. */
    static final int MAX_IDLE_CONNECTIONS = 8;

    private final TaosConfig config;
    private final Transport transport;
    private final ReqIdGenerator reqIds = new ReqIdGenerator();
    private final ConnectionPool pool;
    private final AtomicBoolean closed = new AtomicBoolean();

    DefaultTaosClient(TaosConfig config, Transport transport) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.pool = new ConnectionPool(() -> transport.connect(config), MAX_IDLE_CONNECTIONS);
    }

    /** A client with the transport that {@code config} asks for. */
    public static TaosClient create(TaosConfig config) {
        return new DefaultTaosClient(config, transportFor(config));
    }

    private static Transport transportFor(TaosConfig config) {
        return switch (config.connectionType()) {
            case REST -> new RestTransport(config);
            case WEBSOCKET -> new WsTransport(config);
            case NATIVE -> new NativeTransport(config);
        };
    }

    @Override
    public TaosConfig config() {
        return config;
    }

    @Override
    public TaosSession openSession() {
        if (closed.get()) {
            throw new io.taospring.client.error.ConnectionError(ErrorCodes.CONNECTION_CLOSED, "client is closed");
        }
        return new DefaultTaosSession(config, pool.acquire(), reqIds, pool::release);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                pool.close();
            } finally {
                transport.close();
            }
        }
    }

    @Override
    public String toString() {
        return "TaosClient{" + config + "}";
    }
}
