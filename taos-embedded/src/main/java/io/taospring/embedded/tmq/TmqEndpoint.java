package io.taospring.embedded.tmq;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.FullHttpRequest;
import io.taospring.embedded.engine.Engine;
import io.taospring.embedded.engine.SqlExecutor;
import io.taospring.embedded.internal.Credentials;

/**
 * The {@code /rest/tmq} endpoint of one server. Its {@link #router()} sits before the WebSocket upgrade: an
 * upgrade request for {@code /rest/tmq} has its connection's {@code /ws} handler (named {@code "ws"}) replaced
 * by the TMQ handler and is then upgraded like {@code /ws}.
 */
public final class TmqEndpoint {

    private static final String PATH = "/rest/tmq";
    private static final String WS_PATH = "/ws";

    private final TmqService service;

    private TmqEndpoint(TmqService service) {
        this.service = service;
    }

    /** The endpoint over {@code executor}'s data; inactive unless the executor is the embedded {@link Engine}. */
    public static TmqEndpoint of(SqlExecutor executor, Credentials credentials, String version) {
        if (!(executor instanceof Engine engine)) {
            return new TmqEndpoint(null);
        }
        return new TmqEndpoint(new TmqService(TmqBroker.attach(engine.catalog()), credentials, version));
    }

    /** A fresh routing handler for one connection's pipeline. */
    public ChannelHandler router() {
        return new Router();
    }

    private final class Router extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (service != null && msg instanceof FullHttpRequest request && isTmq(request.uri())) {
                request.setUri(WS_PATH + request.uri().substring(PATH.length()));
                ctx.pipeline().replace("ws", "tmq", new TmqFrameHandler(service));
            }
            ctx.fireChannelRead(msg);
        }

        private boolean isTmq(String uri) {
            return uri.startsWith(PATH) && (uri.length() == PATH.length() || uri.charAt(PATH.length()) == '?');
        }
    }
}
