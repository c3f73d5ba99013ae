package io.taospring.client.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosConfig;
import io.taospring.client.error.ProgrammingError;
import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcPreparedStatementTest {

    private final FakeSession session = new FakeSession(
            TaosConfig.builder().timezone(ZoneId.of("Asia/Shanghai")).build());
    private final JdbcConnection connection = new JdbcConnection(session, () -> { }, "jdbc:taos:ws://h");

    private String sent() {
        return session.sent.get(session.sent.size() - 1);
    }

    @Test
    void rendersEveryParameterAsOneLiteral() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setTimestamp(1, Timestamp.from(Instant.parse("2024-01-02T03:04:05.123456789Z")));
            statement.setInt(2, -7);
            statement.setLong(3, Long.MAX_VALUE);
            statement.setDouble(4, 0.1);
            statement.setBoolean(5, true);
            statement.setString(6, "it's");
            statement.setBytes(7, new byte[] {0x01, (byte) 0xAB});
            statement.setBigDecimal(8, new BigDecimal("12.50"));
            statement.executeUpdate();
        }
        assertThat(sent()).isEqualTo("INSERT INTO t VALUES ('2024-01-02T03:04:05.123456789Z', -7, "
                + Long.MAX_VALUE + ", 0.1, true, 'it\\'s', '\\x01ab', 12.50)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x'); DROP DATABASE power; --", "\\'); DROP TABLE t; --", "a\\", "?", "'", "`", "\"",
            "/* */", "line\nbreak"})
    void keepsHostileStringsInsideTheirLiteral(String hostile) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM t WHERE name = ? AND v = ?")) {
            statement.setString(1, hostile);
            statement.setInt(2, 1);
            statement.execute();
        }
        String sql = sent();
        String literal = sql.substring("SELECT * FROM t WHERE name = ".length(), sql.length() - " AND v = 1".length());
        assertThat(literal).startsWith("'").endsWith("'");
        assertThat(unquote(literal)).isEqualTo(hostile);
    }

    /** Reads a single-quoted literal as the server does: backslash escapes the next character. */
    private static String unquote(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c == '\\') {
                c = literal.charAt(++i);
            } else if (c == '\'') {
                throw new AssertionError("unescaped quote at " + i + " ends the literal early: " + literal);
            }
            out.append(c);
        }
        return out.toString();
    }

    @Test
    void bindsMultiRowInserts() throws SQLException {
        session.update("INSERT", 2);
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO t VALUES (?, ?), (?, ?)")) {
            statement.setLong(1, 1000);
            statement.setString(2, "a");
            statement.setLong(3, 2000);
            statement.setNull(4, Types.VARCHAR);
            assertThat(statement.executeUpdate()).isEqualTo(2);
            assertThat(statement.getParameterMetaData().getParameterCount()).isEqualTo(4);
        }
        assertThat(sent()).isEqualTo("INSERT INTO t VALUES (1000, 'a'), (2000, NULL)");
    }

    @Test
    void leavesPlaceholdersInQuotesAndCommentsAlone() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT '?' AS q, `?` FROM t WHERE v = ? -- ?")) {
            assertThat(statement.getParameterMetaData().getParameterCount()).isEqualTo(1);
            statement.setInt(1, 5);
            statement.execute();
        }
        assertThat(sent()).isEqualTo("SELECT '?' AS q, `?` FROM t WHERE v = 5 -- ?");
    }

    @Test
    void refusesToRunWithAnUnsetParameterAndForgetsParametersWhenCleared() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM t WHERE a = ? AND b = ?")) {
            statement.setInt(1, 1);
            assertThatThrownBy(statement::executeQuery).isInstanceOf(SQLException.class)
                    .hasMessageContaining("parameter 2").satisfies(e -> assertThat(((SQLException) e).getSQLState())
                            .isEqualTo("07001"));
            statement.setInt(2, 2);
            statement.clearParameters();
            assertThatThrownBy(statement::executeQuery).hasMessageContaining("parameter 1");
            assertThatThrownBy(() -> statement.setInt(3, 1)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("07009"));
        }
        assertThat(session.sent).isEmpty();
    }

    @Test
    void readsZonelessDateTimesInTheConnectionZone() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?)")) {
            statement.setObject(1, LocalDateTime.parse("2024-01-01T08:00:00"));
            statement.setObject(2, OffsetDateTime.parse("2024-01-01T08:00:00+02:00"));
            statement.setTimestamp(3, Timestamp.valueOf("2024-01-01 08:00:00"),
                    Calendar.getInstance(TimeZone.getTimeZone("UTC")));
            statement.setDate(4, java.sql.Date.valueOf("2024-01-01"));
            statement.executeUpdate();
        }
        assertThat(sent()).isEqualTo("INSERT INTO t VALUES ('2024-01-01T00:00:00.000000000Z', "
                + "'2024-01-01T06:00:00.000000000Z', '2024-01-01T08:00:00.000000000Z', '2023-12-31T16:00:00.000000000Z')");
    }

    @Test
    void convertsToTheTargetSqlType() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?)")) {
            statement.setObject(1, 1_700_000_000_000L, Types.TIMESTAMP);
            statement.setObject(2, 42, Types.VARCHAR);
            statement.setObject(3, "17", Types.INTEGER);
            statement.setObject(4, "true", Types.BOOLEAN);
            statement.setObject(5, 1.5, Types.DECIMAL, 2);
            statement.executeUpdate();
            assertThatThrownBy(() -> statement.setObject(1, "1.5", Types.BIGINT)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.setObject(1, new Object())).isInstanceOf(SQLException.class);
        }
        assertThat(sent()).isEqualTo("INSERT INTO t VALUES ('2023-11-14T22:13:20.000000000Z', '42', 17, true, 1.50)");
    }

    @Test
    void runsABatchRowByRowWithOneCountEach() throws SQLException {
        session.update("INSERT", 1);
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
            for (int i = 0; i < 3; i++) {
                statement.setLong(1, 1000 + i);
                statement.setInt(2, i);
                statement.addBatch();
            }
            assertThat(statement.executeBatch()).containsExactly(1, 1, 1);
        }
        assertThat(session.sent).containsExactly("INSERT INTO t VALUES (1000, 0)", "INSERT INTO t VALUES (1001, 1)",
                "INSERT INTO t VALUES (1002, 2)");
    }

    @Test
    void reportsTheCountsBeforeAFailingBatchRow() throws SQLException {
        session.update("INSERT", 1).answer("INSERT INTO t VALUES (2", () -> {
            throw new ProgrammingError(0x0216, "syntax error");
        });
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
            for (int i = 1; i <= 3; i++) {
                statement.setInt(1, i);
                statement.setInt(2, i);
                statement.addBatch();
            }
            assertThatThrownBy(statement::executeBatch).isInstanceOfSatisfying(BatchUpdateException.class,
                    e -> assertThat(e.getUpdateCounts()).containsExactly(1));
        }
    }

    @Test
    void refusesTheStatementMethodsThatTakeSql() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1")) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT 2")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.addBatch("SELECT 2")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void bindsStreamsAsWholeValues() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
            statement.setCharacterStream(1, new java.io.StringReader("text"));
            statement.setBinaryStream(2, new java.io.ByteArrayInputStream(new byte[] {1, 2}), 1);
            statement.executeUpdate();
        }
        assertThat(sent()).isEqualTo("INSERT INTO t VALUES ('text', '\\x01')");
    }

    @Test
    void writesUtcInstantsWhateverTheZone() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT ?")) {
            statement.setObject(1, Instant.EPOCH.atOffset(ZoneOffset.ofHours(5)));
            statement.execute();
        }
        assertThat(sent()).isEqualTo("SELECT '1970-01-01T00:00:00.000000000Z'");
    }
}
