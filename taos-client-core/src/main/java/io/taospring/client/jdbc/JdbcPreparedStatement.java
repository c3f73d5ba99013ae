package io.taospring.client.jdbc;

import io.taospring.client.error.TaosException;
import io.taospring.client.internal.SqlTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * A prepared statement. Queries and single executions are bound on the client: each {@code ?} outside
 * quotes and comments is replaced by a safely escaped literal of its value, so that no value can change the
 * statement's structure. INSERT batches ({@link #executeBatch()}) use server-side parameter binding over
 * WebSocket and fall back to rendered SQL over REST ({@link BatchWriter}).
 */
final class JdbcPreparedStatement extends JdbcStatement implements PreparedStatement {

    private final String sql;
    private final SqlTemplate template;
    private final ParameterValues values;
    private final BatchWriter batchWriter;
    private final Object[] parameters;
    private final boolean[] bound;
    private final List<List<Object>> batchRows = new ArrayList<>();

    JdbcPreparedStatement(JdbcConnection connection, String sql) throws SQLException {
        this(connection, sql, null);
    }

    /** A statement whose batches go through {@code batchWriter}; null picks one for the SQL. */
    JdbcPreparedStatement(JdbcConnection connection, String sql, BatchWriter batchWriter) throws SQLException {
        super(connection);
        this.sql = sql;
        try {
            this.template = SqlTemplate.parse(sql);
        } catch (TaosException e) {
            throw SqlExceptions.of(e);
        }
        this.values = new ParameterValues(connection.session().config().effectiveZone());
        this.batchWriter = batchWriter != null ? batchWriter : BatchWriter.forSql(sql, template);
        this.parameters = new Object[template.parameterCount()];
        this.bound = new boolean[parameters.length];
    }

    /** The statement with {@code row} rendered into it. */
    String render(SqlTemplate rendered, List<Object> row) throws SQLException {
        try {
            return rendered.render(row);
        } catch (TaosException e) {
            throw SqlExceptions.of(e);
        }
    }

    private List<Object> currentRow() throws SQLException {
        for (int i = 0; i < bound.length; i++) {
            if (!bound[i]) {
                throw new SQLException("parameter " + (i + 1) + " of " + bound.length + " is not set: " + sql,
                        "07001", 0x230D);
            }
        }
        return Arrays.asList(parameters.clone());
    }

    private void set(int index, Object value) throws SQLException {
        ensureOpen();
        if (index < 1 || index > parameters.length) {
            throw SqlExceptions.badIndex("parameter", index, parameters.length);
        }
        parameters[index - 1] = value;
        bound[index - 1] = true;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        return runQuery(render(template, currentRow()));
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) Math.min(Integer.MAX_VALUE, executeLargeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        return runUpdate(render(template, currentRow()));
    }

    @Override
    public boolean execute() throws SQLException {
        return run(render(template, currentRow()));
    }

    @Override
    public void addBatch() throws SQLException {
        ensureOpen();
        batchRows.add(currentRow());
    }

    @Override
    public void clearBatch() throws SQLException {
        ensureOpen();
        batchRows.clear();
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        ensureOpen();
        List<List<Object>> rows = List.copyOf(batchRows);
        batchRows.clear();
        return batchWriter.write(this, template, rows);
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return toIntCounts(executeLargeBatch());
    }

    @Override
    public void close() throws SQLException {
        try {
            batchWriter.close();
        } catch (TaosException e) {
            throw SqlExceptions.of(e);
        } finally {
            super.close();
        }
    }

