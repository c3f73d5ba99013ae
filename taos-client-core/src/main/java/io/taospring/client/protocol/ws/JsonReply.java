package io.taospring.client.protocol.ws;

import io.taospring.client.stmt.BindField;
import java.util.List;

/**
 * A text reply on {@code /ws}: the common envelope (ws-sql.md section 3) plus the fields of the replies
 * to {@code version}, {@code conn} and {@code query}/{@code binary_query} (section 4). Fields an action
 * does not send hold their defaults (0, false, empty, null).
 *
 * @param action       the echoed action
 * @param reqId        the echoed request id
 * @param code         0, or the error code's low 16 bits
 * @param message      the error text, empty on success
 * @param timing       server time in nanoseconds
 * @param version      the server version ({@code version}, {@code conn})
 * @param resultId     the result id ({@code query}); 0 for none
 * @param isUpdate     whether the statement returned no result set
 * @param affectedRows rows written by the statement
 * @param fieldNames   column names
 * @param fieldTypes   column type ids
 * @param fieldLengths declared column lengths
 * @param fieldScales  decimal scales per column
 * @param precision    the result's timestamp precision code
 * @param stmtId       the statement id (stmt2 actions)
 * @param isInsert     whether a prepared statement is an INSERT ({@code stmt2_prepare})
 * @param stmtFields   the placeholders of a prepared statement ({@code stmt2_prepare})
 * @param affected     rows written by {@code stmt2_exec}
 */
public record JsonReply(String action, long reqId, int code, String message, long timing, String version,
        long resultId, boolean isUpdate, long affectedRows, List<String> fieldNames, List<Integer> fieldTypes,
        List<Integer> fieldLengths, List<Integer> fieldScales, int precision, long stmtId, boolean isInsert,
        List<BindField> stmtFields, long affected) {

    /** Copies the lists. */
    public JsonReply {
        fieldNames = List.copyOf(fieldNames);
        fieldTypes = List.copyOf(fieldTypes);
        fieldLengths = List.copyOf(fieldLengths);
        fieldScales = List.copyOf(fieldScales);
        stmtFields = List.copyOf(stmtFields);
    }

    /** Whether the reply reports success. */
    public boolean ok() {
        return code == 0;
    }
}
