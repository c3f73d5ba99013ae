package io.taospring.client.transport.ws;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockCodec;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.Operation;
import io.taospring.client.protocol.ws.FetchRawBlockReply;
import io.taospring.client.protocol.ws.JsonReply;
import io.taospring.client.transport.QueryResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A result on a WebSocket connection. While the caller reads one block, the next is already being
 * fetched: at most two blocks exist per result (the current one and the one in flight), so memory stays
 * constant whatever the result's size.
 */
final class WsQueryResponse implements QueryResponse {

    private final WsConnection connection;
    private final JsonReply head;
    private final String sql;
    private final List<TaosField> fields;
    private WsConnection.PendingFetch inFlight;
    private boolean finished;

    private WsQueryResponse(WsConnection connection, JsonReply head, String sql, List<TaosField> fields) {
        this.connection = connection;
        this.head = head;
        this.sql = sql;
        this.fields = fields;
        this.finished = head.isUpdate();
    }

    /** The response to a successful {@code binary_query}; for a result set, the first fetch starts now. */
    static WsQueryResponse of(WsConnection connection, JsonReply reply, String sql) {
        WsQueryResponse response = new WsQueryResponse(connection, reply, sql, fieldsOf(reply, sql));
        if (!response.finished) {
            response.inFlight = connection.fetch(reply.resultId());
        }
        return response;
    }

    private static List<TaosField> fieldsOf(JsonReply reply, String sql) {
        int count = reply.fieldNames().size();
        if (reply.fieldTypes().size() != count || reply.fieldLengths().size() != count) {
            throw new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, "field names, types and lengths differ in count",
                    reply.reqId(), sql, null);
        }
        List<TaosField> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int scale = i < reply.fieldScales().size() ? reply.fieldScales().get(i) : 0;
            fields.add(new TaosField(reply.fieldNames().get(i), TaosType.fromCode(reply.fieldTypes().get(i)),
                    reply.fieldLengths().get(i), scale));
        }
        return List.copyOf(fields);
    }

    @Override
    public long reqId() {
        return head.reqId();
    }

    @Override
    public boolean isUpdate() {
        return head.isUpdate();
    }

    @Override
    public long affectedRows() {
        return head.affectedRows();
    }

    @Override
    public List<TaosField> fields() {
        return fields;
    }

    @Override
    public Precision precision() {
        return Precision.fromCode(head.precision());
    }

    @Override
    public RawBlock nextBlock() {
        if (finished) {
            return null;
        }
        WsConnection.PendingFetch current = inFlight != null ? inFlight : connection.fetch(head.resultId());
        inFlight = null;
        FetchRawBlockReply reply;
        try {
            reply = connection.awaitFetch(current, sql);
        } catch (RuntimeException e) {
            finished = true;
            throw e;
        }
        return accept(reply);
    }

    private RawBlock accept(FetchRawBlockReply reply) {
        if (reply.code() != 0) {
            finished = true;
            throw ErrorCodes.exception(Operation.QUERY, reply.code(), reply.message(), head.reqId(), sql, null);
        }
        if (reply.finished()) {
            finished = true;
            return null;
        }
        RawBlock block = RawBlockCodec.decode(reply.frame(), reply.blockOffset(), reply.blockLength());
        checkColumns(block);
        inFlight = connection.fetch(head.resultId());
        return block;
    }

    private void checkColumns(RawBlock block) {
        if (block.columnCount() != fields.size()) {
            throw new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, "block has " + block.columnCount()
                    + " columns, the result " + fields.size(), head.reqId(), sql, null);
        }
    }

    @Override
    public void close() {
        if (inFlight != null) {
            connection.forget(inFlight);
            inFlight = null;
        }
        if (!finished) {
            finished = true;
            connection.freeResult(head.resultId());
        }
    }
}
