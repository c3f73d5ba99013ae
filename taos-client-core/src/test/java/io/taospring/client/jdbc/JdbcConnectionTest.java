package io.taospring.client.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JdbcConnectionTest {

    private final FakeSession session = new FakeSession();
    private final AtomicInteger released = new AtomicInteger();
    private final JdbcConnection connection = new JdbcConnection(session, released::incrementAndGet, "jdbc:taos:ws://h");

    @Test
    void refusesToStartATransactionSayingTdengineHasNone() {
        assertThatThrownBy(() -> connection.setAutoCommit(false))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("TDengine has no transactions");
    }

    @Test
    void refusesCommitRollbackAndSavepoints() {
        assertThatThrownBy(connection::commit).isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(connection::rollback).isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(() -> connection.rollback(null)).isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(connection::setSavepoint).isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(() -> connection.setSavepoint("s")).isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(() -> connection.releaseSavepoint(null)).isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(() -> connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
    }

    @Test
    void acceptsWhatMatchesAutoCommitWithoutTransactions() throws SQLException {
        connection.setAutoCommit(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_NONE);
        connection.setReadOnly(true);
        assertThat(connection.getAutoCommit()).isTrue();
        assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_NONE);
        assertThat(connection.isReadOnly()).isTrue();
        assertThat(connection.getMetaData().supportsTransactions()).isFalse();
        assertThat((Object) connection.getWarnings()).isNull();
    }

    @Test
    void unwrapsToTheSessionForTdengineOnlyFeatures() throws SQLException {
        assertThat(connection.isWrapperFor(TaosSession.class)).isTrue();
        assertThat(connection.unwrap(TaosSession.class)).isSameAs(session);
        try (Statement statement = connection.createStatement()) {
            assertThat(statement.unwrap(TaosSession.class)).isSameAs(session);
        }
        assertThatThrownBy(() -> connection.unwrap(String.class)).isInstanceOf(SQLException.class);
    }

    @Test
    void closingClosesStatementsResultsTheSessionAndReleasesTheClientOnce() throws SQLException {
        session.rows("SELECT", MetadataTable.of("v:INT").add(1));
        Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery("SELECT v FROM t");
        connection.close();
        connection.close();
        assertThat(resultSet.isClosed()).isTrue();
        assertThat(statement.isClosed()).isTrue();
        assertThat(session.isClosed()).isTrue();
        assertThat(released).hasValue(1);
        assertThat(connection.isValid(1)).isFalse();
        assertThatThrownBy(connection::createStatement).isInstanceOf(SQLNonTransientConnectionException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08003"));
    }

    @Test
    void validatesWithACheapQuery() throws SQLException {
        session.rows("SELECT 1", MetadataTable.of("1:BIGINT").add(1L));
        assertThat(connection.isValid(2)).isTrue();
        assertThat(session.sent).containsExactly("SELECT 1");
    }

    @Test
    void reportsAFailingValidationAsInvalid() throws SQLException {
        session.answer("SELECT 1", () -> {
            throw new io.taospring.client.error.ConnectionError(0x0018, "Conn is broken");
        });
        assertThat(connection.isValid(0)).isFalse();
    }

    @Test
    void treatsDatabasesAsCatalogs() throws SQLException {
        session.rows("SELECT DATABASE()", MetadataTable.of("database()").add("power"));
        assertThat(connection.getCatalog()).isEqualTo("power");
        connection.setCatalog("my`db");
        assertThat(session.sent).contains("USE `my``db`");
        assertThat(connection.getSchema()).isNull();
    }

    @Test
    void refusesScrollableUpdatableResultsAndGeneratedKeys() {
        assertThatThrownBy(() -> connection.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE,
                ResultSet.CONCUR_READ_ONLY)).isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(() -> connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(() -> connection.prepareStatement("INSERT", Statement.RETURN_GENERATED_KEYS))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(() -> connection.prepareCall("call p()"))
                .isInstanceOf(SQLFeatureNotSupportedException.class);
    }
}
