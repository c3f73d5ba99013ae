package io.taospring.client.internal;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.transport.TransportConnection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Keeps closed sessions' connections open for the next session, so that a client shared by many threads
 * does not pay a handshake per session. Each connection serves one session at a time: taosAdapter keeps
 * a connection's current database and results per socket, and separate sockets let concurrent sessions
 * run in parallel on the server instead of queueing behind each other's blocks on one socket.
 */
final class ConnectionPool {

    private final Supplier<TransportConnection> connector;
    private final int maxIdle;
    private final Deque<TransportConnection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(Supplier<TransportConnection> connector, int maxIdle) {
        if (maxIdle < 0) {
            throw new IllegalArgumentException("maxIdle must not be negative: " + maxIdle);
        }
        this.connector = connector;
        this.maxIdle = maxIdle;
    }

    /** An idle live connection, or a new one. */
    TransportConnection acquire() {
        while (true) {
            TransportConnection candidate = pollIdle();
            if (candidate == null) {
                return connector.get();
            }
            if (!candidate.isClosed()) {
                return candidate;
            }
        }
    }

    private synchronized TransportConnection pollIdle() {
        if (closed) {
            throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "client is closed");
        }
        return idle.pollFirst();
    }

    /**
     * Takes a connection back from a closing session; closes it instead when it is broken, when its
     * session changed server-side state (a {@code USE}), or when enough connections are idle.
     */
    void release(TransportConnection connection, boolean reusable) {
        if (reusable && !connection.isClosed() && offer(connection)) {
            return;
        }
        connection.close();
    }

    private synchronized boolean offer(TransportConnection connection) {
        if (closed || idle.size() >= maxIdle) {
            return false;
        }
        idle.addFirst(connection);
        return true;
    }

    /** The number of idle connections. */
    synchronized int idleCount() {
        return idle.size();
    }

    /** Closes every idle connection; connections released later are closed too. */
    void close() {
        Deque<TransportConnection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(TransportConnection::close);
    }
}
