package io.taospring.client.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy in front of a server, for fault injection: it forwards bytes both ways on plain JDK
 * sockets (two pump threads per connection) and can, at chosen points, stall every connection (stop reading, so
 * that buffers fill and senders block), slow it down, half-close it towards the client, cut it (reset), cut it
 * after a number of bytes from the server, or refuse new connections.
 */
final class FaultProxy implements AutoCloseable {

    private static final int CHUNK = 16 * 1024;

    private final ServerSocket listener;
    private final int targetPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fault-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Object stallLock = new Object();
    private volatile boolean stalled;
    private volatile boolean refusing;
    private volatile long delayNanos;
    /** Bytes the server may still send before every connection is cut; negative: no limit. */
    private final AtomicLong serverBytesBeforeCut = new AtomicLong(-1);
    private volatile boolean closed;

    private FaultProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    /** A proxy on a free loopback port forwarding to {@code 127.0.0.1:targetPort}. */
    static FaultProxy to(int targetPort) {
        try {
            return new FaultProxy(targetPort);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the proxy's port", e);
        }
    }

    /** The port clients connect to. */
    int port() {
        return listener.getLocalPort();
    }

    /** Connections accepted so far (refused ones included). */
    int accepted() {
        return accepted.get();
    }

    /** Stops forwarding in both directions: what is in flight stays in the buffers until {@link #resume}. */
    void stall() {
        stalled = true;
    }

    /** Forwards again after {@link #stall}. */
    void resume() {
        synchronized (stallLock) {
            stalled = false;
            stallLock.notifyAll();
        }
    }

    /** Waits {@code perChunk} before forwarding each chunk of up to 16 KiB (zero: full speed). */
    void slowDown(Duration perChunk) {
        delayNanos = perChunk.toNanos();
    }

    /** Accepts new connections and closes them at once while {@code refuse} is true. */
    void refuseNewConnections(boolean refuse) {
        refusing = refuse;
    }

    /**
     * Resets every open connection (both sides see a reset or an end of stream). Only those open now: a client
     * reconnecting while the resets go on must not lose its new connection as well.
     */
    void cutAll() {
        List.copyOf(links).forEach(Link::reset);
    }

    /**
     * Ends every connection (an orderly close, so the client still reads what came before) once the server has
     * sent {@code bytes} more bytes through the proxy; negative: no limit.
     */
    void cutAfterServerBytes(long bytes) {
        serverBytesBeforeCut.set(bytes);
    }

    /** Ends the stream towards every client (they read end of stream) while still forwarding what they send. */
    void halfCloseTowardsClients() {
        List.copyOf(links).forEach(Link::halfCloseTowardsClient);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                accepted.incrementAndGet();
                if (refusing) {
                    client.close();
                    continue;
                }
                connect(client);
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException("proxy accept failed", e);
                }
            }
        }
    }

    private void connect(Socket client) throws IOException {
        Socket server = new Socket();
        try {
            server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 1_000);
        } catch (IOException e) {
            client.close(); // the server is down: the client sees its connection end
            return;
        }
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        Link link = new Link(client, server);
        links.add(link);
        threads.execute(() -> link.pump(client, server, false));
        threads.execute(() -> link.pump(server, client, true));
    }

    @Override
    public void close() {
        closed = true;
        resume();
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        links.forEach(Link::reset);
        threads.shutdownNow();
    }

    /** One proxied connection. */
    private final class Link {
        private final Socket client;
        private final Socket server;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pump(Socket from, Socket to, boolean fromServer) {
            byte[] buffer = new byte[CHUNK];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    awaitForwarding();
                    if (fromServer && exhausts(n)) {
                        end();
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
                to.shutdownOutput(); // pass the half-close on
            } catch (IOException e) {
                reset();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reset();
            }
        }

        private boolean exhausts(int n) {
            long left = serverBytesBeforeCut.get();
            if (left < 0) {
                return false;
            }
            serverBytesBeforeCut.set(left - n);
            return left - n < 0;
        }

        private void awaitForwarding() throws InterruptedException {
            synchronized (stallLock) {
                while (stalled && !closed) {
                    stallLock.wait();
                }
            }
            long delay = delayNanos;
            if (delay > 0) {
                Thread.sleep(delay / 1_000_000, (int) (delay % 1_000_000));
            }
        }

        void halfCloseTowardsClient() {
            try {
                client.shutdownOutput();
            } catch (IOException e) {
                reset();
            }
        }

        /**
         * Ends the stream towards the client after what it was sent; the rest of the server's output is dropped.
         * Nothing is closed yet: a close with unread input, or a reset caused by a write to a closed socket, would
         * make the client's kernel discard what the client has not read yet. The client closes once it has read
         * the end, and that close is passed on to the server.
         */
        void end() {
            try {
                client.shutdownOutput();
            } catch (IOException e) {
                reset();
            }
        }

        void reset() {
            links.remove(this);
            abort(client);
            abort(server);
        }

        private void abort(Socket socket) {
            try {
                socket.setSoLinger(true, 0); // a reset, not an orderly close
            } catch (SocketException e) {
                // already closed
            }
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
