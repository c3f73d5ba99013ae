package io.taospring.embedded.engine;

import java.util.Objects;

/** The per-connection state the engine needs: who is connected and the current database. */
public final class SessionContext {

    private final String user;
    private volatile String database;

    /** A session of {@code user} with {@code database} current (null for none). */
    public SessionContext(String user, String database) {
        this.user = Objects.requireNonNull(user, "user");
        this.database = database;
    }

    /** The connected user. */
    public String user() {
        return user;
    }

    /** The current database, or null. */
    public String database() {
        return database;
    }

    /** Makes {@code database} current (USE). */
    public void useDatabase(String database) {
        this.database = database;
    }
}
