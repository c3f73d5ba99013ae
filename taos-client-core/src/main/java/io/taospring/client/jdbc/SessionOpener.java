package io.taospring.client.jdbc;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosSession;

/** Opens the session behind one JDBC connection; tests give the driver a fake one. */
@FunctionalInterface
interface SessionOpener {

    /** The real opener: a client of its own per connection, closed with the session. */
    SessionOpener CLIENT_PER_CONNECTION = config -> {
        TaosClient client = TaosClient.create(config);
        try {
            return new Opened(client.openSession(), client::close);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    };

    /**
     * Opens a session for {@code config}.
     *
     * @throws io.taospring.client.error.TaosException when the server cannot be reached or refuses the user
     */
    Opened open(TaosConfig config);

    /**
     * An open session and what to release after it is closed.
     *
     * @param session the session
     * @param release run once after the session is closed (closes the client that owns the session)
     */
    record Opened(TaosSession session, Runnable release) {
    }
}
