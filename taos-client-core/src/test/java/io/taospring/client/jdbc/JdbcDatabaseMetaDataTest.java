package io.taospring.client.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcDatabaseMetaDataTest {

    private final FakeSession session = new FakeSession();
    private final JdbcConnection connection = new JdbcConnection(session, () -> { }, "jdbc:taos:ws://h/power");
    private DatabaseMetaData meta;

    @BeforeEach
    void metadata() throws SQLException {
        meta = connection.getMetaData();
        session.rows("SHOW DATABASES", MetadataTable.of("name").add("power").add("information_schema")
                        .add("performance_schema"))
                .rows("select stable_name", MetadataTable.of("stable_name", "db_name").add("meters", "power"))
                .rows("select table_name", MetadataTable.of("table_name", "db_name", "stable_name")
                        .add("d1002", "power", "meters").add("d1001", "power", "meters"))
                .rows("describe `power`.`meters`", describe().add("groupid", "INT", 4, "TAG")
                        .add("location", "VARCHAR", 24, "TAG"))
                .rows("describe `power`.`d100", describe())
                .rows("SELECT DATABASE()", MetadataTable.of("database()").add("power"));
    }

    private static MetadataTable describe() {
        return MetadataTable.of("field", "type", "length:INT", "note").add("ts", "TIMESTAMP", 8, "")
                .add("current", "FLOAT", 4, "").add("voltage", "INT", 4, "");
    }

    private static List<List<Object>> rows(ResultSet rs, String... columns) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            List<Object> row = new ArrayList<>();
            for (String column : columns) {
                row.add(rs.getObject(column));
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void describesTheProductAndDriver() throws SQLException {
        assertThat(meta.getDatabaseProductName()).isEqualTo("TDengine");
        assertThat(meta.getDatabaseProductVersion()).isEqualTo("3.3.6.13");
        assertThat(meta.getDatabaseMajorVersion()).isEqualTo(3);
        assertThat(meta.getDatabaseMinorVersion()).isEqualTo(3);
        assertThat(meta.getDriverName()).isEqualTo(TaosDriver.NAME);
        assertThat(meta.getIdentifierQuoteString()).isEqualTo("`");
        assertThat(meta.supportsTransactions()).isFalse();
        assertThat(meta.getDefaultTransactionIsolation()).isEqualTo(java.sql.Connection.TRANSACTION_NONE);
        assertThat(meta.supportsBatchUpdates()).isTrue();
        assertThat(meta.getURL()).isEqualTo("jdbc:taos:ws://h/power");
        assertThat(meta.getUserName()).isEqualTo("root");
    }

    @Test
    void theUrlItShowsHoldsNoPasswordOrToken() throws SQLException {
        JdbcConnection withSecrets = new JdbcConnection(session, () -> { },
                "jdbc:taos:ws://root:pw-Secret@h/power?token=tk-Secret&timezone=UTC&trustStorePassword=ts-Secret");
        assertThat(withSecrets.getMetaData().getURL())
                .isEqualTo("jdbc:taos:ws://root:****@h/power?token=****&timezone=UTC&trustStorePassword=****");
    }

    @Test
    void listsDatabasesAsCatalogsAndNoSchemas() throws SQLException {
        assertThat(rows(meta.getCatalogs(), "TABLE_CAT")).containsExactly(List.of("information_schema"),
                List.of("performance_schema"), List.of("power"));
        assertThat(meta.getSchemas().next()).isFalse();
        assertThat(rows(meta.getTableTypes(), "TABLE_TYPE")).containsExactly(List.of("STABLE"), List.of("TABLE"));
    }

    @Test
    void listsSuperTablesAndTablesWithTheOfficialQueries() throws SQLException {
        ResultSet rs = meta.getTables("power", null, "d%", null);
        assertThat(rows(rs, "TABLE_CAT", "TABLE_NAME", "TABLE_TYPE")).containsExactly(
                List.of("power", "meters", "STABLE"), List.of("power", "d1001", "TABLE"),
                List.of("power", "d1002", "TABLE"));
        assertThat(session.sent).containsExactly(
                "select stable_name, db_name from information_schema.ins_stables where 1 = 1 and db_name = 'power'"
                        + " and stable_name like 'd%'",
                "select table_name, db_name, stable_name from information_schema.ins_tables where 1 = 1"
                        + " and db_name = 'power' and table_name like 'd%'");
    }

    @Test
    void filtersByTypeAndEscapesPatterns() throws SQLException {
        meta.getTables("it's", null, "%", new String[] {"STABLE"}).close();
        assertThat(session.sent).containsExactly(
                "select stable_name, db_name from information_schema.ins_stables where 1 = 1 and db_name = 'it\\'s'");
        assertThat(meta.getTables(null, "some_schema", null, null).next()).isFalse();
    }

    @Test
    void listsColumnsAndTagsFromDescribe() throws SQLException {
        session.rows("select table_name", MetadataTable.of("table_name", "db_name", "stable_name"));
        ResultSet rs = meta.getColumns("power", null, "meters", null);
        List<List<Object>> rows = rows(rs, "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME", "COLUMN_SIZE",
                "NULLABLE", "REMARKS", "ORDINAL_POSITION", "IS_NULLABLE");
        assertThat(rows).containsExactly(
                row("meters", "ts", Types.TIMESTAMP, "TIMESTAMP", 23, DatabaseMetaData.columnNoNulls, null, 1, "NO"),
                row("meters", "current", Types.FLOAT, "FLOAT", 7, DatabaseMetaData.columnNullable, null, 2, "YES"),
                row("meters", "voltage", Types.INTEGER, "INT", 10, DatabaseMetaData.columnNullable, null, 3, "YES"),
                row("meters", "groupid", Types.INTEGER, "INT", 10, DatabaseMetaData.columnNullable, "TAG", 4, "YES"),
                row("meters", "location", Types.VARCHAR, "VARCHAR", 24, DatabaseMetaData.columnNullable, "TAG", 5,
                        "YES"));
        assertThat(session.sent).contains("describe `power`.`meters`");
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }

    @Test
    void filtersColumnsByPattern() throws SQLException {
        session.rows("select table_name", MetadataTable.of("table_name", "db_name", "stable_name"));
        assertThat(rows(meta.getColumns("power", null, "meters", "%o_p%"), "COLUMN_NAME"))
                .containsExactly(List.of("groupid"));
    }

    @Test
    void reportsTheTimestampAsPrimaryKey() throws SQLException {
        assertThat(rows(meta.getPrimaryKeys(null, null, "meters"), "TABLE_CAT", "COLUMN_NAME", "KEY_SEQ"))
                .containsExactly(List.of("power", "ts", (short) 1));
    }

    @Test
    void listsEveryTypeOnce() throws SQLException {
        List<List<Object>> types = rows(meta.getTypeInfo(), "TYPE_NAME", "DATA_TYPE");
        assertThat(types).contains(List.of("TIMESTAMP", Types.TIMESTAMP), List.of("INT UNSIGNED", Types.BIGINT),
                List.of("DECIMAL", Types.DECIMAL));
        assertThat(types.stream().map(r -> r.get(0)).distinct().count()).isEqualTo(types.size());
    }

    @Test
    void answersEmptyForWhatTdengineHasNot() throws SQLException {
        assertThat(meta.getProcedures(null, null, null).next()).isFalse();
        assertThat(meta.getImportedKeys(null, null, "meters").next()).isFalse();
        assertThat(meta.getIndexInfo(null, null, "meters", false, true).next()).isFalse();
        assertThat(meta.getIndexInfo(null, null, "meters", false, true).getMetaData().getColumnName(6))
                .isEqualTo("INDEX_NAME");
    }
}
