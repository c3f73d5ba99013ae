package io.taospring.client.transport.ws;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.internal.TlsContexts;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * {@link WsChannel} over a plain (or TLS) socket, speaking RFC 6455 itself: one reader thread per socket
 * reassembles messages, and sends mask the payload chunk by chunk into one reused buffer, so a
 * multi-megabyte bind frame costs one pass over its bytes instead of the several copies and allocations of
 * the JDK's client.
 *
 * <p>A blocking socket write has no timeout of its own: a server that stops reading would hold a writer (and
 * every writer queued behind the send lock) forever. A watchdog task therefore checks, a few times per send
 * timeout, whether the send in progress started too long ago, and closes the socket if so; the blocked write
 * then fails with {@link ConnectionError}.
 */
final class SocketWsChannel implements WsChannel {

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int OP_CONTINUATION = 0;
    private static final int OP_TEXT = 1;
    private static final int OP_BINARY = 2;
    private static final int OP_CLOSE = 8;
    private static final int OP_PING = 9;
    private static final int CHUNK = 64 * 1024;
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final SecureRandom MASKS = new SecureRandom();

    /** The watchdog looks this many times per send timeout, so a stuck send ends within 1.25 timeouts. */
    private static final int CHECKS_PER_TIMEOUT = 4;
    private static final long MIN_CHECK_MILLIS = 10;

    private final Socket socket;
    private final OutputStream out;
    private final ReentrantLock sendLock = new ReentrantLock();
    private final byte[] chunk = new byte[CHUNK];
    private final byte[] header = new byte[14];
    private final Duration sendTimeout;
    /** When the send in progress started (System.nanoTime), or 0 when none is. */
    private volatile long sendStarted;
    private volatile boolean sendTimedOut;
    private volatile boolean closed;
    /** Set by {@link #close()}: the reader then ends without reporting a loss. */
    private volatile boolean closedLocally;
    private ScheduledFuture<?> watchdog;

    private final MessageSink sink;
    /** Whether the sink has been told the socket is gone: once, by whichever thread notices first. */
    private final AtomicBoolean lossReported = new AtomicBoolean();

