package io.taospring.spring.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.Operation;
import io.taospring.client.error.TaosException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.TypeMismatchDataAccessException;
import org.springframework.jdbc.BadSqlGrammarException;

class TaosExceptionTranslatorTest {

    private final TaosExceptionTranslator translator = new TaosExceptionTranslator();

    private DataAccessException translateCode(int errno) {
        return translator.translate("test", "select 1", new SQLException("boom", null, errno));
    }

    private DataAccessException translateServerError(int errno) {
        TaosException cause = ErrorCodes.exception(Operation.QUERY, errno, "boom", 1, "select 1", null);
        return translator.translate("test", "select 1", new SQLException("boom", "HY000", errno, cause));
    }

    @Test
    void syntaxErrorsAndMissingTablesAreBadSqlGrammar() {
        assertThat(translateCode(ErrorCodes.SYNTAX_ERROR)).isInstanceOf(BadSqlGrammarException.class);
        assertThat(translateServerError(ErrorCodes.TABLE_NOT_EXIST)).isInstanceOf(BadSqlGrammarException.class);
        assertThat(translateServerError(ErrorCodes.DATABASE_NOT_EXIST)).isInstanceOf(BadSqlGrammarException.class);
    }

    @Test
    void connectionFailuresAreResourceFailures() {
        assertThat(translateCode(ErrorCodes.UNABLE_TO_CONNECT)).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(translateServerError(ErrorCodes.CONNECTION_CLOSED))
                .isInstanceOf(DataAccessResourceFailureException.class);
    }

    @Test
    void wrongCredentialsArePermissionDenied() {
        assertThat(translateCode(ErrorCodes.AUTHENTICATION_FAILURE))
                .isInstanceOf(PermissionDeniedDataAccessException.class);
        assertThat(translateCode(ErrorCodes.INVALID_BASIC_AUTH)).isInstanceOf(PermissionDeniedDataAccessException.class);
    }

    @Test
    void timeoutsAreQueryTimeouts() {
        assertThat(translateCode(ErrorCodes.REQUEST_TIMEOUT)).isInstanceOf(QueryTimeoutException.class);
    }

    @Test
    void conversionFailuresAreTypeMismatches() {
        assertThat(translateServerError(ErrorCodes.CONVERSION)).isInstanceOf(TypeMismatchDataAccessException.class);
    }

    @Test
    void wrongParameterCountsAreApiMisuse() {
        assertThat(translateCode(ErrorCodes.PARAMETER_MISMATCH)).isInstanceOf(InvalidDataAccessApiUsageException.class);
        assertThat(translateCode(ErrorCodes.UNSUPPORTED)).isInstanceOf(InvalidDataAccessApiUsageException.class);
    }

    @Test
    void vnodeErrorsAreTransient() {
        assertThat(translateCode(0x0700)).isInstanceOf(TransientDataAccessResourceException.class);
    }

    @Test
    void sessionApiErrorsTranslateByTheirClass() {
        DataAccessException translated = translator.translate("test", null,
                new ConnectionError(ErrorCodes.UNABLE_TO_CONNECT, "refused"));
        assertThat(translated).isInstanceOf(DataAccessResourceFailureException.class)
                .hasRootCauseInstanceOf(ConnectionError.class);
    }

    @Test
    void errorsWithoutACodeFallBackToSpringsTranslation() {
        assertThat(translator.translate("test", "select 1", new java.sql.SQLTransientConnectionException("pool empty")))
                .isInstanceOf(TransientDataAccessResourceException.class);
    }
}
