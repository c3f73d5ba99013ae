package io.taospring.client.transport.rest;

import io.taospring.client.Endpoint;
import io.taospring.client.TaosConfig;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.TaosException;
import io.taospring.client.internal.ReqIdGenerator;
import io.taospring.client.internal.TlsContexts;
import io.taospring.client.transport.Transport;
import io.taospring.client.transport.TransportConnection;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.json.JsonFactory;

/**
 * The REST transport: one SQL statement per {@code POST /rest/sql} ({@code protocol/rest.md}).
 *
 * <p>Each transport owns one HTTP client, whose connections are pooled and shared by every connection
 * opened from it, and that client's threads (daemon threads, stopped by {@link #close()}). Connecting
 * tries the configured endpoints in order and keeps the first that answers.
 */
public final class RestTransport implements Transport {

    private final ExecutorService executor;
    private final HttpClient http;
    private final RestExchange exchange;
    private final RestResponseReader reader;
    private final ReqIdGenerator reqIds = new ReqIdGenerator();
    private volatile boolean closed;

    /** A transport with its own HTTP client, which connects within {@code config}'s connect timeout. */
    public RestTransport(TaosConfig config) {
        Objects.requireNonNull(config, "config");
        this.executor = Executors.newCachedThreadPool(daemonThreads(
                "taos-rest-" + Integer.toHexString(System.identityHashCode(this))));
        HttpClient.Builder builder = HttpClient.newBuilder();
        if (config.tls()) {
            // the JDK client verifies the host name against the certificate itself
            builder.sslContext(TlsContexts.of(config));
        }
        this.http = builder
                .executor(executor)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JsonFactory json = JsonFactory.builder().build();
        this.exchange = new RestExchange(http, json);
        this.reader = new RestResponseReader(json);
    }

    @Override
    public TransportConnection connect(TaosConfig config) {
        if (closed) {
            throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "the REST transport is closed");
        }
        String database = config.database().map(UseStatement::normalize).orElse(null);
        TaosException failure = null;
        for (Endpoint endpoint : config.endpoints()) {
            try {
                return RestConnection.open(parts(config, endpoint), database, reqIds.next());
            } catch (ConnectionError e) {
                if (!isUnreachable(e)) {
                    throw e;
                }
                failure = chain(failure, e);
            }
        }
        throw failure;
    }

    private RestConnection.Parts parts(TaosConfig config, Endpoint endpoint) {
        return new RestConnection.Parts(new RestRequests(config, endpoint), exchange, reader, () -> closed);
    }

    /** Whether trying the next endpoint can help: the server was not reached at all. */
    private static boolean isUnreachable(TaosException e) {
        return e.errno() == ErrorCodes.UNABLE_TO_CONNECT || e.errno() == ErrorCodes.CONNECT_TIMEOUT;
    }

    private static TaosException chain(TaosException earlier, TaosException latest) {
        if (earlier != null) {
            latest.addSuppressed(earlier);
        }
        return latest;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            executor.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
