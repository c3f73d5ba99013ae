package io.taospring.client.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.error.ProgrammingError;
import java.sql.BatchUpdateException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class JdbcStatementTest {

    private final FakeSession session = new FakeSession();
    private final JdbcConnection connection = new JdbcConnection(session, () -> { }, "jdbc:taos:ws://h");

    @Test
    void executeTellsRowsFromCounts() throws SQLException {
        session.rows("SELECT", MetadataTable.of("v:INT").add(1)).update("INSERT", 3);
        try (Statement statement = connection.createStatement()) {
            assertThat(statement.execute("SELECT v FROM t")).isTrue();
            assertThat(statement.getUpdateCount()).isEqualTo(-1);
            assertThat(statement.getResultSet()).isNotNull();
            assertThat(statement.execute("INSERT INTO t VALUES (now, 1)")).isFalse();
            assertThat(statement.getUpdateCount()).isEqualTo(3);
            assertThat(statement.getResultSet()).isNull();
            assertThat(statement.getMoreResults()).isFalse();
            assertThat(statement.getUpdateCount()).isEqualTo(-1);
        }
    }

    @Test
    void refusesAQueryAsAnUpdateAndAnUpdateAsAQuery() throws SQLException {
        session.rows("SELECT", MetadataTable.of("v:INT").add(1));
        try (Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("SELECT v FROM t")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("executeQuery");
            assertThatThrownBy(() -> statement.executeQuery("CREATE DATABASE d")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("executeUpdate");
        }
    }

    @Test
    void runsABatchInOrderWithOneCountEach() throws SQLException {
        session.update("INSERT INTO a", 2).update("INSERT INTO b", 1);
        try (Statement statement = connection.createStatement()) {
            statement.addBatch("INSERT INTO a VALUES (1, 1) (2, 2)");
            statement.addBatch("INSERT INTO b VALUES (1, 1)");
            assertThat(statement.executeBatch()).containsExactly(2, 1);
            assertThat(statement.executeBatch()).isEmpty();
        }
    }

    @Test
    void stopsABatchAtTheFirstFailureReportingTheCountsBefore() throws SQLException {
        session.update("INSERT INTO a", 2).answer("INSERT INTO missing", () -> {
            throw new ProgrammingError(0x2603, "Table does not exist: missing");
        });
        try (Statement statement = connection.createStatement()) {
            statement.addBatch("INSERT INTO a VALUES (1, 1) (2, 2)");
            statement.addBatch("INSERT INTO missing VALUES (1, 1)");
            statement.addBatch("INSERT INTO a VALUES (3, 3)");
            assertThatThrownBy(statement::executeBatch).isInstanceOfSatisfying(BatchUpdateException.class, e -> {
                assertThat(e.getLargeUpdateCounts()).containsExactly(2);
                assertThat(e.getErrorCode()).isEqualTo(0x2603);
                assertThat(e.getCause()).isInstanceOf(SQLSyntaxErrorException.class);
            });
        }
        assertThat(session.sent).hasSize(2);
    }

    @Test
    void stopsAfterMaxRows() throws SQLException {
        session.rows("SELECT", MetadataTable.of("v:INT").add(1).add(2).add(3));
        try (Statement statement = connection.createStatement()) {
            statement.setMaxRows(2);
            statement.setFetchSize(1000);
            ResultSet resultSet = statement.executeQuery("SELECT v FROM t");
            assertThat(resultSet.next()).isTrue();
            assertThat(resultSet.next()).isTrue();
            assertThat(resultSet.next()).isFalse();
            assertThat(statement.getFetchSize()).isEqualTo(1000);
        }
    }

    @Test
    void closesTheStatementWithItsResultWhenAskedTo() throws SQLException {
        session.rows("SELECT", MetadataTable.of("v:INT").add(1));
        Statement statement = connection.createStatement();
        statement.closeOnCompletion();
        statement.executeQuery("SELECT v FROM t").close();
        assertThat(statement.isClosed()).isTrue();
    }

    @Test
    void failsAfterTheQueryTimeoutAndWaitsForTheAbandonedCallBeforeTheNext() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        session.answer("SELECT slow", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new BlockResult(MetadataTable.of("v:INT").add(1), java.time.ZoneOffset.UTC);
        });
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            assertThatThrownBy(() -> statement.executeQuery("SELECT slow"))
                    .isInstanceOfSatisfying(SQLTimeoutException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo("HY008"))
                    .hasMessageContaining("not cancel");
            release.countDown();
            assertThat(statement.executeUpdate("INSERT INTO t VALUES (1, 1)")).isZero();
        }
        assertThat(session.sent).containsExactly("SELECT slow", "INSERT INTO t VALUES (1, 1)");
    }

    @Test
    void cannotCancelBecauseTheProtocolsCannot() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            assertThatThrownBy(statement::cancel).isInstanceOf(SQLFeatureNotSupportedException.class);
        }
    }

    @Test
    void mapsServerErrorsWithTheirErrnoAndCause() throws SQLException {
        session.answer("SELEC", () -> {
            throw new ProgrammingError(0x2600, "syntax error near \"selec\"");
        });
        try (Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELEC 1"))
                    .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(0x2600);
                        assertThat(e.getSQLState()).isEqualTo("42000");
                        assertThat(e.getCause()).isInstanceOf(ProgrammingError.class);
                    });
        }
    }
}
