package io.taospring.client.jdbc;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.OperationalError;
import io.taospring.client.error.ProgrammingError;
import io.taospring.client.error.ResultError;
import io.taospring.client.error.TaosException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;

/**
 * The one table from this client's errors to JDBC's: the error code is the server's {@code errno()} (as in
 * the official driver), the SQLState and the {@link SQLException} subclass follow the error's category
 * and code, and the {@link TaosException} is the cause.
 */
final class SqlExceptions {

    /** SQLState of a failure to open a connection. */
    static final String CONNECTION_REJECTED = "08001";
    /** SQLState of a use of a closed connection. */
    static final String CONNECTION_CLOSED = "08003";
    /** SQLState of a lost connection. */
    static final String CONNECTION_FAILURE = "08006";
    /** SQLState of a timed-out or cancelled statement. */
    static final String TIMEOUT = "HY008";
    /** SQLState of an unsupported feature. */
    static final String FEATURE_NOT_SUPPORTED = "0A000";
    /** SQLState of a closed statement or result set, or a call out of order. */
    static final String INVALID_STATE = "HY010";
    /** SQLState of a bad column or parameter index. */
    static final String INVALID_INDEX = "07009";
    /** SQLState of a general error. */
    static final String GENERAL = "HY000";

    private SqlExceptions() {
    }

    /** The JDBC exception for {@code e}. */
    static SQLException of(TaosException e) {
        int errno = e.errno();
        String message = e.getMessage();
        if (e instanceof ConnectionError) {
            return connection(e, errno, message);
        }
        if (e instanceof ProgrammingError) {
            return programming(e, errno, message);
        }
        if (e instanceof OperationalError) {
            return operational(e, errno, message);
        }
        if (e instanceof ResultError) {
            return errno == ErrorCodes.CONVERSION ? new SQLDataException(message, "22018", errno, e)
                    : new SQLNonTransientException(message, INVALID_STATE, errno, e);
        }
        if (e instanceof InterfaceError) {
            return errno == ErrorCodes.UNSUPPORTED
                    ? new SQLFeatureNotSupportedException(message, FEATURE_NOT_SUPPORTED, errno, e)
                    : new SQLNonTransientException(message, GENERAL, errno, e);
        }
        return new SQLException(message, GENERAL, errno, e);
    }

    private static SQLException connection(TaosException e, int errno, String message) {
        if (errno == ErrorCodes.AUTHENTICATION_FAILURE || errno == ErrorCodes.INVALID_USER
                || errno == 0x0003 || errno == 0x0207 || errno == 0x0208) {
            return new SQLInvalidAuthorizationSpecException(message, "28000", errno, e);
        }
        String state = errno == ErrorCodes.CONNECTION_CLOSED ? CONNECTION_CLOSED
                : errno == ErrorCodes.UNABLE_TO_CONNECT || errno == ErrorCodes.CONNECT_TIMEOUT ? CONNECTION_REJECTED
                : CONNECTION_FAILURE;
        return new SQLNonTransientConnectionException(message, state, errno, e);
    }

    private static SQLException programming(TaosException e, int errno, String message) {
        if (errno == ErrorCodes.PARAMETER_MISMATCH) {
            return new SQLException(message, "07001", errno, e);
        }
        if (errno == ErrorCodes.INVALID_PARAMETER_VALUE) {
            return new SQLDataException(message, "22023", errno, e);
        }
        String state = errno == ErrorCodes.TABLE_NOT_EXIST || errno == 0x0362 ? "42S02" : "42000";
        return new SQLSyntaxErrorException(message, state, errno, e);
    }

    private static SQLException operational(TaosException e, int errno, String message) {
        if (errno == ErrorCodes.REQUEST_TIMEOUT || errno == 0x0019 || errno == 0x073B) {
            return new SQLTimeoutException(message, TIMEOUT, errno, e);
        }
        if (errno == 0x020F || errno == 0x022D) {
            return new SQLTransientException(message, TIMEOUT, errno, e);
        }
        if (errno == 0x0303 || errno == 0x2644) {
            return new SQLInvalidAuthorizationSpecException(message, "42501", errno, e);
        }
        return new SQLTransientException(message, GENERAL, errno, e);
    }

    /** The failure of a call TDengine or this driver cannot honour. */
    static SQLFeatureNotSupportedException unsupported(String message) {
        return new SQLFeatureNotSupportedException(message, FEATURE_NOT_SUPPORTED, ErrorCodes.UNSUPPORTED);
    }

    /** The failure of a call on a closed object ({@code what}: "connection", "statement", "result set"). */
    static SQLException closed(String what) {
        if (what.equals("connection")) {
            return new SQLNonTransientConnectionException("the connection is closed", CONNECTION_CLOSED,
                    ErrorCodes.CONNECTION_CLOSED);
        }
        return new SQLNonTransientException("the " + what + " is closed", INVALID_STATE,
                what.equals("result set") ? ErrorCodes.RESULT_CLOSED : 0x2304);
    }

    /** The failure of an index outside {@code 1..count}. */
    static SQLException badIndex(String what, int index, int count) {
        return new SQLNonTransientException(what + " index " + index + " is outside 1.." + count, INVALID_INDEX,
                0x230D);
    }

    /** The failure that every transaction call raises: TDengine has none. */
    static SQLFeatureNotSupportedException noTransactions(String call) {
        return unsupported(call + " is not supported: TDengine has no transactions; every statement is "
                + "committed on its own (auto-commit). Remove @Transactional or the manual commit/rollback: they "
                + "would promise an atomicity TDengine does not give");
    }
}
