package io.taospring.client.transport.ws;

import io.taospring.client.Endpoint;
import io.taospring.client.TaosConfig;
import io.taospring.client.error.TaosException;
import io.taospring.client.internal.ConnectionLoss;
import io.taospring.client.internal.ReconnectAttempts;
import io.taospring.client.internal.ReqIdGenerator;
import io.taospring.client.internal.TlsContexts;
import io.taospring.client.protocol.ws.WsJson;
import io.taospring.client.transport.Transport;
import io.taospring.client.transport.TransportConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;

/**
 * The WebSocket transport ({@code protocol/ws-sql.md}): one socket per connection on {@code /ws}, SQL sent
 * as {@code binary_query}, results read as raw blocks with {@code fetch_raw_block}. Speaks RFC 6455 over
 * the JDK's sockets itself ({@link SocketWsChannel}), so the core needs no network library.
 *
 * <p>With several endpoints, a connection goes to the first that accepts it, endpoints that failed recently
 * last ({@link EndpointHealth}); with reconnecting on ({@link io.taospring.client.ReconnectPolicy}), a connection
 * replaces a lost socket on its next request ({@link ReconnectingConnection}).
 */
public final class WsTransport implements Transport {

    private final ExecutorService ioThreads;
    private final ScheduledExecutorService timers;
    private final WsJson json = new WsJson();
    private final ReqIdGenerator reqIds = new ReqIdGenerator();
    private final EndpointHealth health = new EndpointHealth();
    private final SSLSocketFactory tlsSockets;

    /** A transport with its own I/O threads. */
    public WsTransport(TaosConfig config) {
        this.tlsSockets = config.tls() ? TlsContexts.of(config).getSocketFactory() : null;
        String prefix = "taos-ws-" + Integer.toHexString(System.identityHashCode(this));
        this.ioThreads = Executors.newCachedThreadPool(daemonThreads(prefix + "-io-"));
        this.timers = Executors.newSingleThreadScheduledExecutor(daemonThreads(prefix + "-watchdog-"));
    }

    @Override
    public TransportConnection connect(TaosConfig config) {
        WsConnection first = open(config);
        if (!config.reconnect().enabled()) {
            return first;
        }
        return new ReconnectingConnection(config, first, this::open, ReconnectAttempts.Pause.SLEEP);
    }

    /**
     * Opens a session on the first endpoint that accepts one, in {@link EndpointHealth} order.
     *
     * @throws TaosException the last endpoint's failure (the others' suppressed), or at once a failure that is
     *         the server's answer (credentials, version) rather than the network's
     */
    WsConnection open(TaosConfig config) {
        TaosException failure = null;
        for (Endpoint endpoint : health.order(config.endpoints())) {
            try {
                WsConnection connection = openOn(config, endpoint);
                health.succeeded(endpoint);
                return connection;
            } catch (TaosException e) {
                if (!ConnectionLoss.isConnectFailure(e)) {
                    throw e;
                }
                health.failed(endpoint);
                if (failure != null) {
                    e.addSuppressed(failure);
                }
                failure = e;
            }
        }
        throw failure;
    }

    private WsConnection openOn(TaosConfig config, Endpoint endpoint) {
        WsConnection connection = new WsConnection(config, json, reqIds, endpoint.authority());
        connection.start(SocketWsChannel.open(uri(config, endpoint), config.connectTimeout(), config.requestTimeout(),
                tlsSockets, ioThreads, timers, connection.sink()));
        return connection;
    }

    static URI uri(TaosConfig config, Endpoint endpoint) {
        String query = config.token()
                .map(token -> "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).orElse("");
        return URI.create((config.tls() ? "wss://" : "ws://") + endpoint.authority() + "/ws" + query);
    }

    @Override
    public void close() {
        ioThreads.shutdownNow();
        timers.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
