package io.taospring.client.transport.ws;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A {@link WsChannel} on the JDK's {@code java.net.http.WebSocket}, kept only so that
 * {@link WsLibraryBenchmark} can measure it against the client's own channel.
 */
final class JdkWebSocketChannel implements WsChannel {

    private final WebSocket socket;

    private JdkWebSocketChannel(WebSocket socket) {
        this.socket = socket;
    }

    static JdkWebSocketChannel open(HttpClient http, URI uri, MessageSink sink) throws Exception {
        return new JdkWebSocketChannel(http.newWebSocketBuilder().buildAsync(uri, new Listener(sink))
                .get(10, TimeUnit.SECONDS));
    }

    @Override
    public synchronized void sendText(String text) {
        socket.sendText(text, true).join();
    }

    @Override
    public synchronized void sendBinary(ByteBuffer data) {
        // the JDK masks a long at a time in the buffer's byte order: send from a big-endian view
        socket.sendBinary(data.duplicate(), true).join();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static final class Listener implements WebSocket.Listener {
        private final MessageSink sink;
        private final StringBuilder text = new StringBuilder();
        private byte[] binary = new byte[64 << 10];
        private int length;

        Listener(MessageSink sink) {
            this.sink = sink;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                sink.onText(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            if (length + data.remaining() > binary.length) {
                binary = Arrays.copyOf(binary, Math.max(length + data.remaining(), binary.length * 2));
            }
            int n = data.remaining();
            data.get(binary, length, n);
            length += n;
            if (last) {
                sink.onBinary(Arrays.copyOf(binary, length));
                length = 0;
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            sink.onClosed("failed: " + error, error);
        }
    }
}
