package io.taospring.client.transport.ws;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.OperationalError;
import io.taospring.client.error.TaosException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Requests waiting for their reply, by req_id. Replies arrive on the I/O thread in any order; callers
 * wait with a timeout. Once failed (the socket closed), every waiter and every later registration fails
 * with the same cause, so nobody hangs.
 */
final class PendingReplies {

    /** TDengine's "Query terminated", used when a waiting caller is interrupted. */
    private static final int QUERY_TERMINATED = 0x020F;

    private final Map<Long, CompletableFuture<Object>> waiting = new ConcurrentHashMap<>();
    private final Map<Long, ReplyStream> streams = new ConcurrentHashMap<>();
    private volatile TaosException failure;

    /** Registers interest in the reply to {@code reqId}; must happen before the request is sent. */
    CompletableFuture<Object> register(long reqId) {
        CompletableFuture<Object> future = new CompletableFuture<>();
        if (waiting.putIfAbsent(reqId, future) != null) {
            throw new IllegalStateException("req_id " + reqId + " is already waiting for a reply");
        }
        TaosException failed = failure;
        if (failed != null) {
            waiting.remove(reqId);
            future.completeExceptionally(failed);
        }
        return future;
    }

    /** Opens a stream for the replies to every request sent with {@code reqId}, until {@link #closeStream}. */
    ReplyStream openStream(long reqId) {
        ReplyStream stream = new ReplyStream(reqId);
        if (streams.putIfAbsent(reqId, stream) != null) {
            throw new IllegalStateException("req_id " + reqId + " already has a reply stream");
        }
        TaosException failed = failure;
        if (failed != null) {
            stream.fail(failed);
        }
        return stream;
    }

    /** Stops collecting replies for a stream; later ones are dropped. */
    void closeStream(ReplyStream stream) {
        streams.remove(stream.reqId());
    }

    /** Hands a reply to its waiter or stream; returns false when nobody waits for {@code reqId} (a late reply). */
    boolean complete(long reqId, Object reply) {
        CompletableFuture<Object> future = waiting.remove(reqId);
        if (future != null) {
            return future.complete(reply);
        }
        ReplyStream stream = streams.get(reqId);
        if (stream != null) {
            stream.offer(reply);
        }
        return stream != null;
    }

    /** Stops waiting for {@code reqId}; a reply arriving later is dropped. */
    void forget(long reqId) {
        waiting.remove(reqId);
    }

    /** Fails every waiter, now and later, with {@code cause}; a later call keeps the first cause for later waiters. */
    void failAll(TaosException cause) {
        synchronized (this) {
            if (failure == null) {
                failure = cause;
            }
        }
        streams.values().forEach(stream -> stream.fail(cause));
        for (Long reqId : waiting.keySet()) {
            CompletableFuture<Object> future = waiting.remove(reqId);
            if (future != null) {
                future.completeExceptionally(cause);
            }
        }
    }

    /** Whether {@link #failAll} has been called. */
    boolean failed() {
        return failure != null;
    }

    /**
     * Waits for a reply.
     *
     * @throws OperationalError when none arrives within {@code timeout} (the request is forgotten)
     * @throws ConnectionError when the connection failed meanwhile
     */
    Object await(long reqId, CompletableFuture<Object> future, Duration timeout, String sql) {
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            forget(reqId);
            throw new OperationalError(ErrorCodes.REQUEST_TIMEOUT, "no reply from the server within " + timeout,
                    reqId, sql, e);
        } catch (InterruptedException e) {
            forget(reqId);
            Thread.currentThread().interrupt();
            throw new OperationalError(QUERY_TERMINATED, "interrupted while waiting for the server", reqId, sql, e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause(), reqId, sql);
        }
    }

    private static TaosException rethrow(Throwable cause, long reqId, String sql) {
        if (cause instanceof TaosException t) {
            // a fresh exception per caller: the shared cause stays chained, the caller's context is added
            return new ConnectionError(t.errno(), t.serverMessage(), reqId, sql, t);
        }
        return new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "request failed: " + cause, reqId, sql, cause);
    }
}
