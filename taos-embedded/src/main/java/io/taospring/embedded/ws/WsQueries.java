package io.taospring.embedded.ws;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockCodec;
import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.engine.QueryResult;
import io.taospring.embedded.engine.SqlExecutor;
import io.taospring.embedded.engine.StatementResult;
import io.taospring.embedded.engine.UpdateResult;
import java.nio.ByteBuffer;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** Running statements and fetching their results on {@code /ws} (ws-sql.md 4.3-4.6, 5.1, 6). */
final class WsQueries {

    private static final String RESULT_IS_NIL = "result is nil";

    private final SqlExecutor executor;

    WsQueries(SqlExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code sql} and returns the {@code query}/{@code binary_query} reply (ws-sql.md 4.3). */
    String query(WsSession session, String action, long reqId, String sql, long start) {
        StatementResult result;
        try {
            result = executor.execute(session.context(), sql.strip());
        } catch (EngineException e) {
            return WsReplies.error(action, reqId, e.code(), e.getMessage(), WsSqlService.elapsed(start));
        }
        if (result instanceof QueryResult query) {
            OpenResult open = session.open(query);
            int[] precisions = decimalPrecisions(query);
            return WsReplies.ok(action, reqId, WsSqlService.elapsed(start), json -> writeQueryFields(json, open, precisions));
        }
        long affected = ((UpdateResult) result).affectedRows();
        return WsReplies.ok(action, reqId, WsSqlService.elapsed(start), json -> writeUpdateFields(json, affected));
    }

    private static void writeUpdateFields(JsonGenerator json, long affected) {
        json.writeNumberProperty("id", 0);
        json.writeBooleanProperty("is_update", true);
        json.writeNumberProperty("affected_rows", affected);
        json.writeNumberProperty("fields_count", 0);
        json.writeNullProperty("fields_names");
        json.writeNullProperty("fields_types");
        json.writeNullProperty("fields_lengths");
        json.writeNumberProperty("precision", 0);
        json.writeNullProperty("fields_precisions");
        json.writeNullProperty("fields_scales");
    }

    private static void writeQueryFields(JsonGenerator json, OpenResult open, int[] precisions) {
        List<TaosField> fields = open.result().fields();
        int count = fields.size();
        int[] types = new int[count];
        int[] lengths = new int[count];
        int[] scales = new int[count];
        for (int c = 0; c < count; c++) {
            types[c] = fields.get(c).type().code();
            lengths[c] = fields.get(c).length();
            scales[c] = fields.get(c).scale();
        }
        json.writeName("id");
        WsReplies.writeUnsigned(json, open.id());
        json.writeBooleanProperty("is_update", false);
        json.writeNumberProperty("affected_rows", 0);
        json.writeNumberProperty("fields_count", count);
        json.writeName("fields_names");
        json.writeStartArray();
        for (TaosField field : fields) {
            json.writeString(field.name());
        }
        json.writeEndArray();
        WsReplies.writeInts(json, "fields_types", types);
        WsReplies.writeInts(json, "fields_lengths", lengths);
        json.writeNumberProperty("precision", open.result().precision().code());
        WsReplies.writeInts(json, "fields_precisions", precisions);
        WsReplies.writeInts(json, "fields_scales", scales);
    }

    /** DECIMAL precision per column, read from the first block's packed schema width (types.md 4); 0 elsewhere. */
    private static int[] decimalPrecisions(QueryResult result) {
        List<TaosField> fields = result.fields();
        int[] precisions = new int[fields.size()];
        if (result.rowCount() == 0 || fields.stream().noneMatch(f -> f.type().isDecimal())) {
            return precisions;
        }
        RawBlock block = RawBlockCodec.decode(result.encodeBlock(0, 1));
        for (int c = 0; c < precisions.length; c++) {
            if (fields.get(c).type().isDecimal()) {
                precisions[c] = block.decimalPrecision(c);
            }
        }
        return precisions;
    }

    /** {@code fetch}: advances the result by one block (ws-sql.md 4.4); frees it at the end. */
    String fetch(WsSession session, WsRequest request, Channel channel, long start) {
        long id = request.unsigned("id");
        OpenResult open = session.result(id);
        if (open == null) {
            return WsReplies.error("fetch", request.reqId(), WsSqlService.ADAPTER_ERROR, RESULT_IS_NIL,
                    WsSqlService.elapsed(start));
        }
        synchronized (open) {
            byte[] block = open.nextBlock();
            if (block == null) {
                session.free(id);
            }
            int rows = open.fetchedRows();
            return WsReplies.ok("fetch", request.reqId(), WsSqlService.elapsed(start),
                    json -> writeFetchFields(json, open, block == null, rows));
        }
    }