    @Override
    public void clearParameters() throws SQLException {
        ensureOpen();
        Arrays.fill(parameters, null);
        Arrays.fill(bound, false);
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        ensureOpen();
        return null;
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        ensureOpen();
        return new JdbcParameterMetaData(parameters.length);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        set(parameterIndex, null);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
        set(parameterIndex, null);
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setByte(int parameterIndex, byte x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setShort(int parameterIndex, short x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setInt(int parameterIndex, int x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setLong(int parameterIndex, long x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setFloat(int parameterIndex, float x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setDouble(int parameterIndex, double x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setString(int parameterIndex, String x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setNString(int parameterIndex, String value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setBytes(int parameterIndex, byte[] x) throws SQLException {
        set(parameterIndex, x == null ? null : x.clone());
    }

    @Override
    public void setDate(int parameterIndex, Date x) throws SQLException {
        set(parameterIndex, values.of(x));
    }

    @Override
    public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
        set(parameterIndex, x == null || cal == null ? values.of(x) : ParameterValues.withCalendar(x, cal));
    }

    @Override
    public void setTime(int parameterIndex, Time x) throws SQLException {
        set(parameterIndex, values.of(x));
    }

    @Override
    public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
        set(parameterIndex, x == null || cal == null ? values.of(x) : ParameterValues.withCalendar(x, cal));
    }

    /** Binds the instant the timestamp denotes, nanoseconds included. */
    @Override
    public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
        set(parameterIndex, x);
    }

    /** Binds the timestamp's wall-clock value read in the calendar's zone. */
    @Override
    public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
        set(parameterIndex, x == null || cal == null ? x : ParameterValues.withCalendar(x, cal));
    }

    @Override
    public void setObject(int parameterIndex, Object x) throws SQLException {
        set(parameterIndex, values.of(x));
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
        set(parameterIndex, values.of(x, targetSqlType));
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        Object value = values.of(x, targetSqlType);
        if (value instanceof BigDecimal decimal) {
            value = decimal.setScale(scaleOrLength, java.math.RoundingMode.HALF_UP);
        }
        set(parameterIndex, value);
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType) throws SQLException {
        setObject(parameterIndex, x, vendorType(targetSqlType));
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType, int scaleOrLength)
            throws SQLException {
        setObject(parameterIndex, x, vendorType(targetSqlType), scaleOrLength);
    }

    private static int vendorType(SQLType type) throws SQLException {
        if (type == null || type.getVendorTypeNumber() == null) {
            throw SqlExceptions.unsupported("SQL type " + type);
        }
        return type.getVendorTypeNumber();
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
        set(parameterIndex, x == null ? null : new String(Streams.read(x, length), StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
        setAsciiStream(parameterIndex, x, Streams.checkedLength(length));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
        setAsciiStream(parameterIndex, x, -1);
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
        throw SqlExceptions.unsupported("setUnicodeStream (deprecated); use setCharacterStream");
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
        set(parameterIndex, x == null ? null : Streams.read(x, length));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
        setBinaryStream(parameterIndex, x, Streams.checkedLength(length));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
        setBinaryStream(parameterIndex, x, -1);
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, int length) throws SQLException {
        set(parameterIndex, reader == null ? null : Streams.read(reader, length));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException {
        setCharacterStream(parameterIndex, reader, Streams.checkedLength(length));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
        setCharacterStream(parameterIndex, reader, -1);
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value, long length) throws SQLException {
        setCharacterStream(parameterIndex, value, length);
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
        setCharacterStream(parameterIndex, value);
    }

    @Override
    public void setBlob(int parameterIndex, Blob x) throws SQLException {
        set(parameterIndex, x == null ? null : x.getBytes(1, Streams.checkedLength(x.length())));
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream, long length) throws SQLException {
        setBinaryStream(parameterIndex, inputStream, length);
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
        setBinaryStream(parameterIndex, inputStream);
    }

    @Override
    public void setClob(int parameterIndex, Clob x) throws SQLException {
        set(parameterIndex, x == null ? null : x.getSubString(1, Streams.checkedLength(x.length())));
    }

    @Override
    public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
        setCharacterStream(parameterIndex, reader, length);
    }

    @Override
    public void setClob(int parameterIndex, Reader reader) throws SQLException {
        setCharacterStream(parameterIndex, reader);
    }

    @Override
    public void setNClob(int parameterIndex, NClob value) throws SQLException {
        setClob(parameterIndex, value);
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
        setCharacterStream(parameterIndex, reader, length);
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader) throws SQLException {
        setCharacterStream(parameterIndex, reader);
    }

    @Override
    public void setRef(int parameterIndex, Ref x) throws SQLException {
        throw SqlExceptions.unsupported("TDengine has no REF type");
    }

    @Override
    public void setArray(int parameterIndex, Array x) throws SQLException {
        throw SqlExceptions.unsupported("TDengine has no ARRAY type");
    }

    @Override
    public void setURL(int parameterIndex, URL x) throws SQLException {
        set(parameterIndex, x == null ? null : x.toString());
    }

    @Override
    public void setRowId(int parameterIndex, RowId x) throws SQLException {
        throw SqlExceptions.unsupported("TDengine has no ROWID type");
    }

    @Override
    public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
        throw SqlExceptions.unsupported("TDengine has no XML type");
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw notOnPrepared();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw notOnPrepared();
    }

    private static SQLException notOnPrepared() {
        return new SQLException("a PreparedStatement runs its own SQL: call the method without a SQL argument",
                SqlExceptions.INVALID_STATE);
    }

    @Override
    public String toString() {
        return "JdbcPreparedStatement{" + sql + "}";
    }

    /** Reading the stream parameters, which are bound as whole values. */
    static final class Streams {
        private Streams() {
        }

        static int checkedLength(long length) throws SQLException {
            if (length > Integer.MAX_VALUE) {
                throw new SQLException("a value of " + length + " bytes is too long", "22001");
            }
            return (int) length;
        }

        static byte[] read(InputStream in, int length) throws SQLException {
            try {
                return length < 0 ? in.readAllBytes() : in.readNBytes(length);
            } catch (IOException e) {
                throw new SQLException("cannot read the parameter stream", "HY000", e);
            }
        }

        static String read(Reader reader, int length) throws SQLException {
            try {
                StringBuilder out = new StringBuilder();
                char[] buffer = new char[8192];
                int remaining = length < 0 ? Integer.MAX_VALUE : length;
                int n;
                while (remaining > 0 && (n = reader.read(buffer, 0, Math.min(buffer.length, remaining))) > 0) {
                    out.append(buffer, 0, n);
                    remaining -= n;
                }
                return out.toString();
            } catch (IOException e) {
                throw new SQLException("cannot read the parameter reader", "HY000", e);
            }
        }
    }
}
