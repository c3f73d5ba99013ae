package io.taospring.client.jdbc;

import io.taospring.client.TaosField;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.TaosType;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The catalog queries behind {@link JdbcDatabaseMetaData}: databases from {@code SHOW DATABASES}, tables
 * from {@code information_schema.ins_tables} and {@code ins_stables} (the queries the official driver
 * sends), columns and primary keys from {@code DESCRIBE}. TDengine's databases are JDBC catalogs; there
 * are no schemas.
 */
final class MetadataQueries {

    /** JDBC's table type for normal and child tables. */
    static final String TABLE = "TABLE";
    /** JDBC's table type for super tables, as the official driver names it. */
    static final String STABLE = "STABLE";

    private final JdbcConnection connection;

    MetadataQueries(JdbcConnection connection) {
        this.connection = connection;
    }

    private <T> T run(java.util.function.Function<TaosSession, T> call) throws SQLException {
        connection.ensureOpen();
        return connection.runner().run(0, call);
    }

    /** The names of the databases, system databases included. */
    List<String> databases() throws SQLException {
        return run(session -> column(session, "SHOW DATABASES", 0));
    }

    private static List<String> column(TaosSession session, String sql, int column) {
        List<String> values = new ArrayList<>();
        try (TaosResult result = session.query(sql)) {
            while (result.next()) {
                values.add(result.getString(column));
            }
        }
        return values;
    }

    /** A table found by {@link #tables}: its database, name and JDBC table type. */
    record Table(String database, String name, String type) {
    }

    /** The tables of {@code types} matching the JDBC patterns (null: any). */
    List<Table> tables(String catalog, String namePattern, List<String> types) throws SQLException {
        List<Table> tables = new ArrayList<>();
        if (types.contains(STABLE)) {
            String sql = "select stable_name, db_name from information_schema.ins_stables where 1 = 1"
                    + filter("db_name", catalog, false) + filter("stable_name", namePattern, true);
            tables.addAll(run(session -> tables(session, sql, STABLE)));
        }
        if (types.contains(TABLE)) {
            String sql = "select table_name, db_name, stable_name from information_schema.ins_tables where 1 = 1"
                    + filter("db_name", catalog, false) + filter("table_name", namePattern, true);
            tables.addAll(run(session -> tables(session, sql, TABLE)));
        }
        return tables;
    }

    private static List<Table> tables(TaosSession session, String sql, String type) {
        List<Table> tables = new ArrayList<>();
        try (TaosResult result = session.query(sql)) {
            while (result.next()) {
                tables.add(new Table(result.getString(1), result.getString(0), type));
            }
        }
        return tables;
    }

    /** {@code and column = 'value'} or {@code and column like 'pattern'}; nothing for null or {@code %}. */
    private static String filter(String column, String value, boolean pattern) {
        if (value == null || pattern && value.equals("%")) {
            return "";
        }
        return " and " + column + (pattern ? " like " : " = ") + Identifiers.literal(value);
    }

    /** One column or tag of a table, as {@code DESCRIBE} lists it. */
    record Column(String name, String typeName, int length, String note, int position) {

        TaosType type() {
            String upper = typeName.toUpperCase(Locale.ROOT).trim();
            int paren = upper.indexOf('(');
            try {
                return TaosType.fromName(upper.startsWith("DECIMAL") || paren < 0 ? upper : upper.substring(0, paren));
            } catch (IllegalArgumentException e) {
                return TaosType.NULL;
            }
        }

        int jdbcType() {
            TaosType type = type();
            return type == TaosType.NULL ? Types.OTHER : type.jdbcType();
        }

        boolean isTag() {
            return note.equalsIgnoreCase("TAG");
        }

        /** The position in the key: 1 for the first (timestamp) column, 2 for a composite key's second. */
        int keySequence() {
            return position == 1 ? 1 : note.equalsIgnoreCase("PRIMARY KEY") ? 2 : 0;
        }

        int nullable() {
            return keySequence() > 0 ? DatabaseMetaData.columnNoNulls : DatabaseMetaData.columnNullable;
        }

        TaosField field() {
            TaosType type = type();
            return new TaosField(name, type == TaosType.NULL ? TaosType.VARCHAR : type, Math.max(length, 0));
        }
    }

    /** The columns and tags of {@code database.table} in declaration order. */
    List<Column> describe(String database, String table) throws SQLException {
        String sql = "describe " + Identifiers.quote(database) + "." + Identifiers.quote(table);
        return run(session -> {
            List<Column> columns = new ArrayList<>();
            try (TaosResult result = session.query(sql)) {
                int note = result.columnIndex("note");
                while (result.next()) {
                    columns.add(new Column(result.getString(result.columnIndex("field")),
                            result.getString(result.columnIndex("type")), result.getInt(result.columnIndex("length")),
                            note < 0 || result.isNull(note) ? "" : result.getString(note), columns.size() + 1));
                }
            }
            return columns;
        });
    }
}
