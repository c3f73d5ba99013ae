package io.taospring.embedded.ws;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.taospring.client.protocol.ws.BinaryRequests;
import io.taospring.client.protocol.ws.Stmt2BindData;
import io.taospring.client.stmt.BindField;
import io.taospring.client.stmt.BoundTable;
import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.engine.PreparedInsert;
import io.taospring.embedded.engine.SqlExecutor;
import io.taospring.embedded.engine.StatementBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.core.JsonGenerator;

/**
 * The stmt2 actions of one {@code /ws} connection (ws-stmt.md): {@code stmt2_init}, {@code stmt2_prepare},
 * the binary {@code stmt2_bind} (9), {@code stmt2_exec}, {@code stmt2_result} and {@code stmt2_close}.
 * Bound tables stay pending until {@code stmt2_exec} writes them through the engine's {@link StatementBinder}.
 */
final class WsStmt2 {

    private static final int ADAPTER_ERROR = WsSqlService.ADAPTER_ERROR;

    /** One statement: prepared once, then bound and executed any number of times. */
    private static final class Stmt {
        private PreparedInsert insert;
        private final List<BoundTable> pending = new ArrayList<>();
        /** The bind data of the last batch, reused by the next one once executed: large batches make no garbage. */
        private byte[] bindData;

        /** An array of at least {@code length} bytes for a bind's data; never one that pending tables still view. */
        byte[] bindBuffer(int length) {
            if (!pending.isEmpty()) {
                return new byte[length];
            }
            if (bindData == null || bindData.length < length) {
                bindData = new byte[length];
            }
            return bindData;
        }
    }

    private final StatementBinder binder;
    private final Map<Long, Stmt> statements = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();

    WsStmt2(SqlExecutor executor) {
        this.binder = executor instanceof StatementBinder b ? b : null;
    }

    String init(WsSession session, WsRequest request, Channel channel, long start) {
        long id = lastId.incrementAndGet();
        statements.put(id, new Stmt());
        return ok("stmt2_init", request.reqId(), id, start, json -> { });
    }

    String prepare(WsSession session, WsRequest request, Channel channel, long start) {
        String action = "stmt2_prepare";
        long id = request.unsigned("stmt_id");
        Stmt stmt = statements.get(id);
        if (stmt == null) {
            return error(action, request.reqId(), id, ADAPTER_ERROR, "stmt2 is nil", start);
        }
        String sql = request.string("sql");
        if (binder == null) {
            return error(action, request.reqId(), id, ADAPTER_ERROR, "stmt2 is not supported by this executor", start);
        }
        try {
            PreparedInsert insert = binder.prepareInsert(session.context(), sql == null ? "" : sql);
            synchronized (stmt) {
                stmt.insert = insert;
                stmt.pending.clear();
            }
            return ok(action, request.reqId(), id, start, json -> writeFields(json, insert.fields()));
        } catch (EngineException e) {
            return error(action, request.reqId(), id, e.code(), e.getMessage(), start);
        }
    }

