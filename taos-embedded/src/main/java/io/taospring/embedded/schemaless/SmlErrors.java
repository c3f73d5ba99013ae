package io.taospring.embedded.schemaless;

import io.taospring.embedded.engine.EngineException;

/**
 * The errors of a schemaless write, with libtaos' codes. Messages follow {@code smlBuildInvalidDataMsg}:
 * {@code <reason>:<the data from the failing position on>}, cut at 511 bytes as libtaos' message buffer is.
 */
final class SmlErrors {

    /** TSDB_CODE_TSC_INVALID_VALUE: a field or tag value that cannot be read. */
    static final int INVALID_VALUE = 0x0203;
    /** TSDB_CODE_TSC_INVALID_COLUMN_LENGTH: a key that is empty or longer than 64 bytes. */
    static final int INVALID_COLUMN_LENGTH = 0x0204;
    /** TSDB_CODE_TSC_INVALID_JSON: malformed OpenTSDB JSON. */
    static final int INVALID_JSON = 0x0221;
    /** TSDB_CODE_TSC_INVALID_JSON_TYPE: an unknown type in a typed JSON value. */
    static final int INVALID_JSON_TYPE = 0x0222;
    /** TSDB_CODE_TSC_VALUE_OUT_OF_RANGE. */
    static final int OUT_OF_RANGE = 0x0224;
    /** TSDB_CODE_PAR_INVALID_VAR_COLUMN_LEN: a string longer than the type allows. */
    static final int VAR_COLUMN_LENGTH = 0x2617;
    /** TSDB_CODE_PAR_DUPLICATED_COLUMN. */
    static final int DUPLICATED_COLUMN = 0x263C;
    /** TSDB_CODE_SML_INVALID_PROTOCOL_TYPE. */
    static final int INVALID_PROTOCOL = 0x3000;
    /** TSDB_CODE_SML_INVALID_DATA. */
    static final int INVALID_DATA = 0x3002;
    /** TSDB_CODE_SML_NOT_SAME_TYPE: one key with two types in one request. */
    static final int NOT_SAME_TYPE = 0x3004;

    private static final int MESSAGE_BUFFER = 511;

    private SmlErrors() {
    }

    /** An error whose message quotes {@code data} from {@code position} on. */
    static EngineException at(int code, String reason, String data, int position) {
        StringBuilder message = new StringBuilder(reason);
        if (data != null && position >= 0 && position <= data.length()) {
            message.append(':');
            int room = Math.max(0, MESSAGE_BUFFER - message.length());
            message.append(data, position, Math.min(data.length(), position + room));
        }
        return new EngineException(code, message.toString());
    }

    /** {@link #INVALID_DATA} quoting the data from {@code position}. */
    static EngineException invalidData(String reason, String data, int position) {
        return at(INVALID_DATA, reason, data, position);
    }

    /** An error without a quote. */
    static EngineException of(int code, String message) {
        return new EngineException(code, message);
    }
}
