package io.taospring.spring.support;

import io.taospring.client.error.ErrorCategory;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.Operation;
import io.taospring.client.error.TaosException;
import java.sql.SQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.TypeMismatchDataAccessException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.support.AbstractFallbackSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * Translates TDengine errors into Spring's {@link DataAccessException} hierarchy by error code: the
 * {@link TaosException} in the {@link SQLException}'s cause chain, or else the SQLException's error
 * code, which this client's driver sets to TDengine's {@code errno}. The code's category decides the
 * family (syntax and unknown tables to {@link BadSqlGrammarException}, connection failures to
 * {@link DataAccessResourceFailureException}, timeouts to {@link QueryTimeoutException}, ...); anything
 * else falls back to Spring's {@link SQLExceptionSubclassTranslator}.
 */
public class TaosExceptionTranslator extends AbstractFallbackSQLExceptionTranslator {

    /** A translator with Spring's subclass-based translator as the fallback. */
    public TaosExceptionTranslator() {
        setFallbackTranslator(new SQLExceptionSubclassTranslator());
    }

    /**
     * Translates an error raised by the session API (outside JDBC), e.g. in a
     * {@link io.taospring.spring.core.TaosSessionCallback}.
     */
    public DataAccessException translate(String task, String sql, TaosException ex) {
        SQLException wrapper = new SQLException(ex.getMessage(), null, ex.errno(), ex);
        DataAccessException translated = translate(task, sql, wrapper);
        return translated != null ? translated : new TransientDataAccessResourceException(ex.getMessage(), ex);
    }

    @Override
    protected DataAccessException doTranslate(String task, String sql, SQLException ex) {
        TaosException taos = taosCause(ex);
        int errno = taos != null ? taos.errno() : ex.getErrorCode();
        if (errno == 0) {
            return null;
        }
        ErrorCategory category = taos != null ? ErrorCategory.of(taos) : ErrorCodes.categoryOf(Operation.QUERY, errno);
        return translate(category, errno, buildMessage(task, sql, ex), sql, ex);
    }

    private static DataAccessException translate(ErrorCategory category, int errno, String message, String sql,
            SQLException ex) {
        return switch (category) {
            case CONNECTION -> TaosErrors.isAuthentication(errno) ? new PermissionDeniedDataAccessException(message, ex)
                    : new DataAccessResourceFailureException(message, ex);
            case PROGRAMMING -> TaosErrors.isParameterMisuse(errno) ? new InvalidDataAccessApiUsageException(message, ex)
                    : new BadSqlGrammarException("TDengine", sql == null ? "" : sql, ex);
            case OPERATIONAL -> operational(errno, message, ex);
            case RESULT -> errno == ErrorCodes.CONVERSION ? new TypeMismatchDataAccessException(message, ex)
                    : new InvalidDataAccessResourceUsageException(message, ex);
            case INTERFACE, STATEMENT -> new InvalidDataAccessApiUsageException(message, ex);
            case SCHEMALESS, TMQ -> new InvalidDataAccessResourceUsageException(message, ex);
            case DATABASE -> null;
        };
    }

    private static DataAccessException operational(int errno, String message, SQLException ex) {
        if (TaosErrors.isTimeout(errno)) {
            return new QueryTimeoutException(message, ex);
        }
        return TaosErrors.isPermission(errno) ? new PermissionDeniedDataAccessException(message, ex)
                : new TransientDataAccessResourceException(message, ex);
    }

    private static TaosException taosCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof TaosException taos) {
                return taos;
            }
        }
        return null;
    }
}
