package io.taospring.spring.support;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCategory;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.OperationalError;
import io.taospring.client.error.ProgrammingError;
import io.taospring.client.error.ResultError;
import io.taospring.client.error.SchemalessError;
import io.taospring.client.error.StatementError;
import io.taospring.client.error.TaosException;
import io.taospring.client.error.TmqError;

/** The TDengine error codes the translator singles out within a category. */
final class TaosErrors {

    /** Authentication failures: wrong user or password, bad token, missing credentials. */
    private static final int[] AUTHENTICATION = {ErrorCodes.AUTHENTICATION_FAILURE, ErrorCodes.INVALID_USER,
        ErrorCodes.INVALID_BASIC_AUTH, ErrorCodes.NO_AUTH_INFO, 0x0003, 0x0207, 0x0208};
    /** Server and client timeouts. */
    private static final int[] TIMEOUT = {ErrorCodes.REQUEST_TIMEOUT, ErrorCodes.CONNECT_TIMEOUT, 0x0019, 0x073B};
    /** Missing privileges. */
    private static final int[] PERMISSION = {0x0303, 0x2644};

    private TaosErrors() {
    }

    static boolean isAuthentication(int errno) {
        return contains(AUTHENTICATION, errno);
    }

    static boolean isTimeout(int errno) {
        return contains(TIMEOUT, errno);
    }

    static boolean isPermission(int errno) {
        return contains(PERMISSION, errno);
    }

    /** Wrong parameter count or an unbindable value: the caller's mistake, not the SQL's. */
    static boolean isParameterMisuse(int errno) {
        return errno == ErrorCodes.PARAMETER_MISMATCH || errno == ErrorCodes.INVALID_PARAMETER_VALUE;
    }

    /** The category an exception's class stands for. */
    static ErrorCategory categoryOf(TaosException e) {
        if (e instanceof ConnectionError) {
            return ErrorCategory.CONNECTION;
        }
        if (e instanceof InterfaceError) {
            return ErrorCategory.INTERFACE;
        }
        if (e instanceof ProgrammingError) {
            return ErrorCategory.PROGRAMMING;
        }
        if (e instanceof OperationalError) {
            return ErrorCategory.OPERATIONAL;
        }
        if (e instanceof ResultError) {
            return ErrorCategory.RESULT;
        }
        if (e instanceof StatementError) {
            return ErrorCategory.STATEMENT;
        }
        if (e instanceof SchemalessError) {
            return ErrorCategory.SCHEMALESS;
        }
        return e instanceof TmqError ? ErrorCategory.TMQ : ErrorCategory.DATABASE;
    }

    private static boolean contains(int[] codes, int errno) {
        for (int code : codes) {
            if (code == errno) {
                return true;
            }
        }
        return false;
    }
}
