package io.taospring.client.error;

/**
 * TDengine error numbers this client names, and the one table that maps any error number to its
 * category ({@code protocol/errors.md} section 4).
 *
 * <p>Numbers are the low 16 bits of TDengine's codes. Client-side failures reuse the official JDBC
 * driver's client codes ({@code 0x2301}-{@code 0x2391}) where one fits; failures it has no code for use
 * this client's own range {@code 0x23A0}-{@code 0x23AF}.
 */
public final class ErrorCodes {

    /** Unable to establish connection. */
    public static final int UNABLE_TO_CONNECT = 0x000B;
    /** Invalid parameters (bad API argument). */
    public static final int INVALID_PARAMETERS = 0x0118;
    /** Syntax error in an INSERT value. */
    public static final int INSERT_SYNTAX_ERROR = 0x0216;
    /** Invalid user (user does not exist). */
    public static final int INVALID_USER = 0x0351;
    /** Authentication failure (wrong password). */
    public static final int AUTHENTICATION_FAILURE = 0x0357;
    /** Database not exist. */
    public static final int DATABASE_NOT_EXIST = 0x0388;
    /** SQL syntax error. */
    public static final int SYNTAX_ERROR = 0x2600;
    /** Table does not exist. */
    public static final int TABLE_NOT_EXIST = 0x2603;
    /** REST: no auth info input. */
    public static final int NO_AUTH_INFO = 0x1105;
    /** REST: invalid basic Authorization. */
    public static final int INVALID_BASIC_AUTH = 0x1124;
    /** taosAdapter-internal failure. */
    public static final int ADAPTER_INTERNAL = 0xFFFF;

    /** Client: the number of bound values does not match the statement's placeholders. */
    public static final int PARAMETER_MISMATCH = 0x230D;
    /** Client: the connection or session is closed. */
    public static final int CONNECTION_CLOSED = 0x2301;
    /** Client: the operation is not supported. */
    public static final int UNSUPPORTED = 0x2302;
    /** Client: the result is closed. */
    public static final int RESULT_CLOSED = 0x2305;
    /** Client: a connection could not be established within the connect timeout. */
    public static final int CONNECT_TIMEOUT = 0x231D;
    /** Client: a request was not answered within the request timeout. */
    public static final int REQUEST_TIMEOUT = 0x231E;
    /** Client: the server answered with an HTTP error status or the HTTP exchange failed. */
    public static final int HTTP_FAILURE = 0x231F;
    /** Client: the server's version is too old. */
    public static final int VERSION_INCOMPATIBLE = 0x2321;
    /** Client: the resource has been freed. */
    public static final int RESOURCE_FREED = 0x2322;
    /** Client: an unknown error. */
    public static final int UNKNOWN = 0x2350;
    /** Client: a raw block is corrupt or truncated. */
    public static final int MALFORMED_BLOCK = 0x23A0;
    /** Client: a server response does not follow the protocol. */
    public static final int MALFORMED_RESPONSE = 0x23A1;
    /** Client: a DSN or configuration value is invalid. */
    public static final int INVALID_CONFIG = 0x23A2;
    /** Client: a value cannot be converted to the requested Java type. */
    public static final int CONVERSION = 0x23A3;
    /** Client: a bound value has a type or value that cannot be written as a SQL literal. */
    public static final int INVALID_PARAMETER_VALUE = 0x23A4;
    /** Client: a buffered schemaless writer is full and configured to fail rather than wait. */
    public static final int BUFFER_FULL = 0x23A5;

    private ErrorCodes() {
    }

    /** Creates the exception of the right category for an error number reported during {@code operation}. */
    public static TaosException exception(Operation operation, int errno, String message, long reqId, String sql,
            Throwable cause) {
        return categoryOf(operation, errno).create(errno, message, reqId, sql, cause);
    }

    /** Creates the exception of the right category for an error without request context. */
    public static TaosException exception(Operation operation, int errno, String message) {
        return exception(operation, errno, message, 0, null, null);
    }

    /** The category of an error number reported during {@code operation}: the call site first, then the code. */
    public static ErrorCategory categoryOf(Operation operation, int errno) {
        int code = errno & 0xFFFF;
        ErrorCategory byClient = clientCategory(code);
        if (byClient != null) {
            return byClient;
        }
        return switch (operation) {
            case STATEMENT -> ErrorCategory.STATEMENT;
            case SCHEMALESS -> ErrorCategory.SCHEMALESS;
            case TMQ -> ErrorCategory.TMQ;
            default -> serverCategory(code);
        };
    }

    /** Client-side failures keep their category whatever the call site. */
    private static ErrorCategory clientCategory(int code) {
        return switch (code) {
            case CONNECTION_CLOSED, CONNECT_TIMEOUT, HTTP_FAILURE -> ErrorCategory.CONNECTION;
            case REQUEST_TIMEOUT -> ErrorCategory.OPERATIONAL;
            case PARAMETER_MISMATCH, INVALID_PARAMETER_VALUE -> ErrorCategory.PROGRAMMING;
            case RESULT_CLOSED, RESOURCE_FREED, MALFORMED_BLOCK, CONVERSION -> ErrorCategory.RESULT;
            case UNSUPPORTED, VERSION_INCOMPATIBLE, UNKNOWN, MALFORMED_RESPONSE, INVALID_CONFIG,
                    INVALID_PARAMETERS -> ErrorCategory.INTERFACE;
            default -> null;
        };
    }

    private static ErrorCategory serverCategory(int code) {
        if (code >= 0x3000 && code <= 0x30FF || code == 0x021B) {
            return ErrorCategory.SCHEMALESS;
        }
        if (code >= 0x4000 && code <= 0x40FF || code >= 0x03E0 && code <= 0x03EF || code == 0x0A0D
                || code >= 0x2371 && code <= 0x237A) {
            return ErrorCategory.TMQ;
        }
        if (code == 0x022A || code == 0x022B) {
            return ErrorCategory.STATEMENT;
        }
        if (isConnection(code)) {
            return ErrorCategory.CONNECTION;
        }
        if (isProgramming(code)) {
            return ErrorCategory.PROGRAMMING;
        }
        if (isOperational(code)) {
            return ErrorCategory.OPERATIONAL;
        }
        return code == ADAPTER_INTERNAL || code >= 0x1100 && code <= 0x11FF
                ? ErrorCategory.INTERFACE : ErrorCategory.DATABASE;
    }

    private static boolean isConnection(int code) {
        return switch (code) {
            case 0x000B, 0x0003, 0x0013, 0x0015, 0x0018, 0x0020, 0x0021, 0x0023, 0x0207, 0x0208, 0x0213,
                    0x0351, 0x0357, 0x0358, 0x1105, 0x1122, 0x1123, 0x1124, 0x1125 -> true;
            default -> false;
        };
    }

    private static boolean isProgramming(int code) {
        return code >= 0x2600 && code <= 0x26FF && code != 0x2644
                || code >= 0x2800 && code <= 0x28FF
                || code >= 0x0350 && code <= 0x0356
                || code >= 0x0360 && code <= 0x03AF
                || switch (code) {
                    case 0x0100, 0x0216, 0x0219, 0x0224, 0x0603, 0x060B, 0x0618, 0x061D -> true;
                    default -> false;
                };
    }

    private static boolean isOperational(int code) {
        return code >= 0x0700 && code <= 0x09FF
                || switch (code) {
                    case 0x0019, 0x073B, 0x020F, 0x022D, 0x0303, 0x2644 -> true;
                    default -> false;
                };
    }
}