    private static void writeFields(JsonGenerator json, List<BindField> fields) {
        json.writeBooleanProperty("is_insert", true);
        json.writeName("fields");
        json.writeStartArray();
        for (BindField field : fields) {
            json.writeStartObject();
            json.writeStringProperty("name", field.name());
            json.writeNumberProperty("field_type", field.type().code());
            json.writeNumberProperty("precision", field.precision());
            json.writeNumberProperty("scale", field.scale());
            json.writeNumberProperty("bytes", field.bytes());
            json.writeNumberProperty("bind_type", field.kind().code());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberProperty("fields_count", fields.size());
    }

    /** {@code stmt2_bind} (binary 9): decodes the bind data and keeps its tables for the next exec. */
    void bind(Channel channel, ByteBuf frame, long reqId, long id, long start) {
        String action = "stmt2_bind";
        int at = frame.readerIndex();
        int length = frame.readableBytes();
        Stmt stmt = statements.get(id);
        String reply;
        if (length < BinaryRequests.STMT2_BIND_DATA_OFFSET) {
            reply = error(action, reqId, id, ADAPTER_ERROR, "message length is too short", start);
        } else if (frame.getShortLE(at + BinaryRequests.VERSION_OFFSET) != BinaryRequests.VERSION) {
            reply = error(action, reqId, id, ADAPTER_ERROR, "unknown stmt2 bind version:"
                    + frame.getShortLE(at + BinaryRequests.VERSION_OFFSET), start);
        } else if (stmt == null) {
            reply = error(action, reqId, id, ADAPTER_ERROR, "stmt2 is nil", start);
        } else if (frame.getIntLE(at + BinaryRequests.STMT2_COLUMN_INDEX_OFFSET) != BinaryRequests.STMT2_ALL_COLUMNS) {
            reply = error(action, reqId, id, ADAPTER_ERROR, "binding a single column is not supported", start);
        } else {
            reply = bind(stmt, frame, reqId, id, start);
        }
        WsSqlService.sendText(channel, reply);
    }

    private String bind(Stmt stmt, ByteBuf frame, long reqId, long id, long start) {
        String action = "stmt2_bind";
        int length = frame.readableBytes() - BinaryRequests.STMT2_BIND_DATA_OFFSET;
        synchronized (stmt) {
            if (stmt.insert == null) {
                return error(action, reqId, id, 0x022A, "Stmt API usage error: stmt2 not prepared", start);
            }
            byte[] data = stmt.bindBuffer(length);
            frame.getBytes(frame.readerIndex() + BinaryRequests.STMT2_BIND_DATA_OFFSET, data, 0, length);
            try {
                stmt.pending.addAll(Stmt2BindData.decode(data, 0, length));
            } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
                return error(action, reqId, id, ADAPTER_ERROR, "invalid bind data: " + e.getMessage(), start);
            }
        }
        return ok(action, reqId, id, start, json -> { });
    }

    String exec(WsSession session, WsRequest request, Channel channel, long start) {
        String action = "stmt2_exec";
        long id = request.unsigned("stmt_id");
        Stmt stmt = statements.get(id);
        if (stmt == null) {
            return error(action, request.reqId(), id, ADAPTER_ERROR, "stmt2 is nil", start);
        }
        synchronized (stmt) {
            if (stmt.insert == null || stmt.pending.isEmpty()) {
                return error(action, request.reqId(), id, 0x022A, "Stmt API usage error: nothing bound", start);
            }
            List<BoundTable> tables = List.copyOf(stmt.pending);
            stmt.pending.clear();
            try {
                long affected = binder.insertBound(session.context(), stmt.insert, tables);
                return ok(action, request.reqId(), id, start, json -> json.writeNumberProperty("affected", affected));
            } catch (EngineException e) {
                return error(action, request.reqId(), id, e.code(), e.getMessage(), start);
            }
        }
    }

    String result(WsSession session, WsRequest request, Channel channel, long start) {
        long id = request.unsigned("stmt_id");
        String message = statements.containsKey(id) ? "stmt is insert, no result set" : "stmt2 is nil";
        return error("stmt2_result", request.reqId(), id, ADAPTER_ERROR, message, start);
    }

    String close(WsSession session, WsRequest request, Channel channel, long start) {
        long id = request.unsigned("stmt_id");
        if (statements.remove(id) == null) {
            return error("stmt2_close", request.reqId(), id, ADAPTER_ERROR, "stmt2 is nil", start);
        }
        return ok("stmt2_close", request.reqId(), id, start, json -> { });
    }

    /** The number of open statements. */
    int openStatements() {
        return statements.size();
    }

    private static String ok(String action, long reqId, long id, long start,
            java.util.function.Consumer<JsonGenerator> body) {
        return WsReplies.ok(action, reqId, WsSqlService.elapsed(start), json -> {
            json.writeName("stmt_id");
            WsReplies.writeUnsigned(json, id);
            body.accept(json);
        });
    }

    private static String error(String action, long reqId, long id, int code, String message, long start) {
        return WsReplies.reply(action, reqId, code, message, WsSqlService.elapsed(start), json -> {
            json.writeName("stmt_id");
            WsReplies.writeUnsigned(json, id);
        });
    }
}
