package io.taospring.client.transport.ws;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.OperationalError;
import io.taospring.client.error.TaosException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Replies that share one req_id, in the order they arrive: the fetches of one result. The server
 * serialises fetches on a result, so arrival order is block order, whichever fetch request each reply
 * answers; taking replies in arrival order (not matching them to requests) keeps blocks in order.
 */
final class ReplyStream {

    /** TDengine's "Query terminated", used when a waiting caller is interrupted. */
    private static final int QUERY_TERMINATED = 0x020F;

    private final long reqId;
    private final BlockingQueue<Object> replies = new LinkedBlockingQueue<>();

    ReplyStream(long reqId) {
        this.reqId = reqId;
    }

    /** The req_id every request of this stream carries. */
    long reqId() {
        return reqId;
    }

    void offer(Object reply) {
        replies.add(reply);
    }

    void fail(TaosException cause) {
        replies.add(new Failure(cause));
    }

    /**
     * The next reply.
     *
     * @throws OperationalError when none arrives within {@code timeout}
     * @throws ConnectionError when the connection failed
     */
    Object take(Duration timeout, String sql) {
        Object reply;
        try {
            reply = replies.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationalError(QUERY_TERMINATED, "interrupted while waiting for the server", reqId, sql, e);
        }
        if (reply == null) {
            throw new OperationalError(ErrorCodes.REQUEST_TIMEOUT, "no reply from the server within " + timeout,
                    reqId, sql, null);
        }
        if (reply instanceof Failure failure) {
            replies.add(failure);
            throw new ConnectionError(failure.cause().errno(), failure.cause().serverMessage(), reqId, sql,
                    failure.cause());
        }
        return reply;
    }

    private record Failure(TaosException cause) {
    }
}
