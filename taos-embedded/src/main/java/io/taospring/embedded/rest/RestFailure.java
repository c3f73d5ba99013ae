package io.taospring.embedded.rest;

import io.netty.handler.codec.http.HttpResponseStatus;

/** A request rejected before it reached the engine: an HTTP status with the adapter's code and text (rest.md 2, 4). */
final class RestFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** No Authorization header. */
    static final int NO_AUTH_INFO = 0x1105;
    /** Zero-byte body. */
    static final int REQUEST_EMPTY = 0x1106;
    /** Body of whitespace only. */
    static final int NO_SQL = 0x1107;
    /** An Authorization scheme other than Basic or Taosd. */
    static final int INVALID_AUTH_TYPE = 0x1122;
    /** A Basic payload that does not decode to user:password. */
    static final int INVALID_BASIC_AUTH = 0x1124;
    /** Adapter-internal failures (bad parameters). */
    static final int INTERNAL = 0xFFFF;

    private final transient HttpResponseStatus status;
    private final int code;

    RestFailure(HttpResponseStatus status, int code, String desc) {
        super(desc, null, false, false);
        this.status = status;
        this.code = code;
    }

    HttpResponseStatus status() {
        return status;
    }

    int code() {
        return code;
    }
}