    private static void writeFetchFields(JsonGenerator json, OpenResult open, boolean completed, int rows) {
        json.writeName("id");
        WsReplies.writeUnsigned(json, open.id());
        json.writeBooleanProperty("completed", completed);
        int[] lengths = null;
        if (!completed) {
            List<TaosField> fields = open.result().fields();
            lengths = fields.stream().mapToInt(TaosField::internalWidth).toArray();
        }
        WsReplies.writeInts(json, "lengths", lengths);
        json.writeNumberProperty("rows", rows);
    }

    /** {@code fetch_block}: the block of the last {@code fetch}, as a binary frame (ws-sql.md 4.4). */
    String fetchBlock(WsSession session, WsRequest request, Channel channel, long start) {
        long id = request.unsigned("id");
        OpenResult open = session.result(id);
        if (open == null) {
            return WsReplies.error("fetch_block", request.reqId(), WsSqlService.ADAPTER_ERROR, RESULT_IS_NIL,
                    WsSqlService.elapsed(start));
        }
        synchronized (open) {
            byte[] block = open.fetched();
            if (block == null) {
                return WsReplies.error("fetch_block", request.reqId(), WsSqlService.ADAPTER_ERROR, "no fetch data",
                        WsSqlService.elapsed(start));
            }
            WsSqlService.sendBinary(channel, BinaryFrames.fetchBlock(channel.alloc(), WsSqlService.elapsed(start), id, block));
            return null;
        }
    }

    /** {@code num_fields} (ws-sql.md 4.6). */
    String numFields(WsSession session, WsRequest request, Channel channel, long start) {
        OpenResult open = session.result(request.unsigned("result_id"));
        if (open == null) {
            return WsReplies.error("num_fields", request.reqId(), WsSqlService.ADAPTER_ERROR, RESULT_IS_NIL,
                    WsSqlService.elapsed(start));
        }
        int count = open.result().fields().size();
        return WsReplies.ok("num_fields", request.reqId(), WsSqlService.elapsed(start),
                json -> json.writeNumberProperty("num_fields", count));
    }

    /**
     * {@code fetch_raw_block} (7): the next block of a result, or the finished frame (after which the result
     * is freed), or an error frame; always binary (ws-sql.md 6). The reply is written while the result's
     * monitor is held so that prefetched requests get their blocks in order.
     */
    void fetchRawBlock(WsSession session, Channel channel, ByteBuffer frame, long reqId, long resultId, long start) {
        if (frame.limit() < BinaryFrames.HEADER_LENGTH + 2 || frame.getShort(24) != BinaryFrames.VERSION) {
            String message = frame.limit() < BinaryFrames.HEADER_LENGTH + 2 ? "message length is too short"
                    : "unknown fetch raw block version:" + frame.getShort(24);
            sendRawError(channel, start, reqId, resultId, message);
            return;
        }
        OpenResult open = session.result(resultId);
        if (open == null) {
            sendRawError(channel, start, reqId, resultId, RESULT_IS_NIL);
            return;
        }
        synchronized (open) {
            sendNextRawBlock(session, channel, open, reqId, start);
        }
    }

    private void sendNextRawBlock(WsSession session, Channel channel, OpenResult open, long reqId, long start) {
        if (session.result(open.id()) == null) {
            sendRawError(channel, start, reqId, open.id(), RESULT_IS_NIL);
            return;
        }
        byte[] block;
        try {
            block = open.nextBlock();
        } catch (EngineException e) {
            send(channel, BinaryFrames.fetchRawBlock(channel.alloc(), WsSqlService.elapsed(start), reqId, e.code(),
                    e.getMessage(), open.id(), null));
            session.free(open.id());
            return;
        }
        send(channel, BinaryFrames.fetchRawBlock(channel.alloc(), WsSqlService.elapsed(start), reqId, 0, "",
                open.id(), block));
        if (block == null) {
            // freed only after the finished frame is queued, so a late fetch's "result is nil" cannot overtake it
            session.free(open.id());
        }
    }

    private static void sendRawError(Channel channel, long start, long reqId, long resultId, String message) {
        send(channel, BinaryFrames.fetchRawBlock(channel.alloc(), WsSqlService.elapsed(start), reqId,
                WsSqlService.ADAPTER_ERROR, message, resultId, null));
    }

    private static void send(Channel channel, ByteBuf frame) {
        WsSqlService.sendBinary(channel, frame);
    }
}
