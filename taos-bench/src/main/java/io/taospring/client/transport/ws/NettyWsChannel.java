package io.taospring.client.transport.ws;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link WsChannel} on Netty, the alternative to the JDK's WebSocket that {@link WsLibraryBenchmark}
 * measures. Not part of the client: it exists to decide which library the client should use.
 */
final class NettyWsChannel implements WsChannel {

    private static final int MAX_MESSAGE = 64 << 20;

    private final Channel channel;

    private NettyWsChannel(Channel channel) {
        this.channel = channel;
    }

    static NettyWsChannel open(EventLoopGroup group, URI uri, MessageSink sink) throws Exception {
        CompletableFuture<Void> handshake = new CompletableFuture<>();
        Channel channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(8192),
                                new WebSocketClientProtocolHandler(WebSocketClientProtocolConfig.newBuilder()
                                        .webSocketUri(uri).maxFramePayloadLength(MAX_MESSAGE).build()),
                                new WebSocketFrameAggregator(MAX_MESSAGE), new Inbound(sink, handshake));
                    }
                }).connect(uri.getHost(), uri.getPort()).sync().channel();
        handshake.get(10, TimeUnit.SECONDS);
        return new NettyWsChannel(channel);
    }

    @Override
    public void sendText(String text) {
        channel.writeAndFlush(new TextWebSocketFrame(text)).syncUninterruptibly();
    }

    @Override
    public void sendBinary(ByteBuffer data) {
        channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(data))).syncUninterruptibly();
    }

    @Override
    public void close() {
        channel.close();
    }

    private static final class Inbound extends SimpleChannelInboundHandler<WebSocketFrame> {
        private final MessageSink sink;
        private final CompletableFuture<Void> handshake;

        Inbound(MessageSink sink, CompletableFuture<Void> handshake) {
            this.sink = sink;
            this.handshake = handshake;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                handshake.complete(null);
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (frame instanceof TextWebSocketFrame text) {
                sink.onText(text.text());
            } else if (frame instanceof BinaryWebSocketFrame binary) {
                sink.onBinary(ByteBufUtil.getBytes(binary.content()));
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            sink.onClosed("closed", null);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            handshake.completeExceptionally(cause);
            sink.onClosed("failed: " + cause, cause);
            ctx.close();
        }
    }
}
