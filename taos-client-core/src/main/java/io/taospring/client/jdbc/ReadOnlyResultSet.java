package io.taospring.client.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;

/** The read-only half of {@link ResultSet}: every update method refuses, as TDengine results are read-only. */
interface ReadOnlyResultSet extends ResultSet {

    /** The failure of every update method. */
    static SQLFeatureNotSupportedException readOnly() {
        return SqlExceptions.unsupported("result sets are read-only (CONCUR_READ_ONLY): write with INSERT");
    }

    @Override
    default void cancelRowUpdates() throws SQLException {
        throw readOnly();
    }

    @Override
    default void deleteRow() throws SQLException {
        throw readOnly();
    }

    @Override
    default void insertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    default void moveToCurrentRow() throws SQLException {
        throw readOnly();
    }

    @Override
    default void moveToInsertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    default void refreshRow() throws SQLException {
        throw readOnly();
    }

    @Override
    default boolean rowDeleted() throws SQLException {
        return false;
    }

    @Override
    default boolean rowInserted() throws SQLException {
        return false;
    }

    @Override
    default boolean rowUpdated() throws SQLException {
        return false;
    }

    @Override
    default void updateArray(String columnLabel, Array x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateArray(int columnIndex, Array x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateAsciiStream(String columnLabel, InputStream x, int length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateAsciiStream(String columnLabel, InputStream x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateAsciiStream(String columnLabel, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateAsciiStream(int columnIndex, InputStream x, int length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateAsciiStream(int columnIndex, InputStream x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateAsciiStream(int columnIndex, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBigDecimal(String columnLabel, BigDecimal x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBigDecimal(int columnIndex, BigDecimal x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBinaryStream(String columnLabel, InputStream x, int length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBinaryStream(String columnLabel, InputStream x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBinaryStream(String columnLabel, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBinaryStream(int columnIndex, InputStream x, int length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBinaryStream(int columnIndex, InputStream x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBinaryStream(int columnIndex, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBlob(String columnLabel, InputStream x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBlob(String columnLabel, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBlob(String columnLabel, Blob x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBlob(int columnIndex, InputStream x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBlob(int columnIndex, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBlob(int columnIndex, Blob x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBoolean(String columnLabel, boolean x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBoolean(int columnIndex, boolean x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateByte(String columnLabel, byte x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateByte(int columnIndex, byte x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBytes(String columnLabel, byte[] x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateBytes(int columnIndex, byte[] x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateCharacterStream(String columnLabel, Reader x, int length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateCharacterStream(String columnLabel, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateCharacterStream(String columnLabel, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateCharacterStream(int columnIndex, Reader x, int length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateCharacterStream(int columnIndex, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateCharacterStream(int columnIndex, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateClob(String columnLabel, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateClob(String columnLabel, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateClob(String columnLabel, Clob x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateClob(int columnIndex, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateClob(int columnIndex, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateClob(int columnIndex, Clob x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateDate(String columnLabel, Date x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateDate(int columnIndex, Date x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateDouble(String columnLabel, double x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateDouble(int columnIndex, double x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateFloat(String columnLabel, float x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateFloat(int columnIndex, float x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateInt(String columnLabel, int x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateInt(int columnIndex, int x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateLong(String columnLabel, long x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateLong(int columnIndex, long x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNCharacterStream(String columnLabel, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNCharacterStream(String columnLabel, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNCharacterStream(int columnIndex, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNCharacterStream(int columnIndex, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNClob(String columnLabel, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNClob(String columnLabel, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNClob(String columnLabel, NClob x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNClob(int columnIndex, Reader x, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNClob(int columnIndex, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNClob(int columnIndex, NClob x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNString(String columnLabel, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNString(int columnIndex, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNull(String columnLabel) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateNull(int columnIndex) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateObject(String columnLabel, Object x, int scaleOrLength) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateObject(String columnLabel, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateObject(String columnLabel, Object x, SQLType targetSqlType) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateObject(String columnLabel, Object x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateObject(int columnIndex, Object x, int scaleOrLength) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateObject(int columnIndex, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateObject(int columnIndex, Object x, SQLType targetSqlType) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateObject(int columnIndex, Object x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateRef(String columnLabel, Ref x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateRef(int columnIndex, Ref x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateRow() throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateRowId(String columnLabel, RowId x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateRowId(int columnIndex, RowId x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateSQLXML(String columnLabel, SQLXML x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateSQLXML(int columnIndex, SQLXML x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateShort(String columnLabel, short x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateShort(int columnIndex, short x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateString(String columnLabel, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateString(int columnIndex, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateTime(String columnLabel, Time x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateTime(int columnIndex, Time x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateTimestamp(String columnLabel, Timestamp x) throws SQLException {
        throw readOnly();
    }

    @Override
    default void updateTimestamp(int columnIndex, Timestamp x) throws SQLException {
        throw readOnly();
    }
}
