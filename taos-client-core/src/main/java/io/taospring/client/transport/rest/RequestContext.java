package io.taospring.client.transport.rest;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.Operation;
import io.taospring.client.error.TaosException;

/**
 * What one request is about, so that every error raised while sending it or reading its answer carries
 * the request id and the SQL.
 *
 * @param operation CONNECT for the statement run while opening a connection, QUERY otherwise
 * @param reqId     the request id sent as {@code req_id}
 * @param sql       the statement
 */
record RequestContext(Operation operation, long reqId, String sql) {

    /** The exception of the category {@code errno} maps to at this call site. */
    TaosException error(int errno, String message, Throwable cause) {
        return ErrorCodes.exception(operation, errno, message, reqId, sql, cause);
    }

    /** A response that does not follow the protocol. */
    TaosException malformed(String message, Throwable cause) {
        return error(ErrorCodes.MALFORMED_RESPONSE, "malformed REST response: " + message, cause);
    }
}
