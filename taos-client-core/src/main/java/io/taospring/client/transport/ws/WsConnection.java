package io.taospring.client.transport.ws;

import io.taospring.client.TaosConfig;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.Operation;
import io.taospring.client.internal.ReqIdGenerator;
import io.taospring.client.protocol.ws.BinaryRequests;
import io.taospring.client.protocol.ws.FetchRawBlockReply;
import io.taospring.client.protocol.ws.JsonReply;
import io.taospring.client.protocol.ws.JsonRequest;
import io.taospring.client.protocol.ws.WsJson;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.client.schemaless.SchemalessProtocol;
import io.taospring.client.transport.QueryResponse;
import io.taospring.client.transport.TransportConnection;
import io.taospring.client.transport.TransportStatement;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;

/**
 * One WebSocket session on {@code /ws}: sends requests, matches replies to them by req_id, and fails every
 * waiting caller when the socket goes away.
 */
final class WsConnection implements TransportConnection {

    private final TaosConfig config;
    private final WsJson json;
    private final ReqIdGenerator reqIds;
    private final ReplyDispatcher<JsonReply> dispatcher;
    private String serverVersion;

    WsConnection(TaosConfig config, WsJson json, ReqIdGenerator reqIds, String endpoint) {
        this.config = config;
        this.json = json;
        this.reqIds = reqIds;
        this.dispatcher = new ReplyDispatcher<>(endpoint, json::parse, JsonReply::reqId,
                frame -> FetchRawBlockReply.isFetchRawBlock(frame) ? FetchRawBlockReply.peekReqId(frame) : -1);
    }

    /** Where the socket delivers its messages. */
    MessageSink sink() {
        return dispatcher;
    }

    /** Attaches the opened channel, then checks the server version and authenticates. */
    void start(WsChannel openedChannel) {
        dispatcher.attach(openedChannel);
        try {
            serverVersion = ServerVersion.requireSupported(exchange(new JsonRequest.Version(reqIds.next())).version());
            JsonReply conn = exchange(new JsonRequest.Conn(reqIds.next(), config.user(), config.password(),
                    config.database().orElse(null), config.timezone().map(ZoneId::getId).orElse(null),
                    config.applicationName().orElse(null)));
            if (!conn.ok()) {
                throw ErrorCodes.exception(Operation.CONNECT, conn.code(), conn.message(), conn.reqId(), null, null);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Sends a text request and waits for its JSON reply. */
    JsonReply exchange(JsonRequest request) {
        CompletableFuture<Object> reply = dispatcher.sendText(request.reqId(), json.render(request));
        return expectJson(dispatcher.await(request.reqId(), reply, config.requestTimeout(), null), request.action());
    }

    @Override
    public QueryResponse query(String sql, long reqId) {
        ByteBuffer request = BinaryRequests.binaryQuery(reqId, sql.getBytes(StandardCharsets.UTF_8));
        CompletableFuture<Object> future = dispatcher.sendBinary(reqId, request);
        JsonReply reply = expectJson(dispatcher.await(reqId, future, config.requestTimeout(), sql), "binary_query");
        if (!reply.ok()) {
            throw ErrorCodes.exception(Operation.QUERY, reply.code(), reply.message(), reqId, sql, null);
        }
        return WsQueryResponse.of(this, reply, sql);
    }

    /** Sends a binary request and waits for its JSON reply, which must carry {@code action}. */
    JsonReply exchangeBinary(long reqId, ByteBuffer request, String action) {
        CompletableFuture<Object> future = dispatcher.sendBinary(reqId, request);
        return expectJson(dispatcher.await(reqId, future, config.requestTimeout(), null), action);
    }

    /** Sends a text request whose reply nobody waits for; failures are irrelevant (the statement is gone). */
    void sendAndForget(JsonRequest request) {
        if (!isClosed()) {
            try {
                dispatcher.sendUnanswered(json.render(request));
            } catch (ConnectionError e) {
                // the connection is gone, and with it every statement it held on the server
            }
        }
    }

    /** The next request id of this connection. */
    long nextReqId() {
        return reqIds.next();
    }

    @Override
    public TransportStatement prepare(String sql, long reqId) {
        return WsStatement.prepare(this, sql, reqId);
    }

    @Override
    public long schemalessInsert(String data, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl,
            long reqId) {
        JsonReply reply = exchange(new JsonRequest.Insert(reqId, protocol.code(), precision.wireName(), ttl, data));
        if (!reply.ok()) {
            throw ErrorCodes.exception(Operation.SCHEMALESS, reply.code(), reply.message(), reqId, null, null);
        }
        return reply.affectedRows();
    }

    /** Opens the stream that collects the replies to a result's fetches, in arrival order. */
    ReplyStream openFetchStream() {
        return dispatcher.openStream(reqIds.next());
    }

    /** Sends one {@code fetch_raw_block} for a result; its reply arrives on {@code stream}. */
    void requestFetch(ReplyStream stream, long resultId) {
        dispatcher.sendUnanswered(BinaryRequests.fetchRawBlock(stream.reqId(), resultId));
    }

    /** Waits for the next fetch reply of a result. */
    FetchRawBlockReply nextFetchReply(ReplyStream stream, String sql) {
        Object reply = stream.take(config.requestTimeout(), sql);
        if (!(reply instanceof byte[] frame)) {
            throw new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, "expected a binary fetch_raw_block reply, got "
                    + reply, stream.reqId(), sql, null);
        }
        return FetchRawBlockReply.decode(frame);
    }

    /** Stops collecting fetch replies of a result. */
    void closeFetchStream(ReplyStream stream) {
        dispatcher.closeStream(stream);
    }

    /** Frees a result on the server; {@code free_result} has no reply. Failures are irrelevant once closing. */
    void freeResult(long resultId) {
        sendAndForget(new JsonRequest.FreeResult(reqIds.next(), resultId));
    }

    private static JsonReply expectJson(Object reply, String action) {
        if (reply instanceof JsonReply json && json.action().equals(action)) {
            return json;
        }
        throw new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, "expected a '" + action + "' reply, got " + reply);
    }

    @Override
    public String serverVersion() {
        return serverVersion;
    }

    @Override
    public boolean isClosed() {
        return dispatcher.isClosed();
    }

    @Override
    public void close() {
        dispatcher.close(new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "connection is closed"));
    }
}
