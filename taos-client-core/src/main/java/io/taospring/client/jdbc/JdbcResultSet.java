package io.taospring.client.jdbc;

import io.taospring.client.TaosResult;
import io.taospring.client.error.TaosException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Map;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

/**
 * A forward-only, read-only result set over a {@link TaosResult}: columns from 1, values converted by the
 * session API (so JDBC reads the same values as {@link TaosResult}), TIMESTAMP as {@link Timestamp} with
 * its nanoseconds. Date and time-of-day views of a TIMESTAMP are taken in the connection's zone (the
 * {@code timezone} setting, else the JVM's), or in a given {@link Calendar}'s zone. TIMESTAMP values are
 * instants, so {@link #getTimestamp(int, Calendar)} ignores the calendar.
 */
final class JdbcResultSet implements ReadOnlyResultSet {

    @FunctionalInterface
    private interface Cell<T> {
        T read(int column);
    }

    private final JdbcStatement statement;
    private final TaosResult result;
    private final long maxRows;
    private final ZoneId zone;
    private long row;
    private boolean afterLast;
    private boolean wasNull;
    private boolean closed;
    private int fetchSize;

    JdbcResultSet(JdbcStatement statement, TaosResult result, long maxRows, ZoneId zone) {
        this.statement = statement;
        this.result = result;
        this.maxRows = maxRows;
        this.zone = zone;
    }

    private void ensureOpen() throws SQLException {
        if (closed) {
            throw SqlExceptions.closed("result set");
        }
    }

    private int column(int columnIndex) throws SQLException {
        ensureOpen();
        if (row == 0 || afterLast) {
            throw new SQLException("no current row: call next() first", "24000");
        }
        if (columnIndex < 1 || columnIndex > result.fieldCount()) {
            throw SqlExceptions.badIndex("column", columnIndex, result.fieldCount());
        }
        return columnIndex - 1;
    }

    private <T> T read(int columnIndex, Cell<T> cell) throws SQLException {
        int c = column(columnIndex);
        try {
            wasNull = result.isNull(c);
            return cell.read(c);
        } catch (TaosException e) {
            throw SqlExceptions.of(e);
        }
    }

