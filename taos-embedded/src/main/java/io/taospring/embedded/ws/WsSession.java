package io.taospring.embedded.ws;

import io.taospring.embedded.engine.QueryResult;
import io.taospring.embedded.engine.SessionContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The state of one WebSocket connection: the TDengine session once {@code conn} succeeded, and its open results. */
final class WsSession {

    private final Map<Long, OpenResult> results = new ConcurrentHashMap<>();
    private final AtomicLong lastResultId = new AtomicLong();
    private volatile SessionContext context;

    /** The session context, or null before a successful {@code conn}. */
    SessionContext context() {
        return context;
    }

    /** Installs the session of a successful {@code conn}; false when one is already installed. */
    synchronized boolean connect(SessionContext session) {
        if (context != null) {
            return false;
        }
        context = session;
        return true;
    }

    /** Registers a result under the next id (1, 2, 3, ...). */
    OpenResult open(QueryResult result) {
        OpenResult open = new OpenResult(lastResultId.incrementAndGet(), result);
        results.put(open.id(), open);
        return open;
    }

    /** The open result with this id, or null. */
    OpenResult result(long id) {
        return results.get(id);
    }

    /** Forgets a result (free_result, completion, error). */
    void free(long id) {
        results.remove(id);
    }

    /** Frees every result (the socket closed). */
    void close() {
        results.clear();
    }

    /** The number of open results. */
    int openResults() {
        return results.size();
    }
}
