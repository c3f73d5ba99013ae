package io.taospring.client.fault;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Holds a loopback port while its server is down: accepts each connection and closes it at once. */
final class PortPlaceholder implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread acceptor;

    private PortPlaceholder(ServerSocket socket) {
        this.socket = socket;
        this.acceptor = new Thread(this::refuseAll, "port-placeholder-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Binds {@code port} (just freed by a server) and holds it until {@link #close}. */
    static PortPlaceholder hold(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return new PortPlaceholder(socket);
        } catch (IOException e) {
            throw new IllegalStateException("cannot hold port " + port + " while its server is down", e);
        }
    }

    private void refuseAll() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                connection.setSoLinger(true, 0);
            } catch (IOException e) {
                // closed: done
            }
        }
    }

    /**
     * Frees the port. Returns once the acceptor has left {@code accept}: the JDK closes a socket that a thread is
     * blocked on only when that thread returns, and a server binding the port before then would fail.
     */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
