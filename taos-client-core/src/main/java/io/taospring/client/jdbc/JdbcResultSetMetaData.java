package io.taospring.client.jdbc;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * The columns of a result: JDBC type from {@link TaosType#jdbcType()}, type name as the official driver
 * reports it, sizes from {@link JdbcTypes}. TDengine reports neither the table of a result column nor
 * whether it may be NULL, so those are empty and {@code columnNullableUnknown}.
 */
final class JdbcResultSetMetaData implements ResultSetMetaData {

    private final List<TaosField> fields;
    private final Precision precision;

    JdbcResultSetMetaData(List<TaosField> fields, Precision precision) {
        this.fields = List.copyOf(fields);
        this.precision = precision;
    }

    private TaosField field(int column) throws SQLException {
        if (column < 1 || column > fields.size()) {
            throw SqlExceptions.badIndex("column", column, fields.size());
        }
        return fields.get(column - 1);
    }

    @Override
    public int getColumnCount() {
        return fields.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        field(column);
        return false;
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return field(column).type().isText();
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        field(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        field(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        field(column);
        return columnNullableUnknown;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return JdbcTypes.isSigned(field(column).type());
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return JdbcTypes.displaySize(field(column), precision);
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return field(column).name();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return field(column).name();
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        field(column);
        return "";
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        return JdbcTypes.precision(field(column), precision);
    }

    @Override
    public int getScale(int column) throws SQLException {
        return JdbcTypes.scale(field(column), precision);
    }

    @Override
    public String getTableName(int column) throws SQLException {
        field(column);
        return "";
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        field(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return field(column).type().jdbcType();
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return JdbcTypes.typeName(field(column).type());
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        field(column);
        return true;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        field(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        field(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return JdbcTypes.className(field(column).type());
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return Wrappers.unwrap(this, null, iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return Wrappers.isWrapperFor(this, null, iface);
    }
}
