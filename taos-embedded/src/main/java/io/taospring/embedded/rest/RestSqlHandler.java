package io.taospring.embedded.rest;

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
import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.engine.QueryResult;
import io.taospring.embedded.engine.SessionContext;
import io.taospring.embedded.engine.SqlExecutor;
import io.taospring.embedded.engine.StatementResult;
import io.taospring.embedded.engine.UpdateResult;
import io.taospring.embedded.internal.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Serves {@code POST /rest/sql[/{db}]} and {@code GET /-/ping} (rest.md); everything else is a 404.
 * The SQL runs on the engine workers; the event loop only routes.
 */
@ChannelHandler.Sharable
public final class RestSqlHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final String SQL_PATH = "/rest/sql";
    private static final int ADAPTER_ERROR = 0xFFFF;

    private final SqlExecutor executor;
    private final Credentials credentials;
    private final Executor workers;

    /** A handler that runs statements with {@code executor} on {@code workers}, checking {@code credentials}. */
    public RestSqlHandler(SqlExecutor executor, Credentials credentials, Executor workers) {
        this.executor = executor;
        this.credentials = credentials;
        this.workers = workers;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        String path = uri.path();
        if (path.equals("/-/ping")) {
            respondEmpty(ctx, request);
        } else if (request.method().equals(HttpMethod.POST) && isSqlPath(path)) {
            dispatch(ctx, new RestCall(request, uri, System.nanoTime()));
        } else {
            ctx.writeAndFlush(RestResponder.notFound(ctx.channel())).addListener(ChannelFutureListener.CLOSE);
        }
    }

    private static boolean isSqlPath(String path) {
        return path.equals(SQL_PATH) || (path.startsWith(SQL_PATH + "/") && path.indexOf('/', SQL_PATH.length() + 1) < 0);
    }

    private void dispatch(ChannelHandlerContext ctx, RestCall call) {
        try {
            workers.execute(() -> serve(ctx, call));
        } catch (RejectedExecutionException e) {
            call.responder(ctx).sendError(HttpResponseStatus.SERVICE_UNAVAILABLE, ADAPTER_ERROR, "server is busy");
        }
    }

    private void serve(ChannelHandlerContext ctx, RestCall call) {
        RestResponder responder = call.responder(ctx);
        try {
            BasicCredentials user = BasicCredentials.parse(call.authorization());
            String sql = call.sql();
            RestParams params = RestParams.parse(call.uri());
            respond(responder, run(user, call.database(), sql), params);
        } catch (RestFailure e) {
            responder.sendError(e.status(), e.code(), e.getMessage());
        } catch (EngineException e) {
            responder.sendError(HttpResponseStatus.OK, e.code(), e.getMessage());
        } catch (RuntimeException e) {
            // an engine bug must still answer the client, as the adapter's internal-error code
            responder.sendError(HttpResponseStatus.OK, ADAPTER_ERROR, String.valueOf(e));
        }
    }

    private StatementResult run(BasicCredentials user, String database, String sql) {
        credentials.authenticate(user.user(), user.password());
        SessionContext session = new SessionContext(user.user(), null);
        if (database != null) {
            useQuietly(session, database);
        }
        return executor.execute(session, sql);
    }

    /** The adapter ignores a failing {@code use} of the path's database so that CREATE DATABASE still works. */
    private void useQuietly(SessionContext session, String database) {
        try {
            executor.execute(session, "use `" + database + "`");
        } catch (EngineException ignored) {
            // rest.md 1: the error of the silent use is not reported
        }
    }

    private static void respond(RestResponder responder, StatementResult result, RestParams params) {
        if (result instanceof QueryResult query) {
            responder.streamQuery(query, params);
        } else {
            responder.sendUpdate(((UpdateResult) result).affectedRows(), params);
        }
    }

    private static void respondEmpty(ChannelHandlerContext ctx, FullHttpRequest request) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        HttpUtil.setContentLength(response, 0);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        HttpUtil.setKeepAlive(response, keepAlive);
        var written = ctx.writeAndFlush(response);
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** What a worker needs of the request, copied off the (reference-counted) Netty message. */
    private record RestCall(String authorization, byte[] body, QueryStringDecoder uri, String database,
                            boolean keepAlive, long startNanos) {

        RestCall(FullHttpRequest request, QueryStringDecoder uri, long startNanos) {
            this(request.headers().get(HttpHeaderNames.AUTHORIZATION), bodyOf(request), uri,
                    databaseOf(uri.path()), HttpUtil.isKeepAlive(request), startNanos);
        }

        RestResponder responder(ChannelHandlerContext ctx) {
            return new RestResponder(ctx.channel(), keepAlive, startNanos);
        }

        /** The trimmed SQL text; 400 with 0x1106 for no bytes, 0x1107 for whitespace only (rest.md 4). */
        String sql() throws RestFailure {
            if (body.length == 0) {
                throw new RestFailure(HttpResponseStatus.BAD_REQUEST, RestFailure.REQUEST_EMPTY, "request is empty");
            }
            String sql = new String(body, StandardCharsets.UTF_8).strip();
            if (sql.isEmpty()) {
                throw new RestFailure(HttpResponseStatus.BAD_REQUEST, RestFailure.NO_SQL, "no sql input");
            }
            return sql;
        }

        private static byte[] bodyOf(FullHttpRequest request) {
            byte[] bytes = new byte[request.content().readableBytes()];
            request.content().getBytes(request.content().readerIndex(), bytes);
            return bytes;
        }

        private static String databaseOf(String path) {
            String rest = path.length() > SQL_PATH.length() ? path.substring(SQL_PATH.length() + 1) : "";
            return rest.isEmpty() ? null : rest;
        }
    }
}
