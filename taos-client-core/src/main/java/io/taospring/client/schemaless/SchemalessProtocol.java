package io.taospring.client.schemaless;

/** The text formats a schemaless write accepts, with the wire code of the {@code insert} action. */
public enum SchemalessProtocol {
    /** InfluxDB line protocol: {@code measurement,tag=v field=1i 1700000000000}. */
    LINE(1),
    /** OpenTSDB telnet: {@code metric timestamp value tag=v}. */
    TELNET(2),
    /** OpenTSDB JSON: one object or an array of objects with metric, timestamp, value and tags. */
    JSON(3);

    private final int code;

    SchemalessProtocol(int code) {
        this.code = code;
    }

    /** The {@code protocol} argument of the WebSocket {@code insert} action. */
    public int code() {
        return code;
    }
}
