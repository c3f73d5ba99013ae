package io.taospring.embedded.ws;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.engine.SessionContext;
import io.taospring.embedded.engine.SqlExecutor;
import io.taospring.embedded.internal.Credentials;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The SQL actions of {@code /ws} (ws-sql.md 4-6): {@code version}, {@code conn}, {@code query},
 * {@code fetch}, {@code fetch_block}, {@code free_result}, the informational actions, and the binary
 * {@code binary_query} (6) and {@code fetch_raw_block} (7). Runs on an engine worker, never on an event loop.
 */
final class WsSqlService {

    /** Adapter-internal error code. */
    static final int ADAPTER_ERROR = 0xFFFF;
    /** {@code taos_check_server_status}: TSDB_SRV_STATUS_SERVICE_OK. */
    private static final int SERVICE_OK = 2;

    /** One text action: returns the reply text, or null when the action has none. */
    @FunctionalInterface
    private interface TextAction {
        String handle(WsSession session, WsRequest request, Channel channel, long start);
    }

    private record Registered(TextAction action, boolean needsConnection) {
    }

    private final SqlExecutor executor;
    private final Credentials credentials;
    private final String version;
    private final WsQueries queries;
    private final WsStmt2 stmt2;
    private final WsSchemaless schemaless;
    private final Map<String, Registered> actions;

    WsSqlService(SqlExecutor executor, Credentials credentials, String version) {
        this.executor = executor;
        this.credentials = credentials;
        this.version = version;
        this.queries = new WsQueries(executor);
        this.stmt2 = new WsStmt2(executor);
        this.schemaless = new WsSchemaless(executor);
        this.actions = Map.ofEntries(
                Map.entry("version", new Registered(this::version, false)),
                Map.entry("conn", new Registered(this::conn, false)),
                Map.entry("check_server_status", new Registered(this::checkServerStatus, false)),
                Map.entry("query", new Registered(this::query, true)),
                Map.entry("fetch", new Registered(queries::fetch, true)),
                Map.entry("fetch_block", new Registered(queries::fetchBlock, true)),
                Map.entry("free_result", new Registered(this::freeResult, true)),
                Map.entry("num_fields", new Registered(queries::numFields, true)),
                Map.entry("get_current_db", new Registered(this::currentDb, true)),
                Map.entry("get_server_info", new Registered(this::serverInfo, true)),
                Map.entry("options_connection", new Registered(this::optionsConnection, true)),
                Map.entry("stmt2_init", new Registered(stmt2::init, true)),
                Map.entry("stmt2_prepare", new Registered(stmt2::prepare, true)),
                Map.entry("stmt2_exec", new Registered(stmt2::exec, true)),
                Map.entry("stmt2_result", new Registered(stmt2::result, true)),
                Map.entry("stmt2_close", new Registered(stmt2::close, true)),
                Map.entry("insert", new Registered((session, request, channel, start) ->
                        schemaless.insert(session, request, start), true)));
    }

    /** Handles a text frame. */
    void onText(WsSession session, Channel channel, String text) {
        long start = System.nanoTime();
        WsRequest request;
        try {
            request = WsRequest.parse(text);
        } catch (IllegalArgumentException e) {
            sendText(channel, WsReplies.error("", 0, ADAPTER_ERROR, "unmarshal request error", elapsed(start)));
            return;
        }
        String reply = dispatch(session, request, channel, start);
        if (reply != null) {
            sendText(channel, reply);
        }
    }

    private String dispatch(WsSession session, WsRequest request, Channel channel, long start) {
        String action = request.action();
        if (action == null || action.isEmpty()) {
            return WsReplies.error("", request.reqId(), ADAPTER_ERROR, "request no action", elapsed(start));
        }
        Registered registered = actions.get(action);
        if (registered == null) {
            return WsReplies.error(action, request.reqId(), ADAPTER_ERROR, "unknown action " + action, elapsed(start));
        }
        if (registered.needsConnection() && session.context() == null) {
            return WsReplies.error(action, request.reqId(), ADAPTER_ERROR, "server not connected", elapsed(start));
        }
        try {
            return registered.action().handle(session, request, channel, start);
        } catch (EngineException e) {
            return WsReplies.error(action, request.reqId(), e.code(), e.getMessage(), elapsed(start));
        } catch (RuntimeException e) {
            return WsReplies.error(action, request.reqId(), ADAPTER_ERROR, String.valueOf(e), elapsed(start));
        }
    }

