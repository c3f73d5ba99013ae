package io.taospring.embedded.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.codec.http.HttpContentDecompressor;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.ssl.SslContext;
import io.taospring.embedded.engine.SqlExecutor;
import io.taospring.embedded.rest.RestSqlHandler;
import io.taospring.embedded.tmq.TmqEndpoint;
import io.taospring.embedded.rest.SchemalessHttpHandler;
import io.taospring.embedded.ws.WsFrameHandler;
import java.util.concurrent.Executor;

/**
 * The per-connection pipeline (STACK.md 5): TLS when configured, HTTP codec, gzip in both directions,
 * aggregation, the cloud token check ({@link TokenGate}), the WebSocket upgrade for {@code /ws} (and its
 * legacy alias {@code /rest/ws}), then the REST and WebSocket handlers. The upgrade removes the HTTP-only
 * handlers from a WebSocket connection.
 */
public final class ServerPipeline extends ChannelInitializer<SocketChannel> {

    /** Largest HTTP body or WebSocket message accepted (big multi-row INSERTs). */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    private static final String WS_PATH = "/ws";
    private static final String WS_ALIAS = "/rest/ws";

    private final SqlExecutor executor;
    private final Credentials credentials;
    private final Executor workers;
    /** Made with the pipeline, so that the TMQ log records every write from the server's start on. */
    private final TmqEndpoint tmq;
    private volatile HttpHandlers http;
    private final TokenGate tokenGate;
    private final SslContext tls;

    /** A pipeline factory whose handlers run SQL with {@code executor} on {@code workers}, in plain text. */
    public ServerPipeline(SqlExecutor executor, Credentials credentials, Executor workers) {
        this(executor, credentials, workers, null);
    }

    /**
     * A pipeline factory whose handlers run SQL with {@code executor} on {@code workers}, behind TLS when
     * {@code tls} is not null.
     */
    public ServerPipeline(SqlExecutor executor, Credentials credentials, Executor workers, SslContext tls) {
        this.tls = tls;
        this.tokenGate = new TokenGate(credentials);
        this.executor = executor;
        this.credentials = credentials;
        this.workers = workers;
        this.tmq = TmqEndpoint.of(executor, credentials, ServerVersion.VERSION);
    }

    /** The shared HTTP handlers, made on the first connection: a server nobody connects to never loads them. */
    private record HttpHandlers(RestSqlHandler rest, SchemalessHttpHandler schemaless) {
    }

    private HttpHandlers http() {
        HttpHandlers made = http;
        if (made == null) {
            synchronized (this) {
                made = http;
                if (made == null) {
                    made = new HttpHandlers(new RestSqlHandler(executor, credentials, workers),
                            new SchemalessHttpHandler(executor, credentials, workers));
                    http = made;
                }
            }
        }
        return made;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        HttpHandlers shared = http();
        ChannelPipeline pipeline = channel.pipeline();
        if (tls != null) {
            pipeline.addLast("tls", tls.newHandler(channel.alloc()));
        }
        pipeline.addLast("http", new HttpServerCodec());
        pipeline.addLast("gunzip", new HttpContentDecompressor(0));
        pipeline.addLast("gzip", new HttpContentCompressor());
        pipeline.addLast("aggregate", new HttpObjectAggregator(MAX_MESSAGE_BYTES));
        pipeline.addLast("token", tokenGate);
        pipeline.addLast("ws-alias", new WsAliasRewriter());
        pipeline.addLast("tmq-route", tmq.router());
        pipeline.addLast("ws-upgrade", new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(WS_PATH)
                .checkStartsWith(true)
                .maxFramePayloadLength(MAX_MESSAGE_BYTES)
                // taosAdapter's WebSocket library does not check text frames for UTF-8 either; bad bytes reach
                // the JSON parser, which rejects the request with an error reply instead of closing the socket
                .withUTF8Validator(false)
                .build()));
        pipeline.addLast("ws-aggregate", new WebSocketFrameAggregator(MAX_MESSAGE_BYTES));
        pipeline.addLast("schemaless-http", shared.schemaless());
        pipeline.addLast("rest", shared.rest());
        pipeline.addLast("ws", new WsFrameHandler(executor, credentials, ServerVersion.VERSION, workers));
    }

    /** Serves {@code /rest/ws} as {@code /ws}, as taosAdapter does. */
    private static final class WsAliasRewriter extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof FullHttpRequest request && isAlias(request.uri())) {
                request.setUri(WS_PATH + request.uri().substring(WS_ALIAS.length()));
            }
            ctx.fireChannelRead(msg);
        }

        private static boolean isAlias(String uri) {
            return uri.startsWith(WS_ALIAS)
                    && (uri.length() == WS_ALIAS.length() || uri.charAt(WS_ALIAS.length()) == '?');
        }
    }
}
