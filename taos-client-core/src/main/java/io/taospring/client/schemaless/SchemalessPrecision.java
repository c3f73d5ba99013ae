package io.taospring.client.schemaless;

import java.util.concurrent.TimeUnit;

/**
 * The unit of line-protocol timestamps in a write. TDengine converts them to the database's precision.
 * Telnet and JSON ignore it: their timestamps carry their unit (10 digits seconds, 13 digits milliseconds).
 */
public enum SchemalessPrecision {
    /** Not configured: line-protocol timestamps are read as nanoseconds. */
    NOT_CONFIGURED("", TimeUnit.NANOSECONDS),
    /** Hours. */
    HOURS("h", TimeUnit.HOURS),
    /** Minutes. */
    MINUTES("m", TimeUnit.MINUTES),
    /** Seconds. */
    SECONDS("s", TimeUnit.SECONDS),
    /** Milliseconds. */
    MILLISECONDS("ms", TimeUnit.MILLISECONDS),
    /** Microseconds (sent as {@code "u"}, as the server expects; {@code "us"} would mean not configured). */
    MICROSECONDS("u", TimeUnit.MICROSECONDS),
    /** Nanoseconds. */
    NANOSECONDS("ns", TimeUnit.NANOSECONDS);

    private final String wireName;
    private final TimeUnit unit;

    SchemalessPrecision(String wireName, TimeUnit unit) {
        this.wireName = wireName;
        this.unit = unit;
    }

    /** The {@code precision} argument of the {@code insert} action and of the HTTP endpoints. */
    public String wireName() {
        return wireName;
    }

    /** The unit the server reads line-protocol timestamps in. */
    public TimeUnit unit() {
        return unit;
    }
}