    /** Handles a binary frame (ws-sql.md 5). */
    void onBinary(WsSession session, Channel channel, ByteBuf message) {
        long start = System.nanoTime();
        if (message.readableBytes() < BinaryFrames.HEADER_LENGTH) {
            sendText(channel, WsReplies.error("unknown", 0, ADAPTER_ERROR, "message length is too short", elapsed(start)));
            return;
        }
        int at = message.readerIndex();
        long reqId = message.getLongLE(at);
        long resourceId = message.getLongLE(at + 8);
        long code = message.getLongLE(at + 16);
        if (code == BinaryFrames.STMT2_BIND) {
            stmt2.bind(channel, message, reqId, resourceId, start);
            return;
        }
        byte[] frame = ByteBufUtil.getBytes(message);
        ByteBuffer buffer = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
        if (code == BinaryFrames.BINARY_QUERY) {
            binaryQuery(session, channel, buffer, reqId, start);
        } else if (code == BinaryFrames.FETCH_RAW_BLOCK) {
            queries.fetchRawBlock(session, channel, buffer, reqId, resourceId, start);
        } else {
            sendText(channel, WsReplies.error("unknown", reqId, ADAPTER_ERROR,
                    "unknown binary action " + Long.toUnsignedString(code), elapsed(start)));
        }
    }

    private void binaryQuery(WsSession session, Channel channel, ByteBuffer frame, long reqId, long start) {
        String action = "binary_query";
        String reply;
        if (frame.limit() < 30) {
            reply = WsReplies.error(action, reqId, ADAPTER_ERROR, "message length is too short", elapsed(start));
        } else if (frame.getShort(24) != BinaryFrames.VERSION) {
            reply = WsReplies.error(action, reqId, ADAPTER_ERROR,
                    "unknown binary query version:" + frame.getShort(24), elapsed(start));
        } else if (session.context() == null) {
            reply = WsReplies.error(action, reqId, ADAPTER_ERROR, "server not connected", elapsed(start));
        } else {
            int length = frame.getInt(26);
            if (length < 0 || 30 + (long) length > frame.limit()) {
                reply = WsReplies.error(action, reqId, ADAPTER_ERROR, "message length is too short", elapsed(start));
            } else {
                String sql = new String(frame.array(), 30, length, StandardCharsets.UTF_8);
                reply = queries.query(session, action, reqId, sql, start);
            }
        }
        sendText(channel, reply);
    }

    private String version(WsSession session, WsRequest request, Channel channel, long start) {
        return WsReplies.ok("version", request.reqId(), elapsed(start), json -> json.writeStringProperty("version", version));
    }

    private String conn(WsSession session, WsRequest request, Channel channel, long start) {
        String user = credentials.authenticate(channel, request.string("user"), request.string("password"));
        SessionContext context = new SessionContext(user, null);
        String db = request.string("db");
        if (db != null && !db.isEmpty()) {
            executor.execute(context, "use `" + db + "`");
        }
        if (!session.connect(context)) {
            return WsReplies.error("conn", request.reqId(), ADAPTER_ERROR, "duplicate connections", elapsed(start));
        }
        return WsReplies.ok("conn", request.reqId(), elapsed(start), json -> json.writeStringProperty("version", version));
    }

    private String checkServerStatus(WsSession session, WsRequest request, Channel channel, long start) {
        return WsReplies.ok("check_server_status", request.reqId(), elapsed(start), json -> {
            json.writeNumberProperty("status", SERVICE_OK);
            json.writeStringProperty("details", "");
        });
    }

    private String query(WsSession session, WsRequest request, Channel channel, long start) {
        String sql = request.string("sql");
        return queries.query(session, "query", request.reqId(), sql == null ? "" : sql, start);
    }

    /** Frees a result; never answered (ws-sql.md 4.5). */
    private String freeResult(WsSession session, WsRequest request, Channel channel, long start) {
        session.free(request.unsigned("id"));
        return null;
    }

    private String currentDb(WsSession session, WsRequest request, Channel channel, long start) {
        String db = session.context().database();
        return WsReplies.ok("get_current_db", request.reqId(), elapsed(start),
                json -> json.writeStringProperty("db", db == null ? "" : db));
    }

    private String serverInfo(WsSession session, WsRequest request, Channel channel, long start) {
        return WsReplies.ok("get_server_info", request.reqId(), elapsed(start),
                json -> json.writeStringProperty("info", version));
    }

    /** Accepts connection options; none of them changes how the embedded engine reads SQL. */
    private String optionsConnection(WsSession session, WsRequest request, Channel channel, long start) {
        Object options = request.args().get("options");
        if (options != null && !(options instanceof List<?>)) {
            return WsReplies.error("options_connection", request.reqId(), ADAPTER_ERROR, "options must be an array",
                    elapsed(start));
        }
        return WsReplies.ok("options_connection", request.reqId(), elapsed(start), json -> { });
    }

    static void sendText(Channel channel, String text) {
        channel.writeAndFlush(new TextWebSocketFrame(Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.UTF_8))));
    }

    static void sendBinary(Channel channel, ByteBuf frame) {
        channel.writeAndFlush(new BinaryWebSocketFrame(frame));
    }

    static long elapsed(long start) {
        return System.nanoTime() - start;
    }
}
