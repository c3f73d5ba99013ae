package io.taospring.client.transport.ws;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.protocol.ws.WsJson;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * A fake {@link WsChannel}: records what the client sends and lets the test answer through the sink,
 * as the server's I/O thread would.
 */
final class ScriptedChannel implements WsChannel {

    final List<Object> sent = new CopyOnWriteArrayList<>();
    final WsJson json = new WsJson();
    private final MessageSink sink;
    private volatile BiConsumer<ScriptedChannel, Object> server = (channel, message) -> { };
    volatile boolean closed;

    ScriptedChannel(MessageSink sink) {
        this.sink = sink;
    }

    /** How the fake server answers each message (a String for text, a byte[] for binary). */
    ScriptedChannel answering(BiConsumer<ScriptedChannel, Object> server) {
        this.server = server;
        return this;
    }

    void replyText(String text) {
        sink.onText(text);
    }

    void replyBinary(byte[] frame) {
        sink.onBinary(frame);
    }

    /** The socket is lost: the sink hears of it, and later sends fail as a real socket's would. */
    void drop(String reason) {
        closed = true;
        sink.onClosed(reason, null);
    }

    private void requireOpen() {
        if (closed) {
            throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "WebSocket is closed");
        }
    }

    @Override
    public void sendText(String text) {
        requireOpen();
        sent.add(text);
        server.accept(this, text);
    }

    @Override
    public void sendBinary(ByteBuffer data) {
        requireOpen();
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        sent.add(bytes);
        server.accept(this, bytes);
    }

    @Override
    public void close() {
        closed = true;
    }
}