    @Override
    public boolean next() throws SQLException {
        ensureOpen();
        if (afterLast) {
            return false;
        }
        try {
            if (maxRows > 0 && row >= maxRows || !result.next()) {
                afterLast = true;
                return false;
            }
        } catch (TaosException e) {
            throw SqlExceptions.of(e);
        }
        row++;
        return true;
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            result.close();
        } catch (TaosException e) {
            throw SqlExceptions.of(e);
        } finally {
            if (statement != null) {
                statement.resultSetClosed(this);
            }
        }
    }

    @Override
    public boolean wasNull() throws SQLException {
        ensureOpen();
        return wasNull;
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        ensureOpen();
        int index = columnLabel == null ? -1 : result.columnIndex(columnLabel);
        if (index < 0) {
            throw new SQLException("no column '" + columnLabel + "' in this result", "42S22");
        }
        return index + 1;
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        return read(columnIndex, result::getString);
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        return read(columnIndex, result::getBoolean);
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        return read(columnIndex, result::getByte);
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        return read(columnIndex, result::getShort);
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        return read(columnIndex, result::getInt);
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        return read(columnIndex, result::getLong);
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        return read(columnIndex, result::getFloat);
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        return read(columnIndex, result::getDouble);
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        return read(columnIndex, result::getBigDecimal);
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        BigDecimal value = getBigDecimal(columnIndex);
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        return read(columnIndex, result::getBytes);
    }

    private Instant instant(int columnIndex) throws SQLException {
        return read(columnIndex, result::getInstant);
    }

    /** The instant with its nanoseconds. */
    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        Instant instant = instant(columnIndex);
        return instant == null ? null : Timestamp.from(instant);
    }

    /** As {@link #getTimestamp(int)}: TDengine stores instants, which no calendar changes. */
    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
        return getTimestamp(columnIndex);
    }

    /** The date of the instant in the connection's zone. */
    @Override
    public Date getDate(int columnIndex) throws SQLException {
        Instant instant = instant(columnIndex);
        return instant == null ? null : Date.valueOf(LocalDate.ofInstant(instant, zone));
    }

    /** The date of the instant in the calendar's zone, as midnight of that date in that zone. */
    @Override
    public Date getDate(int columnIndex, Calendar cal) throws SQLException {
        if (cal == null) {
            return getDate(columnIndex);
        }
        Instant instant = instant(columnIndex);
        if (instant == null) {
            return null;
        }
        ZoneId calendarZone = cal.getTimeZone().toZoneId();
        return new Date(LocalDate.ofInstant(instant, calendarZone).atStartOfDay(calendarZone).toInstant().toEpochMilli());
    }

    /** The time of day of the instant in the connection's zone, on 1970-01-01, with its milliseconds. */
    @Override
    public Time getTime(int columnIndex) throws SQLException {
        Instant instant = instant(columnIndex);
        return instant == null ? null : timeOfDay(LocalTime.ofInstant(instant, zone), ZoneId.systemDefault());
    }

    /** The time of day of the instant in the calendar's zone, on 1970-01-01 in that zone. */
    @Override
    public Time getTime(int columnIndex, Calendar cal) throws SQLException {
        if (cal == null) {
            return getTime(columnIndex);
        }
        Instant instant = instant(columnIndex);
        ZoneId calendarZone = cal.getTimeZone().toZoneId();
        return instant == null ? null : timeOfDay(LocalTime.ofInstant(instant, calendarZone), calendarZone);
    }

    private static Time timeOfDay(LocalTime time, ZoneId in) {
        return new Time(LocalDate.EPOCH.atTime(time).atZone(in).toInstant().toEpochMilli());
    }

    /** The value as {@link java.sql.Types}' usual class: TIMESTAMP as {@link Timestamp}, else as {@link TaosResult}. */
    @Override
    public Object getObject(int columnIndex) throws SQLException {
        Object value = read(columnIndex, result::getObject);
        return value instanceof Instant instant ? Timestamp.from(instant) : value;
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        if (map != null && !map.isEmpty()) {
            throw SqlExceptions.unsupported("TDengine has no user-defined types to map");
        }
        return getObject(columnIndex);
    }

    /**
     * The value as {@code type}: any class {@link TaosResult#getObject(int, Class)} converts to ({@link Instant},
     * {@link LocalDateTime}, {@link java.time.OffsetDateTime}, {@code byte[]}, wrappers, ...), the
     * {@code java.sql} date-times, {@link LocalDate}, {@link LocalTime}, {@link Blob} and {@link Clob}.
     */
    @Override
    @SuppressWarnings("unchecked") // a primitive class stands for its wrapper, which convert() returns
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        if (type == null) {
            throw new SQLException("type must not be null", "HY009");
        }
        Class<?> wrapper = JdbcTypes.wrapper(type);
        return (T) wrapper.cast(convert(columnIndex, wrapper));
    }

    private Object convert(int columnIndex, Class<?> type) throws SQLException {
        if (type == Timestamp.class) {
            return getTimestamp(columnIndex);
        }
        if (type == Date.class) {
            return getDate(columnIndex);
        }
        if (type == Time.class) {
            return getTime(columnIndex);
        }
        if (type == LocalDate.class || type == LocalTime.class) {
            LocalDateTime local = read(columnIndex, c -> result.getObject(c, LocalDateTime.class));
            return local == null ? null : type == LocalDate.class ? local.toLocalDate() : local.toLocalTime();
        }
        if (type == Blob.class) {
            return getBlob(columnIndex);
        }
        if (type == Clob.class) {
            return getClob(columnIndex);
        }
        return read(columnIndex, c -> result.getObject(c, type));
    }

    @Override
    public InputStream getAsciiStream(int columnIndex) throws SQLException {
        String value = getString(columnIndex);
        return value == null ? null : new ByteArrayInputStream(value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("getUnicodeStream (deprecated); use getCharacterStream");
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        byte[] value = getBytes(columnIndex);
        return value == null ? null : new ByteArrayInputStream(value);
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        String value = getString(columnIndex);
        return value == null ? null : new StringReader(value);
    }

    @Override
    public Blob getBlob(int columnIndex) throws SQLException {
        byte[] value = getBytes(columnIndex);
        return value == null ? null : new SerialBlob(value);
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        String value = getString(columnIndex);
        return value == null ? null : new SerialClob(value.toCharArray());
    }

    @Override
    public NClob getNClob(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("TDengine has no NCLOB type; use getString");
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        return getString(columnIndex);
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        return getCharacterStream(columnIndex);
    }

    @Override
    public Ref getRef(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("TDengine has no REF type");
    }

    @Override
    public Array getArray(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("TDengine has no ARRAY type");
    }

    @Override
    public URL getURL(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("TDengine has no DATALINK type; use getString");
    }

    @Override
    public RowId getRowId(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("TDengine has no ROWID type");
    }

    @Override
    public SQLXML getSQLXML(int columnIndex) throws SQLException {
        throw SqlExceptions.unsupported("TDengine has no XML type");
    }

    @Override
    public String getString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public boolean getBoolean(String columnLabel) throws SQLException {
        return getBoolean(findColumn(columnLabel));
    }

    @Override
    public byte getByte(String columnLabel) throws SQLException {
        return getByte(findColumn(columnLabel));
    }

    @Override
    public short getShort(String columnLabel) throws SQLException {
        return getShort(findColumn(columnLabel));
    }

    @Override
    public int getInt(String columnLabel) throws SQLException {
        return getInt(findColumn(columnLabel));
    }

    @Override
    public long getLong(String columnLabel) throws SQLException {
        return getLong(findColumn(columnLabel));
    }

    @Override
    public float getFloat(String columnLabel) throws SQLException {
        return getFloat(findColumn(columnLabel));
    }

    @Override
    public double getDouble(String columnLabel) throws SQLException {
        return getDouble(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
        return getBigDecimal(findColumn(columnLabel), scale);
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        return getBigDecimal(findColumn(columnLabel));
    }

    @Override
    public byte[] getBytes(String columnLabel) throws SQLException {
        return getBytes(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel) throws SQLException {
        return getDate(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel, Calendar cal) throws SQLException {
        return getDate(findColumn(columnLabel), cal);
    }

    @Override
    public Time getTime(String columnLabel) throws SQLException {
        return getTime(findColumn(columnLabel));
    }

    @Override
    public Time getTime(String columnLabel, Calendar cal) throws SQLException {
        return getTime(findColumn(columnLabel), cal);
    }

    @Override
    public Timestamp getTimestamp(String columnLabel) throws SQLException {
        return getTimestamp(findColumn(columnLabel));
    }

    @Override
    public Timestamp getTimestamp(String columnLabel, Calendar cal) throws SQLException {
        return getTimestamp(findColumn(columnLabel), cal);
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(columnLabel), map);
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return getObject(findColumn(columnLabel), type);
    }

    @Override
    public InputStream getAsciiStream(String columnLabel) throws SQLException {
        return getAsciiStream(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(String columnLabel) throws SQLException {
        return getUnicodeStream(findColumn(columnLabel));
    }

    @Override
    public InputStream getBinaryStream(String columnLabel) throws SQLException {
        return getBinaryStream(findColumn(columnLabel));
    }

    @Override
    public Reader getCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public Blob getBlob(String columnLabel) throws SQLException {
        return getBlob(findColumn(columnLabel));
    }

    @Override
    public Clob getClob(String columnLabel) throws SQLException {
        return getClob(findColumn(columnLabel));
    }

    @Override
    public NClob getNClob(String columnLabel) throws SQLException {
        return getNClob(findColumn(columnLabel));
    }

    @Override
    public String getNString(String columnLabel) throws SQLException {
        return getNString(findColumn(columnLabel));
    }

    @Override
    public Reader getNCharacterStream(String columnLabel) throws SQLException {
        return getNCharacterStream(findColumn(columnLabel));
    }

    @Override
    public Ref getRef(String columnLabel) throws SQLException {
        return getRef(findColumn(columnLabel));
    }

    @Override
    public Array getArray(String columnLabel) throws SQLException {
        return getArray(findColumn(columnLabel));
    }

    @Override
    public URL getURL(String columnLabel) throws SQLException {
        return getURL(findColumn(columnLabel));
    }

    @Override
    public RowId getRowId(String columnLabel) throws SQLException {
        return getRowId(findColumn(columnLabel));
    }

    @Override
    public SQLXML getSQLXML(String columnLabel) throws SQLException {
        return getSQLXML(findColumn(columnLabel));
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        ensureOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        ensureOpen();
    }

    @Override
    public String getCursorName() throws SQLException {
        throw SqlExceptions.unsupported("named cursors: results are read-only");
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        ensureOpen();
        return new JdbcResultSetMetaData(result.fields(), result.precision());
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        throw forwardOnly("isBeforeFirst (it would need to know whether there are rows)");
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        ensureOpen();
        return afterLast && row > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        ensureOpen();
        return row == 1 && !afterLast;
    }

    @Override
    public boolean isLast() throws SQLException {
        throw forwardOnly("isLast (it would need to read ahead)");
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw forwardOnly("beforeFirst");
    }

    @Override
    public void afterLast() throws SQLException {
        throw forwardOnly("afterLast");
    }

    @Override
    public boolean first() throws SQLException {
        throw forwardOnly("first");
    }

    @Override
    public boolean last() throws SQLException {
        throw forwardOnly("last");
    }

    @Override
    public int getRow() throws SQLException {
        ensureOpen();
        return afterLast ? 0 : (int) Math.min(Integer.MAX_VALUE, row);
    }

    @Override
    public boolean absolute(int rowNumber) throws SQLException {
        throw forwardOnly("absolute");
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        throw forwardOnly("relative");
    }

    @Override
    public boolean previous() throws SQLException {
        throw forwardOnly("previous");
    }

    private static SQLException forwardOnly(String call) {
        return SqlExceptions.unsupported(call + ": results are forward-only");
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        ensureOpen();
        if (direction != FETCH_FORWARD) {
            throw forwardOnly("fetch direction " + direction);
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        ensureOpen();
        return FETCH_FORWARD;
    }

    /** Accepted as a hint; the server decides the block size. */
    @Override
    public void setFetchSize(int rows) throws SQLException {
        ensureOpen();
        if (rows < 0) {
            throw new SQLException("negative fetch size " + rows, "HY024");
        }
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        ensureOpen();
        return fetchSize;
    }

    @Override
    public int getType() throws SQLException {
        ensureOpen();
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        ensureOpen();
        return CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        ensureOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    /** The statement that produced this result; null for {@link java.sql.DatabaseMetaData} results. */
    @Override
    public Statement getStatement() throws SQLException {
        ensureOpen();
        return statement;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return Wrappers.unwrap(this, result, iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return Wrappers.isWrapperFor(this, result, iface);
    }

    @Override
    public String toString() {
        return "JdbcResultSet{" + result.fields().stream().map(f -> f.name() + " " + f.type().sqlName()).toList()
                + ", row=" + row + (closed ? ", closed" : "") + "}";
    }
}
