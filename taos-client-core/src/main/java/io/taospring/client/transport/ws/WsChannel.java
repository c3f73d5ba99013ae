package io.taospring.client.transport.ws;

import java.nio.ByteBuffer;

/** A WebSocket that only moves whole messages: the narrow pipe under {@link WsConnection}. Sends are thread-safe. */
interface WsChannel {

    /** Sends one text message, returning once it is handed to the socket. */
    void sendText(String text);

    /** Sends one binary message, returning once it is handed to the socket. */
    void sendBinary(ByteBuffer data);

    /** Closes the socket (normal closure); idempotent. */
    void close();
}
