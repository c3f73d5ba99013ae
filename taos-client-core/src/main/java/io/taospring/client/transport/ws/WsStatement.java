package io.taospring.client.transport.ws;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.Operation;
import io.taospring.client.error.TaosException;
import io.taospring.client.protocol.ws.BinaryAction;
import io.taospring.client.protocol.ws.BinaryRequests;
import io.taospring.client.protocol.ws.JsonReply;
import io.taospring.client.protocol.ws.JsonRequest;
import io.taospring.client.stmt.BindField;
import io.taospring.client.stmt.BoundTable;
import io.taospring.client.transport.TransportStatement;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A stmt2 statement on {@code /ws} (ws-stmt.md): {@code stmt2_init} and {@code stmt2_prepare} once, then per
 * batch a binary {@code stmt2_bind} and a {@code stmt2_exec}, and {@code stmt2_close} at the end. The bind
 * and the exec are not pipelined: the server may run a connection's messages concurrently.
 */
final class WsStatement implements TransportStatement {

    private final WsConnection connection;
    private final String sql;
    private final long stmtId;
    private final boolean insert;
    private final List<BindField> fields;
    private boolean closed;
    /** The last bind frame's buffer, reused while batches fit: large frames are costly to allocate. */
    private ByteBuffer frame;

    private WsStatement(WsConnection connection, String sql, long stmtId, boolean insert, List<BindField> fields) {
        this.connection = connection;
        this.sql = sql;
        this.stmtId = stmtId;
        this.insert = insert;
        this.fields = fields;
    }

    /** Allocates and prepares a statement; the prepare reuses the init's req_id, as the reference driver does. */
    static WsStatement prepare(WsConnection connection, String sql, long reqId) {
        // one SQL text always writes one super table; a table may be bound twice in a batch
        JsonReply init = connection.exchange(new JsonRequest.Stmt2Init(reqId, true, false));
        check(init, sql);
        JsonReply prepared = connection.exchange(new JsonRequest.Stmt2Prepare(reqId, init.stmtId(), sql, true));
        if (!prepared.ok()) {
            connection.sendAndForget(new JsonRequest.Stmt2Close(connection.nextReqId(), init.stmtId()));
            throw failure(prepared, sql);
        }
        return new WsStatement(connection, sql, init.stmtId(), prepared.isInsert(), prepared.stmtFields());
    }

    @Override
    public boolean isInsert() {
        return insert;
    }

    @Override
    public List<BindField> fields() {
        return fields;
    }

    @Override
    public long execute(List<BoundTable> tables, long reqId) {
        bind(tables, reqId);
        return exec();
    }

    /** Sends a batch's values; the server writes nothing before {@link #exec()}. */
    void bind(List<BoundTable> tables, long reqId) {
        frame = BinaryRequests.stmt2Bind(reqId, stmtId, tables, frame);
        JsonReply bound = connection.exchangeBinary(reqId, frame, BinaryAction.STMT2_BIND.actionName());
        check(bound, sql);
    }

    /** Writes the bound batch; the rows written. */
    long exec() {
        JsonReply executed = connection.exchange(new JsonRequest.Stmt2Exec(connection.nextReqId(), stmtId));
        check(executed, sql);
        return executed.affected();
    }

    /** The session the statement was prepared in: the server forgets the statement when its socket goes. */
    WsConnection connection() {
        return connection;
    }

    private static void check(JsonReply reply, String sql) {
        if (!reply.ok()) {
            throw failure(reply, sql);
        }
    }

    private static TaosException failure(JsonReply reply, String sql) {
        return ErrorCodes.exception(Operation.STATEMENT, reply.code(), reply.message(), reply.reqId(), sql, null);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        connection.sendAndForget(new JsonRequest.Stmt2Close(connection.nextReqId(), stmtId));
    }
}
