package io.taospring.client.transport.ws;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link WsChannel} over the JDK's {@code java.net.http.WebSocket}: reassembles fragmented messages and
 * serialises sends (the JDK allows one outstanding send per socket).
 */
final class JdkWsChannel implements WsChannel {

    private final WebSocket socket;
    private final ReentrantLock sendLock = new ReentrantLock();
    private final Duration sendTimeout;

    private JdkWsChannel(WebSocket socket, Duration sendTimeout) {
        this.socket = socket;
        this.sendTimeout = sendTimeout;
    }

    /** Opens a socket to {@code uri}, delivering messages to {@code sink}. */
    static JdkWsChannel open(HttpClient http, URI uri, Duration connectTimeout, Duration sendTimeout, MessageSink sink) {
        Listener listener = new Listener(sink);
        try {
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(connectTimeout)
                    .buildAsync(uri, listener).get(connectTimeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            return new JdkWsChannel(socket, sendTimeout);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ConnectionError(ErrorCodes.UNABLE_TO_CONNECT,
                    "cannot open WebSocket " + uri + ": " + cause, cause);
        } catch (TimeoutException e) {
            throw new ConnectionError(ErrorCodes.CONNECT_TIMEOUT,
                    "WebSocket " + uri + " not opened within " + connectTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionError(ErrorCodes.UNABLE_TO_CONNECT, "interrupted while opening " + uri, e);
        }
    }

    @Override
    public void sendText(String text) {
        send(() -> socket.sendText(text, true));
    }

    @Override
    public void sendBinary(ByteBuffer data) {
        // The JDK's frame masker reads and writes the payload a long at a time in the buffer's byte order,
        // so a little-endian buffer leaves with every 8-byte group reversed; a duplicate is big-endian.
        ByteBuffer bigEndian = data.duplicate();
        send(() -> socket.sendBinary(bigEndian, true));
    }

    private void send(java.util.function.Supplier<CompletionStage<WebSocket>> operation) {
        sendLock.lock();
        try {
            operation.get().toCompletableFuture().get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "WebSocket send failed: " + e.getCause(),
                    e.getCause());
        } catch (TimeoutException e) {
            socket.abort();
            throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "WebSocket send blocked for " + sendTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "interrupted while sending", e);
        } catch (IllegalStateException e) {
            throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "WebSocket is closed", e);
        } finally {
            sendLock.unlock();
        }
    }

    @Override
    public void close() {
        if (socket.isOutputClosed()) {
            socket.abort();
            return;
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").whenComplete((ws, error) -> socket.abort());
    }

    /** Reassembles fragments; asks for one message at a time so a slow consumer applies back-pressure. */
    private static final class Listener implements WebSocket.Listener {
        private final MessageSink sink;
        private static final int KEPT_BUFFER = 1 << 20;

        private final StringBuilder text = new StringBuilder();
        // fragments of a binary message are gathered here and copied out once; reused between messages
        private byte[] binary = new byte[64 << 10];
        private int binaryLength;

        Listener(MessageSink sink) {
            this.sink = sink;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (last && text.length() == 0) {
                sink.onText(data.toString());
            } else {
                text.append(data);
                if (last) {
                    sink.onText(text.toString());
                    text.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            if (last && binaryLength == 0) {
                sink.onBinary(copy(data));
            } else {
                gather(data);
                if (last) {
                    sink.onBinary(Arrays.copyOf(binary, binaryLength));
                    binaryLength = 0;
                    if (binary.length > KEPT_BUFFER) {
                        binary = new byte[KEPT_BUFFER];
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        private void gather(ByteBuffer data) {
            int needed = binaryLength + data.remaining();
            if (needed > binary.length) {
                binary = Arrays.copyOf(binary, Math.max(needed, binary.length * 2));
            }
            int n = data.remaining();
            data.get(binary, binaryLength, n);
            binaryLength += n;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            sink.onClosed("closed by the server (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")", null);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            sink.onClosed("connection failed: " + error, error);
        }

        private static byte[] copy(ByteBuffer data) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            return bytes;
        }
    }
}
