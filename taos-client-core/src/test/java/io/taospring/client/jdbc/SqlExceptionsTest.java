package io.taospring.client.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.DatabaseError;
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
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlExceptionsTest {

    static Stream<Arguments> mappings() {
        return Stream.of(
                Arguments.of(new ProgrammingError(0x2600, "syntax error"), SQLSyntaxErrorException.class, "42000"),
                Arguments.of(new ProgrammingError(0x2603, "Table does not exist"), SQLSyntaxErrorException.class,
                        "42S02"),
                Arguments.of(new ConnectionError(0x000B, "Unable to establish connection"),
                        SQLNonTransientConnectionException.class, "08001"),
                Arguments.of(new ConnectionError(0x0018, "Conn is broken"), SQLNonTransientConnectionException.class,
                        "08006"),
                Arguments.of(new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "closed"),
                        SQLNonTransientConnectionException.class, "08003"),
                Arguments.of(new ConnectionError(0x0357, "Authentication failure"),
                        SQLInvalidAuthorizationSpecException.class, "28000"),
                Arguments.of(new OperationalError(ErrorCodes.REQUEST_TIMEOUT, "timeout"), SQLTimeoutException.class,
                        "HY008"),
                Arguments.of(new ResultError(ErrorCodes.CONVERSION, "cannot read"), SQLDataException.class, "22018"),
                Arguments.of(new InterfaceError(ErrorCodes.UNSUPPORTED, "no"), SQLFeatureNotSupportedException.class,
                        "0A000"),
                Arguments.of(new ProgrammingError(ErrorCodes.PARAMETER_MISMATCH, "2 placeholders"),
                        SQLException.class, "07001"),
                Arguments.of(new DatabaseError(0x0503, "vnode error"), SQLException.class, "HY000"));
    }

    @ParameterizedTest
    @MethodSource("mappings")
    void mapsEachCategoryToItsJdbcClassAndStateKeepingErrnoAndCause(TaosException error,
            Class<? extends SQLException> type, String state) {
        SQLException mapped = SqlExceptions.of(error);
        assertThat((Throwable) mapped).isInstanceOf(type);
        assertThat(mapped.getSQLState()).isEqualTo(state);
        assertThat(mapped.getErrorCode()).isEqualTo(error.errno());
        assertThat(mapped.getCause()).isSameAs(error);
        assertThat(mapped.getMessage()).isEqualTo(error.getMessage());
    }
}
