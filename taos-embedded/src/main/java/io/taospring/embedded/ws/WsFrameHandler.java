package io.taospring.embedded.ws;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.taospring.embedded.engine.SqlExecutor;
import io.taospring.embedded.internal.Credentials;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One WebSocket connection on {@code /ws}: hands each (aggregated) message to the engine workers, so replies
 * may leave out of order as with taosAdapter, and frees the session's results when the socket closes.
 * Not sharable: it owns the connection's session.
 */
public final class WsFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    private final WsSqlService service;
    private final Executor workers;
    private final WsSession session = new WsSession();

    /** A handler for one connection, running SQL with {@code executor} on {@code workers}. */
    public WsFrameHandler(SqlExecutor executor, Credentials credentials, String version, Executor workers) {
        this.service = new WsSqlService(executor, credentials, version);
        this.workers = workers;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        Channel channel = ctx.channel();
        if (frame instanceof TextWebSocketFrame text) {
            String message = text.text();
            submit(channel, () -> service.onText(session, channel, message));
        } else if (frame instanceof BinaryWebSocketFrame binary) {
            // kept, not copied, until a worker handles it: a bind frame is copied once, into its statement
            ByteBuf message = binary.content().retain();
            if (!submit(channel, () -> {
                try {
                    service.onBinary(session, channel, message);
                } finally {
                    message.release();
                }
            })) {
                message.release();
            }
        }
    }

    private boolean submit(Channel channel, Runnable task) {
        try {
            workers.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            // the adapter has no busy reply on /ws; closing tells the client at once instead of a timeout
            channel.close();
            return false;
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        session.close();
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        session.close();
        ctx.close();
    }
}
