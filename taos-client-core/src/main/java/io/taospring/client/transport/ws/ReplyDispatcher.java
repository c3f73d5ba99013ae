package io.taospring.client.transport.ws;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Requests and their replies over one socket, for both {@code /ws} and {@code /rest/tmq}: a request is
 * registered by req_id before it is sent, text replies are parsed and binary replies peeked for their
 * req_id on the I/O thread, and a lost socket fails every waiting caller at once. One dispatcher serves one
 * socket; a reconnect makes a new one, so nothing from the old socket can answer a request on the new.
 *
 * @param <T> the parsed text reply
 */
final class ReplyDispatcher<T> implements MessageSink {

    private final String endpoint;
    private final Function<String, T> parser;
    private final ToLongFunction<T> reqIdOf;
    private final ToLongFunction<byte[]> binaryReqId;
    private final PendingReplies pending = new PendingReplies();
    private volatile WsChannel channel;

    /**
     * A dispatcher for replies to {@code endpoint}.
     *
     * @param parser      parses a text reply, throwing {@link InterfaceError} when it cannot
     * @param reqIdOf     the req_id of a parsed reply
     * @param binaryReqId the req_id of a binary reply, or -1 for a frame that answers nothing
     */
    ReplyDispatcher(String endpoint, Function<String, T> parser, ToLongFunction<T> reqIdOf,
            ToLongFunction<byte[]> binaryReqId) {
        this.endpoint = endpoint;
        this.parser = parser;
        this.reqIdOf = reqIdOf;
        this.binaryReqId = binaryReqId;
    }

    /** Attaches the opened socket; a dispatcher that failed meanwhile closes it. */
    void attach(WsChannel opened) {
        this.channel = opened;
        if (pending.failed()) {
            opened.close();
        }
    }

    /** Sends a text request; the future completes with its reply. */
    CompletableFuture<Object> sendText(long reqId, String text) {
        CompletableFuture<Object> reply = pending.register(reqId);
        try {
            channel.sendText(text);
        } catch (RuntimeException e) {
            pending.forget(reqId);
            throw e;
        }
        return reply;
    }

    /** Sends a binary request; the future completes with its reply. */
    CompletableFuture<Object> sendBinary(long reqId, ByteBuffer data) {
        CompletableFuture<Object> reply = pending.register(reqId);
        try {
            channel.sendBinary(data);
        } catch (RuntimeException e) {
            pending.forget(reqId);
            throw e;
        }
        return reply;
    }

    /** Sends a text message that has no reply, or whose replies go to a stream. */
    void sendUnanswered(String text) {
        channel.sendText(text);
    }

    /** Sends a binary message that has no reply, or whose replies go to a stream. */
    void sendUnanswered(ByteBuffer data) {
        channel.sendBinary(data);
    }

    /** Waits for the reply of a request; see {@link PendingReplies#await}. */
    Object await(long reqId, CompletableFuture<Object> reply, Duration timeout, String sql) {
        return pending.await(reqId, reply, timeout, sql);
    }

    /** Opens a stream for every reply to {@code reqId}. */
    ReplyStream openStream(long reqId) {
        return pending.openStream(reqId);
    }

    /** Stops collecting a stream's replies. */
    void closeStream(ReplyStream stream) {
        pending.closeStream(stream);
    }

    @Override
    public void onText(String text) {
        T reply;
        try {
            reply = parser.apply(text);
        } catch (InterfaceError e) {
            fail("unreadable reply", e);
            return;
        }
        pending.complete(reqIdOf.applyAsLong(reply), reply);
    }

    @Override
    public void onBinary(byte[] frame) {
        long reqId = binaryReqId.applyAsLong(frame);
        if (reqId != -1) {
            pending.complete(reqId, frame);
        }
    }

    @Override
    public void onClosed(String reason, Throwable cause) {
        fail(reason, cause);
    }

    private void fail(String reason, Throwable cause) {
        close(new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "connection to " + endpoint + " lost: " + reason,
                0, null, cause));
    }

    /** Whether the socket is gone: lost, or closed by {@link #close}. */
    boolean isClosed() {
        return pending.failed();
    }

    /** Fails every waiter, now and later, with {@code cause} and closes the socket; idempotent. */
    void close(ConnectionError cause) {
        pending.failAll(cause);
        WsChannel current = channel;
        if (current != null) {
            current.close();
        }
    }
}
