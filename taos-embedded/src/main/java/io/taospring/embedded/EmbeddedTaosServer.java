package io.taospring.embedded;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.taospring.embedded.engine.SqlExecutor;
import io.taospring.embedded.internal.Credentials;
import io.taospring.embedded.internal.DefaultExecutor;
import io.taospring.embedded.internal.EngineWorkers;
import io.taospring.embedded.internal.ServerPipeline;
import io.taospring.embedded.internal.ServerTls;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * An in-process TDengine-compatible server: taosAdapter's REST ({@code /rest/sql}) and WebSocket
 * ({@code /ws}) SQL protocols over a {@link SqlExecutor}.
 *
 * <pre>{@code
 * try (EmbeddedTaosServer server = EmbeddedTaosServer.builder().port(0).build().start()) {
 *     String url = "jdbc:TAOS-WS://" + server.host() + ":" + server.port() + "/";
 * }
 * }</pre>
 */
public final class EmbeddedTaosServer implements AutoCloseable {

    private static final long SHUTDOWN_TIMEOUT_MILLIS = 5_000;

    private final Builder settings;
    private final Object lifecycle = new Object();
    /** Accept and serve both: a separate acceptor would cost a thread and a selector more at start-up. */
    private EventLoopGroup eventLoops;
    private EngineWorkers engineWorkers;
    private Channel serverChannel;
    /** Every accepted connection, so that {@link #close()} ends them for certain. */
    private ChannelGroup connections;
    private boolean closed;

    private EmbeddedTaosServer(Builder settings) {
        this.settings = settings;
    }

    /** A builder with the defaults: loopback, an ephemeral port, user {@code root}/{@code taosdata}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts serving.
     *
     * @return this server, started
     * @throws IllegalStateException when already started or closed, or when the port cannot be bound
     */
    public EmbeddedTaosServer start() {
        synchronized (lifecycle) {
            if (serverChannel != null || closed) {
                throw new IllegalStateException("server already started or closed");
            }
            eventLoops = new MultiThreadIoEventLoopGroup(settings.ioThreads,
                    EngineWorkers.daemonThreads("taos-embedded-io"), NioIoHandler.newFactory());
            engineWorkers = new EngineWorkers(settings.sqlThreads, "taos-embedded-sql");
            bind();
            return this;
        }
    }