    private SocketWsChannel(Socket socket, Duration sendTimeout, MessageSink sink) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.sendTimeout = sendTimeout;
        this.sink = sink;
    }

    /**
     * Connects to {@code uri} ({@code ws://} or {@code wss://}, TLS from the JVM's defaults), upgrades, and reads
     * messages into {@code sink}; a send not finished within {@code sendTimeout} closes the socket (checked on
     * {@code timers}).
     */
    static SocketWsChannel open(URI uri, Duration connectTimeout, Duration sendTimeout, Executor readers,
            ScheduledExecutorService timers, MessageSink sink) {
        return open(uri, connectTimeout, sendTimeout, (SSLSocketFactory) SSLSocketFactory.getDefault(), readers, timers,
                sink);
    }

    /** As {@link #open(URI, Duration, Duration, Executor, ScheduledExecutorService, MessageSink)}, with
     * {@code wss://} sockets from {@code tlsSockets}. */
    static SocketWsChannel open(URI uri, Duration connectTimeout, Duration sendTimeout, SSLSocketFactory tlsSockets,
            Executor readers, ScheduledExecutorService timers, MessageSink sink) {
        boolean tls = uri.getScheme().equalsIgnoreCase("wss");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(uri.getHost(), port), (int) connectTimeout.toMillis());
            socket.setTcpNoDelay(true);
            if (tls) {
                SSLSocket secure = (SSLSocket) tlsSockets.createSocket(socket, uri.getHost(), port, true);
                // a bare SSLSocket checks the certificate chain but not the host name: ask for HTTPS rules
                SSLParameters parameters = secure.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                secure.setSSLParameters(parameters);
                secure.startHandshake();
                socket = secure;
            }
            socket.setSoTimeout((int) connectTimeout.toMillis());
            InputStream in = new BufferedInputStream(socket.getInputStream(), CHUNK);
            upgrade(socket.getOutputStream(), in, uri);
            socket.setSoTimeout(0);
            SocketWsChannel channel = new SocketWsChannel(socket, sendTimeout, sink);
            long check = Math.max(MIN_CHECK_MILLIS, sendTimeout.toMillis() / CHECKS_PER_TIMEOUT);
            channel.watchdog = timers.scheduleWithFixedDelay(channel::checkSend, check, check, TimeUnit.MILLISECONDS);
            readers.execute(() -> channel.readLoop(new DataInputStream(in)));
            return channel;
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new ConnectionError(ErrorCodes.CONNECT_TIMEOUT, "WebSocket " + withoutQuery(uri)
                    + " not opened within " + connectTimeout, e);
        } catch (SSLException e) {
            closeQuietly(socket);
            throw new ConnectionError(ErrorCodes.UNABLE_TO_CONNECT, "TLS handshake with " + withoutQuery(uri)
                    + " failed: " + TlsContexts.explain(e, uri.getHost()), e);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new ConnectionError(ErrorCodes.UNABLE_TO_CONNECT, "cannot open WebSocket " + withoutQuery(uri)
                    + ": " + e, e);
        }
    }

    /** The address for messages: the query may hold a cloud token. */
    private static String withoutQuery(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** The opening handshake (RFC 6455 section 4.1): checks 101 and the accept hash. */
    private static void upgrade(OutputStream out, InputStream in, URI uri) throws IOException {
        byte[] nonce = new byte[16];
        MASKS.nextBytes(nonce);
        String key = Base64.getEncoder().encodeToString(nonce);
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + (uri.getPort() > 0 ? ":"
                + uri.getPort() : "") + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String response = readHead(in);
        String status = response.lines().findFirst().orElse("");
        if (!status.matches("HTTP/1\\.1 101\\b.*")) {
            throw new IOException("upgrade refused: " + status);
        }
        String expected = acceptHash(key);
        boolean accepted = response.lines().map(line -> line.toLowerCase(Locale.ROOT))
                .anyMatch(line -> line.startsWith("sec-websocket-accept:")
                        && line.substring(line.indexOf(':') + 1).trim().equals(expected.toLowerCase(Locale.ROOT)));
        if (!accepted) {
            throw new IOException("upgrade answered without the expected Sec-WebSocket-Accept");
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(256);
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed during the WebSocket upgrade");
            }
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
            if (head.size() > 16 * 1024) {
                throw new IOException("upgrade response head too long");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String acceptHash(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1")
                    .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JVM", e);
        }
    }

    @Override
    public void sendText(String text) {
        send(OP_TEXT, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void sendBinary(ByteBuffer data) {
        send(OP_BINARY, data.duplicate());
    }

    private void send(int opcode, ByteBuffer payload) {
        sendLock.lock();
        try {
            if (closed) {
                throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "WebSocket is closed");
            }
            timedWrite(opcode, payload);
        } catch (IOException e) {
            String why = sendTimedOut ? "WebSocket send not completed within " + sendTimeout
                    + " (the server is not reading); the connection is closed" : "WebSocket send failed: " + e;
            // tell the sink before the caller hears of it, so that the connection counts as lost when it does
            lost(why, e);
            throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, why, e);
        } finally {
            sendLock.unlock();
        }
    }

    /** Writes a frame under the watchdog's eye; the caller holds the send lock. */
    private void timedWrite(int opcode, ByteBuffer payload) throws IOException {
        sendStarted = System.nanoTime() | 1; // never 0, which means idle
        try {
            writeFrame(opcode, payload);
        } finally {
            sendStarted = 0;
        }
    }

    /** The watchdog's check: closes the socket under a send that has taken longer than the send timeout. */
    private void checkSend() {
        long started = sendStarted;
        if (started != 0 && System.nanoTime() - started > sendTimeout.toNanos()) {
            sendTimedOut = true;
            closeQuietly(socket);
        }
    }

    /** One final, masked frame; the payload is masked a chunk at a time into {@link #chunk}. */
    private void writeFrame(int opcode, ByteBuffer payload) throws IOException {
        int length = payload.remaining();
        int at = 0;
        header[at++] = (byte) (0x80 | opcode);
        if (length < 126) {
            header[at++] = (byte) (0x80 | length);
        } else if (length < 65536) {
            header[at++] = (byte) (0x80 | 126);
            header[at++] = (byte) (length >>> 8);
            header[at++] = (byte) length;
        } else {
            header[at++] = (byte) (0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                header[at++] = (byte) ((long) length >>> shift);
            }
        }
        int mask = MASKS.nextInt();
        for (int shift = 24; shift >= 0; shift -= 8) {
            header[at++] = (byte) (mask >>> shift);
        }
        out.write(header, 0, at);
        long mask64 = (mask & 0xFFFF_FFFFL) << 32 | (mask & 0xFFFF_FFFFL);
        while (payload.hasRemaining()) {
            int n = Math.min(CHUNK, payload.remaining());
            payload.get(chunk, 0, n);
            maskChunk(n, mask, mask64);
            out.write(chunk, 0, n);
        }
        out.flush();
    }

    /** XORs the key over the chunk; chunks are multiples of 4 bytes, so the key restarts at each one. */
    private void maskChunk(int n, int mask, long mask64) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            LONG_BE.set(chunk, i, (long) LONG_BE.get(chunk, i) ^ mask64);
        }
        for (; i < n; i++) {
            chunk[i] ^= (byte) (mask >>> (24 - 8 * (i & 3)));
        }
    }

    private void readLoop(DataInputStream in) {
        try {
            ByteArrayOutputStream fragments = new ByteArrayOutputStream();
            int messageOpcode = -1;
            while (true) {
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                boolean fin = (first & 0x80) != 0;
                int opcode = first & 0x0F;
                byte[] payload = readPayload(in, second);
                if (opcode >= OP_CLOSE) {
                    if (!control(opcode, payload)) {
                        return;
                    }
                    continue;
                }
                if (opcode != OP_CONTINUATION) {
                    messageOpcode = opcode;
                }
                if (fin && fragments.size() == 0) {
                    deliver(messageOpcode, payload, sink);
                } else {
                    fragments.write(payload);
                    if (fin) {
                        deliver(messageOpcode, fragments.toByteArray(), sink);
                        fragments.reset();
                    }
                }
            }
        } catch (IOException e) {
            lost(sendTimedOut ? "a send was not completed within " + sendTimeout : "connection failed: " + e, e);
        }
    }

    /** The socket failed (not closed by {@link #close()}): closes it and tells the sink, once. */
    private void lost(String why, Throwable cause) {
        closed = true;
        closeQuietly(socket);
        watchdog.cancel(false);
        if (!closedLocally && lossReported.compareAndSet(false, true)) {
            sink.onClosed(why, cause);
        }
    }

    private static byte[] readPayload(DataInputStream in, int second) throws IOException {
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw new IOException("frame of " + length + " bytes");
        }
        byte[] key = null;
        if ((second & 0x80) != 0) {
            key = new byte[4];
            in.readFully(key);
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        if (key != null) {
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= key[i & 3];
            }
        }
        return payload;
    }

    private static void deliver(int opcode, byte[] payload, MessageSink sink) {
        if (opcode == OP_TEXT) {
            sink.onText(new String(payload, StandardCharsets.UTF_8));
        } else if (opcode == OP_BINARY) {
            sink.onBinary(payload);
        }
    }

    /** Answers a ping, ends on a close; returns false when reading stops. */
    private boolean control(int opcode, byte[] payload) {
        if (opcode == OP_PING) {
            try {
                send(0xA, ByteBuffer.wrap(payload));
            } catch (ConnectionError e) {
                return false;
            }
            return true;
        }
        if (opcode != OP_CLOSE) {
            return true;
        }
        boolean wasOpen = !closedLocally;
        close();
        if (wasOpen && lossReported.compareAndSet(false, true)) {
            int code = payload.length >= 2 ? (payload[0] & 0xFF) << 8 | payload[1] & 0xFF : 1005;
            String reason = payload.length > 2 ? " " + new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8)
                    : "";
            sink.onClosed("closed by the server (" + code + reason + ")", null);
        }
        return false;
    }

    /**
     * Sends a close frame if no send is stuck, then closes the socket. Never waits for a blocked writer: it
     * closes the socket under it instead, which fails that write.
     */
    @Override
    public void close() {
        boolean locked = sendLock.tryLock();
        try {
            if (locked && !closed) {
                closed = true;
                timedWrite(OP_CLOSE, ByteBuffer.wrap(new byte[] {0x03, (byte) 0xE8}));
            }
        } catch (IOException e) {
            // the peer is gone already: closing the socket below is all that is left
        } finally {
            closed = true;
            closedLocally = true;
            if (locked) {
                sendLock.unlock();
            }
            closeQuietly(socket);
            if (watchdog != null) {
                watchdog.cancel(false);
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing more can be done for a socket that fails to close
        }
    }
}
