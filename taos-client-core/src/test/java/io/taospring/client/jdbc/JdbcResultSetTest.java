package io.taospring.client.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.Precision;
import io.taospring.client.TaosConfig;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcResultSetTest {

    private static final long NANOS = 1_704_067_200_123_456_789L; // 2024-01-01T00:00:00.123456789Z

    private final FakeSession session = new FakeSession(
            TaosConfig.builder().timezone(ZoneId.of("Asia/Shanghai")).build());
    private final JdbcConnection connection = new JdbcConnection(session, () -> { }, "jdbc:taos:ws://h");
    private Statement statement;

    @BeforeEach
    void rows() throws SQLException {
        session.rows("SELECT", MetadataTable.of("ts:TIMESTAMP", "i:INT", "u:UBIGINT", "d:DOUBLE", "name",
                        "b:VARBINARY", "ok:BOOL")
                .add(NANOS, 7, -1L, 2.5, "meter", new byte[] {1, 2}, true)
                .add(null, null, null, null, null, null, null), Precision.NANOSECONDS);
        statement = connection.createStatement();
    }

    private ResultSet first() throws SQLException {
        ResultSet resultSet = statement.executeQuery("SELECT * FROM t");
        assertThat(resultSet.next()).isTrue();
        return resultSet;
    }

    @Test
    void readsEveryTypeFromOneBasedColumns() throws SQLException {
        ResultSet rs = first();
        assertThat(rs.getInt(2)).isEqualTo(7);
        assertThat(rs.getLong("i")).isEqualTo(7);
        assertThat(rs.getString(2)).isEqualTo("7");
        assertThat(rs.getObject(3)).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(rs.getBigDecimal(3)).isEqualTo(new BigDecimal("18446744073709551615"));
        assertThat(rs.getDouble(4)).isEqualTo(2.5);
        assertThat(rs.getFloat(4)).isEqualTo(2.5f);
        assertThat(rs.getString("NAME")).isEqualTo("meter");
        assertThat(rs.getObject(5)).isEqualTo("meter");
        assertThat(rs.getBytes(6)).containsExactly(1, 2);
        assertThat(rs.getObject(6)).isEqualTo(new byte[] {1, 2});
        assertThat(rs.getBoolean(7)).isTrue();
        assertThat(rs.wasNull()).isFalse();
        assertThat(rs.findColumn("d")).isEqualTo(4);
    }

    @Test
    void keepsTheNanosecondsOfTimestamps() throws SQLException {
        ResultSet rs = first();
        Timestamp timestamp = rs.getTimestamp(1);
        assertThat(timestamp.toInstant()).isEqualTo(Instant.parse("2024-01-01T00:00:00.123456789Z"));
        assertThat(timestamp.getNanos()).isEqualTo(123_456_789);
        assertThat(rs.getObject(1)).isEqualTo(timestamp);
        assertThat(rs.getObject(1, Instant.class)).isEqualTo(timestamp.toInstant());
        assertThat(rs.getTimestamp(1, Calendar.getInstance(TimeZone.getTimeZone("UTC")))).isEqualTo(timestamp);
    }

    @Test
    void convertsTimestampsInTheConnectionZoneOrTheCalendarZone() throws SQLException {
        ResultSet rs = first();
        assertThat(rs.getObject(1, LocalDateTime.class)).isEqualTo(LocalDateTime.parse("2024-01-01T08:00:00.123456789"));
        assertThat(rs.getObject(1, OffsetDateTime.class)).isEqualTo(
                OffsetDateTime.parse("2024-01-01T08:00:00.123456789+08:00"));
        assertThat(rs.getObject(1, LocalDate.class)).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(rs.getObject(1, LocalTime.class)).isEqualTo(LocalTime.parse("08:00:00.123456789"));
        assertThat(rs.getDate(1).toLocalDate()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(rs.getTime(1).toLocalTime()).isEqualTo(LocalTime.parse("08:00:00"));
        Calendar newYork = Calendar.getInstance(TimeZone.getTimeZone("America/New_York"));
        assertThat(rs.getDate(1, newYork).getTime())
                .isEqualTo(Instant.parse("2023-12-31T05:00:00Z").toEpochMilli());
        assertThat(rs.getTime(1, newYork).getTime())
                .isEqualTo(Instant.parse("1970-01-02T00:00:00.123Z").toEpochMilli());
    }

    @Test
    void reportsNullsThroughWasNull() throws SQLException {
        ResultSet rs = first();
        assertThat(rs.next()).isTrue();
        for (int column = 1; column <= 7; column++) {
            assertThat(rs.getObject(column)).isNull();
            assertThat(rs.wasNull()).isTrue();
        }
        assertThat(rs.getInt(2)).isZero();
        assertThat(rs.getBoolean(7)).isFalse();
        assertThat(rs.getTimestamp(1)).isNull();
        assertThat(rs.getDate(1)).isNull();
        assertThat(rs.getObject(2, Integer.class)).isNull();
        assertThat(rs.next()).isFalse();
        assertThat(rs.isAfterLast()).isTrue();
    }

    @Test
    void convertsToRequestedClasses() throws SQLException {
        ResultSet rs = first();
        assertThat(rs.getObject(2, Long.class)).isEqualTo(7L);
        assertThat(rs.getObject(2, int.class)).isEqualTo(7);
        assertThat(rs.getObject(2, String.class)).isEqualTo("7");
        assertThat(rs.getObject(4, BigDecimal.class)).isEqualTo(new BigDecimal("2.5"));
        assertThat(rs.getObject(6, byte[].class)).containsExactly(1, 2);
        assertThat(rs.getObject(5, byte[].class)).isEqualTo("meter".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(rs.getBlob(6).getBytes(1, 2)).containsExactly(1, 2);
        assertThatThrownBy(() -> rs.getObject(5, Integer.class)).isInstanceOf(SQLDataException.class);
        assertThatThrownBy(() -> rs.getTimestamp(5)).isInstanceOf(SQLDataException.class);
    }

    @Test
    void refusesBadIndexesReadsBeforeNextAndUpdates() throws SQLException {
        ResultSet rs = statement.executeQuery("SELECT * FROM t");
        assertThatThrownBy(() -> rs.getInt(1)).isInstanceOf(SQLException.class).hasMessageContaining("next()");
        rs.next();
        assertThatThrownBy(() -> rs.getInt(0)).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("07009"));
        assertThatThrownBy(() -> rs.getInt(8)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> rs.findColumn("nope")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> rs.updateInt(2, 1)).isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThatThrownBy(rs::previous).isInstanceOf(SQLFeatureNotSupportedException.class);
        assertThat(rs.getType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
        assertThat(rs.getConcurrency()).isEqualTo(ResultSet.CONCUR_READ_ONLY);
        rs.close();
        assertThatThrownBy(rs::next).isInstanceOf(SQLException.class).hasMessageContaining("closed");
    }

    @Test
    void describesColumnsAsTheOfficialDriverNamesThem() throws SQLException {
        ResultSetMetaData meta = statement.executeQuery("SELECT * FROM t").getMetaData();
        assertThat(meta.getColumnCount()).isEqualTo(7);
        assertThat(meta.getColumnType(1)).isEqualTo(Types.TIMESTAMP);
        assertThat(meta.getColumnTypeName(1)).isEqualTo("TIMESTAMP");
        assertThat(meta.getColumnClassName(1)).isEqualTo("java.sql.Timestamp");
        assertThat(meta.getPrecision(1)).isEqualTo(29);
        assertThat(meta.getScale(1)).isEqualTo(9);
        assertThat(meta.getColumnType(2)).isEqualTo(Types.INTEGER);
        assertThat(meta.isSigned(2)).isTrue();
        assertThat(meta.getColumnTypeName(3)).isEqualTo("BIGINT UNSIGNED");
        assertThat(meta.isSigned(3)).isFalse();
        assertThat(meta.getPrecision(3)).isEqualTo(20);
        assertThat(meta.getColumnType(5)).isEqualTo(Types.VARCHAR);
        assertThat(meta.getColumnTypeName(5)).isEqualTo("VARCHAR");
        assertThat(meta.getPrecision(5)).isEqualTo(256);
        assertThat(meta.getColumnDisplaySize(5)).isEqualTo(256);
        assertThat(meta.getColumnClassName(5)).isEqualTo("java.lang.String");
        assertThat(meta.getColumnType(6)).isEqualTo(Types.VARBINARY);
        assertThat(meta.getColumnLabel(7)).isEqualTo("ok");
        assertThat(meta.isNullable(2)).isEqualTo(ResultSetMetaData.columnNullableUnknown);
        assertThatThrownBy(() -> meta.getColumnType(8)).isInstanceOf(SQLException.class);
    }
}
