package io.taospring.client.observation;

import io.taospring.client.ConnectionType;
import io.taospring.client.Endpoint;
import java.util.Objects;
import java.util.Optional;

/**
 * What a request is about to do.
 *
 * @param sql       the statement
 * @param reqId     the request id it is sent with
 * @param database  the session's current database, or null when none is selected
 * @param transport how the server is reached
 * @param endpoint  the server address
 */
public record RequestInfo(String sql, long reqId, String database, ConnectionType transport, Endpoint endpoint) {

    /** Checks the required parts. */
    public RequestInfo {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The session's current database, if one is selected. */
    public Optional<String> currentDatabase() {
        return Optional.ofNullable(database);
    }
}
