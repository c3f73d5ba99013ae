package io.taospring.embedded.internal;

/** The TDengine version the server reports; JDBC 3.7.9 refuses anything below 3.3.6.0 (ws-sql.md 4.1). */
public final class ServerVersion {

    /** The version string sent in {@code version} and {@code conn} replies. */
    public static final String VERSION = "3.3.6.0";

    private ServerVersion() {
    }
}
