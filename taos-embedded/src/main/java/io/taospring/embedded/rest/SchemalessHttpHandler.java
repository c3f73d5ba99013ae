package io.taospring.embedded.rest;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.taospring.embedded.engine.Engine;
import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.engine.SqlExecutor;
import io.taospring.embedded.internal.Credentials;
import io.taospring.embedded.schemaless.SchemalessInserter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The HTTP schemaless endpoints (rest.md section 9): {@code POST /influxdb/v1/write?db=..} and
 * {@code POST /opentsdb/v1/put/{json|telnet}/{db}}, answered 204 on success. Other requests pass on unchanged.
 */
@ChannelHandler.Sharable
public final class SchemalessHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final String INFLUX = "/influxdb/v1/write";
    private static final String OPENTSDB = "/opentsdb/v1/put/";
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** One parsed request, copied off the reference-counted Netty message. */
    private record Call(boolean influx, int protocol, String database, String precision, String tableNameKey,
            String authorization, String user, String password, String body, boolean keepAlive) {
    }

    private final SchemalessInserter inserter;
    private final Credentials credentials;
    private final Executor workers;

    /** A handler writing through {@code executor}'s engine on {@code workers}; null-safe for other executors. */
    public SchemalessHttpHandler(SqlExecutor executor, Credentials credentials, Executor workers) {
        super(false);
        this.inserter = executor instanceof Engine engine
                ? new SchemalessInserter(engine.catalog(), Clock.systemUTC()) : null;
        this.credentials = credentials;
        this.workers = workers;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        Call call = inserter != null && request.method().equals(HttpMethod.POST) ? parse(request, uri) : null;
        if (call == null) {
            ctx.fireChannelRead(request);
            return;
        }
        request.release();
        try {
            workers.execute(() -> serve(ctx, call));
        } catch (RejectedExecutionException e) {
            fail(ctx, call, HttpResponseStatus.SERVICE_UNAVAILABLE, "server is busy");
        }
    }

    private static Call parse(FullHttpRequest request, QueryStringDecoder uri) {
        String path = uri.path();
        String body = request.content().toString(StandardCharsets.UTF_8);
        String auth = request.headers().get(HttpHeaderNames.AUTHORIZATION);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (path.equals(INFLUX)) {
            return new Call(true, SchemalessInserter.LINE, param(uri, "db"), param(uri, "precision"),
                    param(uri, "table_name_key"), auth, param(uri, "u"), param(uri, "p"), body, keepAlive);
        }
        if (path.startsWith(OPENTSDB)) {
            String[] parts = path.substring(OPENTSDB.length()).split("/", -1);
            if (parts.length == 2 && (parts[0].equals("json") || parts[0].equals("telnet")) && !parts[1].isEmpty()) {
                int protocol = parts[0].equals("json") ? SchemalessInserter.JSON : SchemalessInserter.TELNET;
                return new Call(false, protocol, parts[1], "", param(uri, "table_name_key"), auth, null, null, body,
                        keepAlive);
            }
        }
        return null;
    }

    private static String param(QueryStringDecoder uri, String name) {
        List<String> values = uri.parameters().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private void serve(ChannelHandlerContext ctx, Call call) {
        try {
            authenticate(call);
        } catch (RestFailure | EngineException e) {
            fail(ctx, call, HttpResponseStatus.UNAUTHORIZED, e.getMessage());
            return;
        }
        try {
            inserter.insert(call.database(), call.protocol(), call.precision() == null ? "ns" : call.precision(),
                    call.body(), call.tableNameKey());
            send(ctx, call, new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NO_CONTENT));
        } catch (EngineException e) {
            fail(ctx, call, HttpResponseStatus.BAD_REQUEST, e.getMessage());
        } catch (RuntimeException e) {
            fail(ctx, call, HttpResponseStatus.INTERNAL_SERVER_ERROR, String.valueOf(e));
        }
    }

    private void authenticate(Call call) throws RestFailure {
        if (call.influx() && call.user() != null && call.authorization() == null) {
            credentials.authenticate(call.user(), call.password());
            return;
        }
        BasicCredentials user = BasicCredentials.parse(call.authorization());
        credentials.authenticate(user.user(), user.password());
    }

    /** InfluxDB errors carry a string code; OpenTSDB errors the HTTP status as a number (rest.md 9). */
    private static void fail(ChannelHandlerContext ctx, Call call, HttpResponseStatus status, String message) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            json.writeStartObject();
            if (call.influx()) {
                json.writeStringProperty("code", status.code() == 401 ? "forbidden"
                        : status.code() == 400 ? "invalid" : "internal error");
                json.writeStringProperty("message", message);
            } else {
                json.writeNumberProperty("code", status.code());
                json.writeStringProperty("message", message);
            }
            json.writeEndObject();
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(text.toString().getBytes(StandardCharsets.UTF_8)));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
        send(ctx, call, response);
    }

    private static void send(ChannelHandlerContext ctx, Call call, FullHttpResponse response) {
        HttpUtil.setContentLength(response, response.content().readableBytes());
        HttpUtil.setKeepAlive(response, call.keepAlive());
        var written = ctx.writeAndFlush(response);
        if (!call.keepAlive()) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
