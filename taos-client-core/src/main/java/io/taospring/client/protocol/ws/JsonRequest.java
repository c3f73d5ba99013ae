package io.taospring.client.protocol.ws;

/** A text request on {@code /ws}: {@code {"action": ..., "args": {...}}}. */
public sealed interface JsonRequest permits JsonRequest.Version, JsonRequest.Conn, JsonRequest.FreeResult,
        JsonRequest.Insert {

    /** The action name. */
    String action();

    /** The request id echoed in the reply. */
    long reqId();

    /**
     * {@code version}: asks for the server version.
     *
     * @param reqId the request id
     */
    record Version(long reqId) implements JsonRequest {
        @Override
        public String action() {
            return "version";
        }
    }

    /**
     * {@code conn}: authenticates and opens the session.
     *
     * @param reqId    the request id
     * @param user     the user
     * @param password the password (never logged)
     * @param db       the database to select, or null
     * @param tz       the IANA zone for the connection, or null
     * @param app      the application name, or null
     */
    record Conn(long reqId, String user, String password, String db, String tz, String app) implements JsonRequest {
        @Override
        public String action() {
            return "conn";
        }

        @Override
        public String toString() {
            return "Conn[reqId=" + reqId + ", user=" + user + ", password=****, db=" + db + ", tz=" + tz
                    + ", app=" + app + "]";
        }
    }

    /**
     * {@code free_result}: releases a result; the server sends no reply.
     *
     * @param reqId    the request id
     * @param resultId the result to free
     */
    record FreeResult(long reqId, long resultId) implements JsonRequest {
        @Override
        public String action() {
            return "free_result";
        }
    }

    /**
     * {@code insert}: a schemaless write ({@code protocol/ws-schemaless.md} section 1).
     *
     * @param reqId     the request id
     * @param protocol  1 line, 2 telnet, 3 JSON
     * @param precision {@code ""}, {@code h}, {@code m}, {@code s}, {@code ms}, {@code u} or {@code ns}
     * @param ttl       table TTL in days for auto-created tables, 0 for none
     * @param data      newline-separated lines or one JSON document
     */
    record Insert(long reqId, int protocol, String precision, int ttl, String data) implements JsonRequest {
        @Override
        public String action() {
            return "insert";
        }
    }
}
