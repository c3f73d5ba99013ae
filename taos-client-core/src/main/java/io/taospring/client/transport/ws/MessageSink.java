package io.taospring.client.transport.ws;

/** Receives whole messages from a {@link WsChannel}, on the channel's I/O thread. */
interface MessageSink {

    /** A complete text message. */
    void onText(String text);

    /** A complete binary message. */
    void onBinary(byte[] frame);

    /** The channel closed (cleanly when {@code cause} is null) and will deliver nothing more. */
    void onClosed(String reason, Throwable cause);
}
