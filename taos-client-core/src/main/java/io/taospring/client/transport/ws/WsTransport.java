package io.taospring.client.transport.ws;

import io.taospring.client.Endpoint;
import io.taospring.client.TaosConfig;
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
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;

/**
 * The WebSocket transport ({@code protocol/ws-sql.md}): one socket per connection on {@code /ws}, SQL sent
 * as {@code binary_query}, results read as raw blocks with {@code fetch_raw_block}. Speaks RFC 6455 over
 * the JDK's sockets itself ({@link SocketWsChannel}), so the core needs no network library.
 */
public final class WsTransport implements Transport {

    private final ExecutorService ioThreads;
    private final WsJson json = new WsJson();
    private final ReqIdGenerator reqIds = new ReqIdGenerator();
    private final SSLSocketFactory tlsSockets;

    /** A transport with its own I/O threads. */
    public WsTransport(TaosConfig config) {
        this.tlsSockets = config.tls() ? TlsContexts.of(config).getSocketFactory() : null;
        this.ioThreads = Executors.newCachedThreadPool(daemonThreads("taos-ws-" + Integer.toHexString(System.identityHashCode(this))));
    }

    @Override
    public TransportConnection connect(TaosConfig config) {
        Endpoint endpoint = config.endpoint();
        URI uri = uri(config, endpoint);
        WsConnection connection = new WsConnection(config, json, reqIds, endpoint.authority());
        connection.start(SocketWsChannel.open(uri, config.connectTimeout(), tlsSockets, ioThreads, connection));
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
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-io-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
