package io.taospring.client;

/** How the client reaches TDengine. */
public enum ConnectionType {
    /** WebSocket to taosAdapter ({@code ws://}, {@code wss://}); the recommended connection. */
    WEBSOCKET(6041),
    /** HTTP to taosAdapter's {@code /rest/sql} ({@code http://}, {@code https://}). */
    REST(6041),
    /** The native client library libtaos through JNA ({@code taos://}). */
    NATIVE(6030);

    private final int defaultPort;

    ConnectionType(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** The port used when a DSN names none: 6041 for taosAdapter, 6030 for taosd. */
    public int defaultPort() {
        return defaultPort;
    }
}
