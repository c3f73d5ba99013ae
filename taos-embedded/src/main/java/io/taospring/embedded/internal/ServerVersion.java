package io.taospring.embedded.internal;

import io.taospring.embedded.engine.Engine;

/** The TDengine version the server reports; JDBC 3.7.9 refuses anything below 3.3.6.0 (ws-sql.md 4.1). */
public final class ServerVersion {

    /** The version string sent in {@code version} and {@code conn} replies: the engine's. */
    public static final String VERSION = Engine.SERVER_VERSION;

    private ServerVersion() {
    }
}
