package io.taospring.client.protocol.ws;

/** The action codes of binary requests on {@code /ws} (ws-sql.md section 5). */
public enum BinaryAction {
    /** Run SQL (code 6); answered with a JSON {@code binary_query} reply. */
    BINARY_QUERY(6, "binary_query"),
    /** Fetch the next raw block of a result (code 7); answered with a binary frame. */
    FETCH_RAW_BLOCK(7, "fetch_raw_block"),
    /** Bind stmt2 parameters (code 9). */
    STMT2_BIND(9, "stmt2_bind");

    private final int code;
    private final String actionName;

    BinaryAction(int code, String actionName) {
        this.code = code;
        this.actionName = actionName;
    }

    /** The code in the request header at offset 16. */
    public int code() {
        return code;
    }

    /** The name the server echoes as {@code action} in JSON replies. */
    public String actionName() {
        return actionName;
    }
}
