package io.taospring.client.transport.ws;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockCodec;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.Operation;
import io.taospring.client.protocol.ws.FetchRawBlockReply;
import io.taospring.client.protocol.ws.JsonReply;
import io.taospring.client.transport.QueryResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A result on a WebSocket connection. While the caller reads one block, up to {@value #PREFETCH} more are
 * already requested, so the server never waits for the client between blocks; at most
 * {@value #PREFETCH} + 1 blocks exist per result, so memory stays constant whatever the result's size.
 * All fetches of a result share one req_id and their replies are consumed in arrival order, which is
 * the order in which the server produced the blocks.
 */
final class WsQueryResponse implements QueryResponse {

    private final WsConnection connection;
    private final JsonReply head;
    private final String sql;
    private final List<TaosField> fields;
    /** Fetches kept in flight ahead of the caller. */
    static final int PREFETCH = 3;

    private ReplyStream fetches;
    private int outstanding;
    private boolean finished;
    /** A fetch request could not be sent: no more are, and the blocks already on their way are read. */
    private boolean sendFailed;

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
        response.fillPipeline();
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
        fillPipeline();
        FetchRawBlockReply reply;
        try {
            reply = connection.nextFetchReply(fetches, sql);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        outstanding--;
        return accept(reply);
    }

    private void fillPipeline() {
        if (finished) {
            return;
        }
        if (fetches == null) {
            fetches = connection.openFetchStream();
        }
        while (outstanding < PREFETCH && !sendFailed) {
            try {
                connection.requestFetch(fetches, head.resultId());
            } catch (ConnectionError e) {
                // the socket is gone and the stream ends with that failure: first hand out the blocks that came
                sendFailed = outstanding > 0;
                if (!sendFailed) {
                    throw e;
                }
                return;
            }
            outstanding++;
        }
    }

    private RawBlock accept(FetchRawBlockReply reply) {
        if (reply.code() != 0 || reply.finished()) {
            // the server has freed the result; replies to fetches still in flight are dropped
            finished = true;
            stopFetching();
        }
        if (reply.code() != 0) {
            throw ErrorCodes.exception(Operation.QUERY, reply.code(), reply.message(), head.reqId(), sql, null);
        }
        if (reply.finished()) {
            return null;
        }
        RawBlock block = RawBlockCodec.decode(reply.frame(), reply.blockOffset(), reply.blockLength());
        checkColumns(block);
        fillPipeline();
        return block;
    }

    private void checkColumns(RawBlock block) {
        if (block.columnCount() != fields.size()) {
            throw new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, "block has " + block.columnCount()
                    + " columns, the result " + fields.size(), head.reqId(), sql, null);
        }
    }

    private void stopFetching() {
        if (fetches != null) {
            connection.closeFetchStream(fetches);
        }
    }

    @Override
    public void close() {
        stopFetching();
        if (!finished) {
            finished = true;
            connection.freeResult(head.resultId());
        }
    }
}
