package io.taospring.embedded.tmq;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/** One {@code /rest/tmq} connection: text actions only (binary requests are ignored); owns one consumer. */
final class TmqFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    private final TmqService service;
    private final TmqSession session = new TmqSession();

    TmqFrameHandler(TmqService service) {
        this.service = service;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame text) {
            service.onText(session, ctx.channel(), text.text());
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        service.onClose(session);
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        service.onClose(session);
        ctx.close();
    }
}
