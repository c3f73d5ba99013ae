package io.taospring.client.protocol.ws;

/** A text request on {@code /ws}: {@code {"action": ..., "args": {...}}}. */
public sealed interface JsonRequest permits JsonRequest.Version, JsonRequest.Conn, JsonRequest.FreeResult,
        JsonRequest.Stmt2Init, JsonRequest.Stmt2Prepare, JsonRequest.Stmt2Exec, JsonRequest.Stmt2Close,
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
     * {@code stmt2_init}: allocates a statement (ws-stmt.md 2).
     *
     * @param reqId               the request id
     * @param singleStbInsert     whether every batch targets one super table
     * @param singleTableBindOnce whether each table is bound once per batch
     */
    record Stmt2Init(long reqId, boolean singleStbInsert, boolean singleTableBindOnce) implements JsonRequest {
        @Override
        public String action() {
            return "stmt2_init";
        }
    }

    /**
     * {@code stmt2_prepare}: parses the SQL and describes its placeholders (ws-stmt.md 3).
     *
     * @param reqId     the request id
     * @param stmtId    the statement
     * @param sql       the SQL with {@code ?} placeholders
     * @param getFields whether the reply lists the placeholders
     */
    record Stmt2Prepare(long reqId, long stmtId, String sql, boolean getFields) implements JsonRequest {
        @Override
        public String action() {
            return "stmt2_prepare";
        }
    }

    /**
     * {@code stmt2_exec}: executes the bound batch (ws-stmt.md 5).
     *
     * @param reqId  the request id
     * @param stmtId the statement
     */
    record Stmt2Exec(long reqId, long stmtId) implements JsonRequest {
        @Override
        public String action() {
            return "stmt2_exec";
        }
    }

    /**
     * {@code stmt2_close}: releases the statement (ws-stmt.md 7).
     *
     * @param reqId  the request id
     * @param stmtId the statement
     */
    record Stmt2Close(long reqId, long stmtId) implements JsonRequest {
        @Override
        public String action() {
            return "stmt2_close";
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
