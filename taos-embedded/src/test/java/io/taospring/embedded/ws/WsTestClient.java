package io.taospring.embedded.ws;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A JDK WebSocket client that queues whole messages: text as {@link String}, binary as {@code byte[]}. */
final class WsTestClient implements AutoCloseable {

    private final BlockingQueue<Object> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    WsTestClient(String url) {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url), new Collector()).join();
    }

    void sendText(String json) {
        socket.sendText(json, true).join();
    }

    void sendBinary(byte[] frame) {
        socket.sendBinary(ByteBuffer.wrap(frame), true).join();
    }

    /** The next message, failing after 10 s. */
    Object next() throws InterruptedException {
        Object message = messages.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message within 10 s");
        }
        return message;
    }

    String nextText() throws InterruptedException {
        return (String) next();
    }

    byte[] nextBinary() throws InterruptedException {
        return (byte[]) next();
    }

    /** The next message if one arrives within {@code millis}, else null. */
    Object poll(long millis) throws InterruptedException {
        return messages.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "Normal close").join();
    }

    /** A binary request: 24-byte header then the payload. */
    static byte[] binary(long reqId, long resourceId, long action, byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(24 + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putLong(reqId).putLong(resourceId).putLong(action).put(payload);
        return frame.array();
    }

    static byte[] binaryQuery(long reqId, String sql) {
        byte[] text = sql.getBytes(StandardCharsets.UTF_8);
        ByteBuffer payload = ByteBuffer.allocate(6 + text.length).order(ByteOrder.LITTLE_ENDIAN);
        payload.putShort((short) 1).putInt(text.length).put(text);
        return binary(reqId, 0, 6, payload.array());
    }

    static byte[] fetchRawBlock(long reqId, long resultId) {
        return binary(reqId, resultId, 7, new byte[] {1, 0});
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                messages.add(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] chunk = new byte[data.remaining()];
            data.get(chunk);
            bytes.writeBytes(chunk);
            if (last) {
                messages.add(bytes.toByteArray());
                bytes.reset();
            }
            webSocket.request(1);
            return null;
        }
    }
}