    private void bind() {
        SqlExecutor executor = settings.executor.get();
        connections = new DefaultChannelGroup("taos-embedded-connections", GlobalEventExecutor.INSTANCE);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(eventLoops)
                .channel(NioServerSocketChannel.class)
                .handler(new ConnectionTracker(connections))
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ServerPipeline(executor, new Credentials(settings.users, settings.tokens), engineWorkers,
                        settings.tls));
        ChannelFuture bound = bootstrap.bind(settings.bindAddress, settings.port).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            stopThreads();
            closed = true;
            throw new IllegalStateException("cannot listen on " + settings.bindAddress + ":" + settings.port, bound.cause());
        }
        serverChannel = bound.channel();
    }

    /** The port the server listens on (the ephemeral one chosen when built with port 0). */
    public int port() {
        return address().getPort();
    }

    /** The address the server listens on, as a host string ({@code 127.0.0.1} by default). */
    public String host() {
        return address().getAddress().getHostAddress();
    }

    /** Whether the server speaks TLS ({@code https://}, {@code wss://}). */
    public boolean tls() {
        return settings.tls != null;
    }

    /** The REST SQL endpoint, e.g. {@code http://127.0.0.1:6041/rest/sql} ({@code https://} with TLS). */
    public String restUrl() {
        return (tls() ? "https://" : "http://") + authority() + "/rest/sql";
    }

    /**
     * The WebSocket endpoint, e.g. {@code ws://127.0.0.1:6041/ws} ({@code wss://} with TLS). Not a DSN: a client
     * given it would take {@code ws} for the database's name; {@link #dsn()} is the one to connect with.
     */
    public String wsUrl() {
        return (tls() ? "wss://" : "ws://") + authority() + "/ws";
    }

    /** A DSN that connects a client to this server over WebSocket, e.g. {@code ws://127.0.0.1:6041}. */
    public String dsn() {
        return (tls() ? "wss://" : "ws://") + authority();
    }

    /** A DSN that connects a client to this server over WebSocket, in {@code database}. */
    public String dsn(String database) {
        return dsn() + "/" + Objects.requireNonNull(database, "database");
    }

    private String authority() {
        String host = host();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port();
    }

    private InetSocketAddress address() {
        synchronized (lifecycle) {
            if (serverChannel == null) {
                throw new IllegalStateException("server not started");
            }
            return (InetSocketAddress) serverChannel.localAddress();
        }
    }

    /** Stops listening, closes every connection and waits for the threads to end; idempotent. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            if (serverChannel != null) {
                serverChannel.close().syncUninterruptibly();
                // shutting the event loops down does not always get to close their sockets: clients would then
                // wait on connections nobody serves, instead of seeing them end
                connections.close().awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS);
            }
            stopThreads();
        }
    }

    private void stopThreads() {
        if (eventLoops == null) {
            return;
        }
        eventLoops.shutdownGracefully(0, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        try {
            engineWorkers.shutdown(SHUTDOWN_TIMEOUT_MILLIS);
            eventLoops.terminationFuture().await(SHUTDOWN_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Adds each accepted connection to a group, on the listening channel, before it is handed to a worker. */
    private static final class ConnectionTracker extends ChannelInboundHandlerAdapter {

        private final ChannelGroup connections;

        ConnectionTracker(ChannelGroup connections) {
            this.connections = connections;
        }

        @Override
        public boolean isSharable() {
            return true;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object accepted) {
            connections.add((Channel) accepted);
            ctx.fireChannelRead(accepted);
        }
    }

    /** Settings of an {@link EmbeddedTaosServer}; not thread-safe. */
    public static final class Builder {

        private int port;
        private String bindAddress = "127.0.0.1";
        private final Map<String, String> users = new LinkedHashMap<>(Map.of("root", "taosdata"));
        private final Map<String, String> tokens = new LinkedHashMap<>();
        private SslContext tls;
        private Supplier<SqlExecutor> executor = DefaultExecutor::create;
        private int ioThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
        private int sqlThreads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);

        private Builder() {
        }

        /** The TCP port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to listen on; default {@code 127.0.0.1} (loopback only). */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** Adds a user, or changes the password of an existing one (root's included). */
        public Builder user(String name, String password) {
            if (name == null || name.isEmpty() || password == null || password.isEmpty()) {
                throw new IllegalArgumentException("user name and password must not be empty");
            }
            users.put(name, password);
            return this;
        }

        /**
         * Accepts the cloud token {@code token} (the {@code ?token=} URL parameter) as {@code user}: such a
         * request needs no password, and one with an unknown token is refused with HTTP 401.
         */
        public Builder token(String token, String user) {
            if (token == null || token.isEmpty() || user == null || user.isEmpty()) {
                throw new IllegalArgumentException("token and user must not be empty");
            }
            tokens.put(token, user);
            return this;
        }

        /**
         * Serves {@code https://} and {@code wss://} with the key and certificate chain in {@code keyStore}
         * ({@code PKCS12} or {@code JKS}), whose store and key share {@code password}.
         *
         * @throws IllegalArgumentException when the key store cannot be read
         */
        public Builder tls(Path keyStore, String type, char[] password) {
            this.tls = ServerTls.fromKeyStore(keyStore, type, password);
            return this;
        }

        /**
         * Serves {@code https://} and {@code wss://} with a PEM certificate chain and its unencrypted PKCS#8
         * PEM private key.
         *
         * @throws IllegalArgumentException when the files cannot be read
         */
        public Builder tls(Path certificateChain, Path privateKey) {
            this.tls = ServerTls.fromPem(certificateChain, privateKey);
            return this;
        }

        /** The engine that runs the SQL; default the embedded in-memory engine. */
        public Builder executor(SqlExecutor executor) {
            Objects.requireNonNull(executor, "executor");
            this.executor = () -> executor;
            return this;
        }

        /** Threads running statements (default twice the processors, at least 4). */
        public Builder sqlThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("sqlThreads must be positive: " + threads);
            }
            this.sqlThreads = threads;
            return this;
        }

        /**
         * Builds an unstarted server.
         *
         * @throws IllegalArgumentException when a token stands for an unknown user
         */
        public EmbeddedTaosServer build() {
            tokens.forEach((token, user) -> {
                if (!users.containsKey(user)) {
                    throw new IllegalArgumentException("a token stands for the unknown user " + user);
                }
            });
            return new EmbeddedTaosServer(copy());
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.port = port;
            copy.bindAddress = bindAddress;
            copy.users.clear();
            copy.users.putAll(users);
            copy.tokens.putAll(tokens);
            copy.tls = tls;
            copy.executor = executor;
            copy.ioThreads = ioThreads;
            copy.sqlThreads = sqlThreads;
            return copy;
        }
    }
}
