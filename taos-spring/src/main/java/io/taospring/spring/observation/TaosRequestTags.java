package io.taospring.spring.observation;

import io.taospring.client.ConnectionType;
import io.taospring.client.error.TaosException;
import io.taospring.client.observation.RequestInfo;
import io.taospring.client.observation.RequestOutcome;
import java.util.Locale;
import java.util.Set;

/**
 * The tag keys and values of the instrumentation, following OpenTelemetry's database semantic
 * conventions where they define one. Every value is low-cardinality and never null, so that each meter
 * always carries the same keys.
 */
public final class TaosRequestTags {

    /** {@code db.system.name}: always {@value #SYSTEM}. */
    public static final String DB_SYSTEM_NAME = "db.system.name";
    /** {@code db.namespace}: the current database, {@value #NONE} when none is selected. */
    public static final String DB_NAMESPACE = "db.namespace";
    /** {@code db.operation.name}: the statement's first keyword ({@code SELECT}, {@code INSERT}, ...). */
    public static final String DB_OPERATION_NAME = "db.operation.name";
    /** {@code taos.transport}: {@code websocket} or {@code rest}. */
    public static final String TRANSPORT = "taos.transport";
    /** {@code outcome}: {@code SUCCESS} or {@code ERROR}. */
    public static final String OUTCOME = "outcome";
    /** {@code error.type}: TDengine's error code ({@code 0x2603}), the exception class, or {@value #NONE}. */
    public static final String ERROR_TYPE = "error.type";
    /** {@code server.address}: the server's host. */
    public static final String SERVER_ADDRESS = "server.address";
    /** {@code server.port}: the server's port. */
    public static final String SERVER_PORT = "server.port";
    /** {@code db.query.text} (high cardinality): the statement. */
    public static final String DB_QUERY_TEXT = "db.query.text";
    /** {@code taos.req_id} (high cardinality): the request id, in decimal as the server logs it. */
    public static final String REQ_ID = "taos.req_id";

    /** The value of {@link #DB_SYSTEM_NAME}. */
    public static final String SYSTEM = "tdengine";
    /** The value for an absent namespace or error. */
    public static final String NONE = "none";

    private static final Set<String> OPERATIONS = Set.of("SELECT", "INSERT", "CREATE", "DROP", "ALTER", "SHOW",
            "DESCRIBE", "DESC", "USE", "DELETE", "FLUSH", "COMPACT", "TRIM", "KILL", "GRANT", "REVOKE", "EXPLAIN",
            "BALANCE", "REDISTRIBUTE", "SPLIT", "RESET", "SUBSCRIBE", "SET");

    private TaosRequestTags() {
    }

    /** The namespace value of a request. */
    public static String namespace(RequestInfo request) {
        return request.currentDatabase().orElse(NONE);
    }

    /** The statement's first keyword in upper case, or {@code OTHER} for anything unrecognised. */
    public static String operation(String sql) {
        int start = 0;
        while (start < sql.length() && (Character.isWhitespace(sql.charAt(start)) || sql.charAt(start) == '(')) {
            start++;
        }
        int end = start;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        String keyword = sql.substring(start, end).toUpperCase(Locale.ROOT);
        return OPERATIONS.contains(keyword) ? keyword : "OTHER";
    }

    /** The transport value of a request. */
    public static String transport(ConnectionType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** The outcome value. */
    public static String outcome(RequestOutcome outcome) {
        return outcome.succeeded() ? "SUCCESS" : "ERROR";
    }

    /** The error type value: TDengine's code for its errors, the class name otherwise, or {@value #NONE}. */
    public static String errorType(RequestOutcome outcome) {
        return outcome.failure().map(e -> e instanceof TaosException taos ? taos.code() : e.getClass().getName())
                .orElse(NONE);
    }
}
