package io.taospring.embedded.internal;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The cloud token check, as TDengine Cloud's gateway does it in front of taosAdapter: a request whose URL
 * carries {@code ?token=} is let through only with a known token, and then runs as that token's user
 * (its REST Authorization is replaced by the user's own; a WebSocket remembers the user for {@code conn}).
 * A request without the parameter is left to the ordinary user and password checks. An unknown token is
 * answered with HTTP 401 and {@code {"code":855,"desc":"Authentication failure"}} (0x0357, what taosd
 * answers for failed authentication); the token is never echoed.
 */
@ChannelHandler.Sharable
final class TokenGate extends ChannelInboundHandlerAdapter {

    private final Credentials credentials;

    TokenGate(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(msg);
            return;
        }
        List<String> tokens = new QueryStringDecoder(request.uri()).parameters().get("token");
        ctx.channel().attr(Credentials.TOKEN_USER).set(null);
        if (tokens == null || tokens.isEmpty()) {
            ctx.fireChannelRead(msg);
            return;
        }
        String user = credentials.userOfToken(tokens.get(0));
        if (user == null) {
            request.release();
            reject(ctx);
            return;
        }
        ctx.channel().attr(Credentials.TOKEN_USER).set(user);
        request.headers().set(HttpHeaderNames.AUTHORIZATION, credentials.basicAuthorization(user));
        ctx.fireChannelRead(msg);
    }

    private static void reject(ChannelHandlerContext ctx) {
        byte[] body = ("{\"code\":" + Credentials.AUTHENTICATION_FAILURE + ",\"desc\":\"Authentication failure\"}")
                .getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.UNAUTHORIZED,
                Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
