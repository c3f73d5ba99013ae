package io.taospring.client.jdbc;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.internal.UrlSecrets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What tools need to know about TDengine through JDBC: product "TDengine" with the server's version,
 * databases as catalogs (no schemas), tables of type {@code TABLE} (normal and child tables) and
 * {@code STABLE} (super tables), columns and tags from {@code DESCRIBE}, the timestamp column as primary
 * key, backtick-quoted identifiers, and no transactions.
 */
final class JdbcDatabaseMetaData implements DatabaseMetaData {

    private static final List<String> TABLE_TYPES = List.of(MetadataQueries.STABLE, MetadataQueries.TABLE);

    private final JdbcConnection connection;
    private final MetadataQueries queries;

    JdbcDatabaseMetaData(JdbcConnection connection) {
        this.connection = connection;
        this.queries = new MetadataQueries(connection);
    }

    private ResultSet result(MetadataTable table) {
        return new JdbcResultSet(null, new BlockResult(table, connection.session().config().effectiveZone()), 0,
                connection.session().config().effectiveZone());
    }

    @Override
    public ResultSet getCatalogs() throws SQLException {
        MetadataTable table = MetadataTable.of("TABLE_CAT");
        for (String database : queries.databases()) {
            table.add(database);
        }
        return result(table.sortBy(0));
    }

    @Override
    public ResultSet getSchemas() throws SQLException {
        return result(MetadataTable.of("TABLE_SCHEM", "TABLE_CATALOG"));
    }

    @Override
    public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
        return getSchemas();
    }

    @Override
    public ResultSet getTableTypes() throws SQLException {
        MetadataTable table = MetadataTable.of("TABLE_TYPE");
        TABLE_TYPES.forEach(table::add);
        return result(table);
    }

    /** Tables of type {@code TABLE} (normal and child tables) and {@code STABLE} (super tables). */
    @Override
    public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types)
            throws SQLException {
        MetadataTable table = MetadataTable.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS",
                "TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION");
        if (!hasSchema(schemaPattern)) {
            List<String> wanted = types == null ? TABLE_TYPES : Arrays.asList(types);
            for (MetadataQueries.Table found : queries.tables(catalog, tableNamePattern, wanted)) {
                table.add(found.database(), null, found.name(), found.type(), null, null, null, null, null, null);
            }
        }
        return result(table.sortBy(3, 0, 2));
    }

    /** Schemas do not exist: only a null, empty or match-all pattern finds anything. */
    private static boolean hasSchema(String schemaPattern) {
        return schemaPattern != null && !schemaPattern.isEmpty() && !schemaPattern.equals("%");
    }

    /** Columns and tags (tags with the remark {@code TAG}), from {@code DESCRIBE} of each matching table. */
    @Override
    public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern,
            String columnNamePattern) throws SQLException {
        MetadataTable table = MetadataTable.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
                "DATA_TYPE:INT", "TYPE_NAME", "COLUMN_SIZE:INT", "BUFFER_LENGTH:INT", "DECIMAL_DIGITS:INT",
                "NUM_PREC_RADIX:INT", "NULLABLE:INT", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE:INT",
                "SQL_DATETIME_SUB:INT", "CHAR_OCTET_LENGTH:INT", "ORDINAL_POSITION:INT", "IS_NULLABLE",
                "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE:SMALLINT", "IS_AUTOINCREMENT",
                "IS_GENERATEDCOLUMN");
        if (hasSchema(schemaPattern)) {
            return result(table);
        }
        Pattern columnPattern = likePattern(columnNamePattern);
        for (MetadataQueries.Table found : queries.tables(catalog, tableNamePattern, TABLE_TYPES)) {
            for (MetadataQueries.Column column : queries.describe(found.database(), found.name())) {
                if (columnPattern.matcher(column.name()).matches()) {
                    addColumn(table, found, column);
                }
            }
        }
        return result(table.sortBy(0, 2));
    }

    private static void addColumn(MetadataTable table, MetadataQueries.Table found, MetadataQueries.Column column) {
        TaosField field = column.field();
        TaosType type = field.type();
        boolean numeric = !type.isText() && !type.isBinary() && type != TaosType.TIMESTAMP && type != TaosType.BOOL;
        table.add(found.database(), null, found.name(), column.name(), column.jdbcType(),
                column.typeName().toUpperCase(java.util.Locale.ROOT),
                JdbcTypes.precision(field, io.taospring.client.Precision.MILLISECONDS), null,
                numeric || type == TaosType.TIMESTAMP ? JdbcTypes.scale(field, io.taospring.client.Precision.MILLISECONDS)
                        : null,
                numeric ? 10 : null, column.nullable(), column.isTag() ? "TAG" : null, null, null, null,
                type.isVariable() ? field.length() : null, column.position(),
                column.nullable() == columnNoNulls ? "NO" : "YES", null, null, null, null, "NO", "NO");
    }

    /** The timestamp column (and a composite key's second column), from {@code DESCRIBE}. */
    @Override
    public ResultSet getPrimaryKeys(String catalog, String schema, String tableName) throws SQLException {
        MetadataTable table = MetadataTable.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
                "KEY_SEQ:SMALLINT", "PK_NAME");
        String database = catalog != null ? catalog : connection.getCatalog();
        if (tableName == null || database == null || hasSchema(schema)) {
            return result(table);
        }
        for (MetadataQueries.Column column : queries.describe(database, tableName)) {
            if (column.keySequence() > 0) {
                table.add(database, null, tableName, column.name(), column.keySequence(), null);
            }
        }
        return result(table.sortBy(3));
    }

    /** A JDBC LIKE pattern ({@code %}, {@code _}, {@code \} escapes) as a case-insensitive regex; null matches all. */
    static Pattern likePattern(String pattern) {
        if (pattern == null) {
            return Pattern.compile(".*", Pattern.DOTALL);
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    /** One row per TDengine type. */
    @Override
    public ResultSet getTypeInfo() throws SQLException {
        MetadataTable table = MetadataTable.of("TYPE_NAME", "DATA_TYPE:INT", "PRECISION:INT", "LITERAL_PREFIX",
                "LITERAL_SUFFIX", "CREATE_PARAMS", "NULLABLE:SMALLINT", "CASE_SENSITIVE:BOOL", "SEARCHABLE:SMALLINT",
                "UNSIGNED_ATTRIBUTE:BOOL", "FIXED_PREC_SCALE:BOOL", "AUTO_INCREMENT:BOOL", "LOCAL_TYPE_NAME",
                "MINIMUM_SCALE:SMALLINT", "MAXIMUM_SCALE:SMALLINT", "SQL_DATA_TYPE:INT", "SQL_DATETIME_SUB:INT",
                "NUM_PREC_RADIX:INT");
        for (TaosType type : TaosType.values()) {
            if (type == TaosType.NULL || type == TaosType.DECIMAL64) {
                continue;
            }
            TaosField field = type.isVariable() ? new TaosField(type.sqlName(), type, 16382)
                    : new TaosField(type.sqlName(), type, type.fixedSize(), 0);
            boolean quoted = type.isText() || type == TaosType.TIMESTAMP;
            table.add(type.sqlName(), type.jdbcType(), JdbcTypes.precision(field, io.taospring.client.Precision.NANOSECONDS),
                    quoted ? "'" : null, quoted ? "'" : null, type.isVariable() ? "length" : type.isDecimal()
                            ? "precision,scale" : null, typeNullable, type.isText(), typeSearchable,
                    type.isUnsigned(), false, false, type.sqlName(), 0, type.isDecimal() ? 38 : 0, null, null,
                    type.isText() || type.isBinary() ? null : 10);
        }
        return result(table.sortBy(1));
    }

    private ResultSet empty(String... columns) {
        return result(MetadataTable.of(columns));
    }

    @Override
    public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern) {
        return empty("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "RESERVED1", "RESERVED2", "RESERVED3",
                "REMARKS", "PROCEDURE_TYPE:SMALLINT", "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern,
            String columnNamePattern) {
        return empty("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "COLUMN_NAME", "COLUMN_TYPE:SMALLINT",
                "DATA_TYPE:INT", "TYPE_NAME", "PRECISION:INT", "LENGTH:INT", "SCALE:SMALLINT", "RADIX:SMALLINT",
                "NULLABLE:SMALLINT", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE:INT", "SQL_DATETIME_SUB:INT",
                "CHAR_OCTET_LENGTH:INT", "ORDINAL_POSITION:INT", "IS_NULLABLE", "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern) {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "GRANTOR", "GRANTEE", "PRIVILEGE",
                "IS_GRANTABLE");
    }

    @Override
    public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern) {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "GRANTOR", "GRANTEE", "PRIVILEGE", "IS_GRANTABLE");
    }

    @Override
    public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable) {
        return empty("SCOPE:SMALLINT", "COLUMN_NAME", "DATA_TYPE:INT", "TYPE_NAME", "COLUMN_SIZE:INT",
                "BUFFER_LENGTH:INT", "DECIMAL_DIGITS:SMALLINT", "PSEUDO_COLUMN:SMALLINT");
    }

    @Override
    public ResultSet getVersionColumns(String catalog, String schema, String table) {
        return empty("SCOPE:SMALLINT", "COLUMN_NAME", "DATA_TYPE:INT", "TYPE_NAME", "COLUMN_SIZE:INT",
                "BUFFER_LENGTH:INT", "DECIMAL_DIGITS:SMALLINT", "PSEUDO_COLUMN:SMALLINT");
    }

    private ResultSet emptyKeys() {
        return empty("PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME", "FKTABLE_CAT", "FKTABLE_SCHEM",
                "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ:SMALLINT", "UPDATE_RULE:SMALLINT", "DELETE_RULE:SMALLINT",
                "FK_NAME", "PK_NAME", "DEFERRABILITY:SMALLINT");
    }

    @Override
    public ResultSet getImportedKeys(String catalog, String schema, String table) {
        return emptyKeys();
    }

    @Override
    public ResultSet getExportedKeys(String catalog, String schema, String table) {
        return emptyKeys();
    }

    @Override
    public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
            String foreignCatalog, String foreignSchema, String foreignTable) {
        return emptyKeys();
    }

    @Override
    public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate) {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "NON_UNIQUE:BOOL", "INDEX_QUALIFIER", "INDEX_NAME",
                "TYPE:SMALLINT", "ORDINAL_POSITION:SMALLINT", "COLUMN_NAME", "ASC_OR_DESC", "CARDINALITY:BIGINT",
                "PAGES:BIGINT", "FILTER_CONDITION");
    }

    @Override
    public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types) {
        return empty("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "CLASS_NAME", "DATA_TYPE:INT", "REMARKS",
                "BASE_TYPE:SMALLINT");
    }

    @Override
    public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) {
        return empty("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SUPERTYPE_CAT", "SUPERTYPE_SCHEM", "SUPERTYPE_NAME");
    }

    /** Empty: JDBC's super tables are a table-inheritance notion, not TDengine's super tables. */
    @Override
    public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern) {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "SUPERTABLE_NAME");
    }

    @Override
    public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
            String attributeNamePattern) {
        return empty("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "ATTR_NAME", "DATA_TYPE:INT", "ATTR_TYPE_NAME",
                "ATTR_SIZE:INT", "DECIMAL_DIGITS:INT", "NUM_PREC_RADIX:INT", "NULLABLE:INT", "REMARKS", "ATTR_DEF",
                "SQL_DATA_TYPE:INT", "SQL_DATETIME_SUB:INT", "CHAR_OCTET_LENGTH:INT", "ORDINAL_POSITION:INT",
                "IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE:SMALLINT");
    }

    @Override
    public ResultSet getClientInfoProperties() {
        return empty("NAME", "MAX_LEN:INT", "DEFAULT_VALUE", "DESCRIPTION");
    }

    @Override
    public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern) {
        return empty("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "REMARKS", "FUNCTION_TYPE:SMALLINT",
                "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern,
            String columnNamePattern) {
        return empty("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "COLUMN_NAME", "COLUMN_TYPE:SMALLINT",
                "DATA_TYPE:INT", "TYPE_NAME", "PRECISION:INT", "LENGTH:INT", "SCALE:SMALLINT", "RADIX:SMALLINT",
                "NULLABLE:SMALLINT", "REMARKS", "CHAR_OCTET_LENGTH:INT", "ORDINAL_POSITION:INT", "IS_NULLABLE",
                "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern,
            String columnNamePattern) {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE:INT", "COLUMN_SIZE:INT",
                "DECIMAL_DIGITS:INT", "NUM_PREC_RADIX:INT", "COLUMN_USAGE", "REMARKS", "CHAR_OCTET_LENGTH:INT",
                "IS_NULLABLE");
    }

    @Override
    public String getDatabaseProductName() {
        return "TDengine";
    }

    /** The server's version, e.g. {@code 3.3.6.0}. */
    @Override
    public String getDatabaseProductVersion() throws SQLException {
        connection.ensureOpen();
        return connection.session().serverVersion();
    }

    @Override
    public int getDatabaseMajorVersion() throws SQLException {
        return versionPart(0);
    }

    @Override
    public int getDatabaseMinorVersion() throws SQLException {
        return versionPart(1);
    }

    private int versionPart(int index) throws SQLException {
        String[] parts = getDatabaseProductVersion().split("[.\\-]");
        try {
            return parts.length > index ? Integer.parseInt(parts[index].trim()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String getDriverName() {
        return TaosDriver.NAME;
    }

    @Override
    public String getDriverVersion() {
        return TaosDriver.VERSION;
    }

    @Override
    public int getDriverMajorVersion() {
        return TaosDriver.majorVersion();
    }

    @Override
    public int getDriverMinorVersion() {
        return TaosDriver.minorVersion();
    }

    @Override
    public int getJDBCMajorVersion() {
        return 4;
    }

    @Override
    public int getJDBCMinorVersion() {
        return 2;
    }

    @Override
    public String getURL() {
        // tools show this URL; the password and tokens it may carry must not go with it
        return UrlSecrets.mask(connection.url(), "****");
    }

    @Override
    public String getUserName() {
        return connection.session().config().user();
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public String getIdentifierQuoteString() {
        return "`";
    }

    @Override
    public String getSearchStringEscape() {
        return "\\";
    }

    @Override
    public String getExtraNameCharacters() {
        return "";
    }

    @Override
    public String getCatalogTerm() {
        return "database";
    }

    @Override
    public String getSchemaTerm() {
        return "";
    }

    @Override
    public String getProcedureTerm() {
        return "";
    }

    @Override
    public String getCatalogSeparator() {
        return ".";
    }

    @Override
    public String getSQLKeywords() {
        return "BUFFER,CACHEMODEL,COMP,DURATION,FILL,INTERVAL,KEEP,LAST_ROW,PARTITION,PRECISION,SLIDING,SLIMIT,"
                + "SOFFSET,STABLE,STABLES,TAGS,TBNAME,TOPIC,TTL,VGROUPS,WAL_LEVEL";
    }

    @Override
    public String getNumericFunctions() {
        return "ABS,ACOS,ASIN,ATAN,CEIL,COS,FLOOR,LOG,POW,ROUND,SIN,SQRT,TAN";
    }

    @Override
    public String getStringFunctions() {
        return "CHAR_LENGTH,CONCAT,CONCAT_WS,LENGTH,LOWER,LTRIM,RTRIM,SUBSTR,UPPER";
    }

    @Override
    public String getSystemFunctions() {
        return "CLIENT_VERSION,CURRENT_USER,DATABASE,SERVER_STATUS,SERVER_VERSION";
    }

    @Override
    public String getTimeDateFunctions() {
        return "NOW,TIMEDIFF,TIMETRUNCATE,TIMEZONE,TODAY,TO_ISO8601,TO_UNIXTIMESTAMP";
    }

    @Override
    public int getMaxBinaryLiteralLength() {
        return 65517;
    }

    @Override
    public int getMaxCharLiteralLength() {
        return 65517;
    }

    @Override
    public int getMaxCatalogNameLength() {
        return 64;
    }

    @Override
    public int getMaxColumnNameLength() {
        return 64;
    }

    @Override
    public int getMaxTableNameLength() {
        return 192;
    }

    @Override
    public int getMaxColumnsInTable() {
        return 4096;
    }

    @Override
    public int getMaxStatementLength() {
        return 1024 * 1024;
    }

    @Override
    public int getMaxRowSize() {
        return 65531;
    }

    @Override
    public int getMaxUserNameLength() {
        return 23;
    }

    @Override
    public int getMaxColumnsInGroupBy() {
        return 0;
    }

    @Override
    public int getMaxColumnsInIndex() {
        return 0;
    }

    @Override
    public int getMaxColumnsInOrderBy() {
        return 0;
    }

    @Override
    public int getMaxColumnsInSelect() {
        return 0;
    }

    @Override
    public int getMaxConnections() {
        return 0;
    }

    @Override
    public int getMaxCursorNameLength() {
        return 0;
    }

    @Override
    public int getMaxIndexLength() {
        return 0;
    }

    @Override
    public int getMaxProcedureNameLength() {
        return 0;
    }

    @Override
    public int getMaxSchemaNameLength() {
        return 0;
    }

    @Override
    public int getMaxStatements() {
        return 0;
    }

    @Override
    public int getMaxTablesInSelect() {
        return 0;
    }

    @Override
    public int getDefaultTransactionIsolation() {
        return Connection.TRANSACTION_NONE;
    }

    @Override
    public boolean supportsTransactions() {
        return false;
    }

    @Override
    public boolean supportsTransactionIsolationLevel(int level) {
        return level == Connection.TRANSACTION_NONE;
    }

    @Override
    public boolean supportsResultSetType(int type) {
        return type == ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public boolean supportsResultSetConcurrency(int type, int concurrency) {
        return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public boolean supportsResultSetHoldability(int holdability) {
        return holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public int getResultSetHoldability() {
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public int getSQLStateType() {
        return sqlStateSQL;
    }

    @Override
    public RowIdLifetime getRowIdLifetime() {
        return RowIdLifetime.ROWID_UNSUPPORTED;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return Wrappers.unwrap(this, connection.session(), iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return Wrappers.isWrapperFor(this, connection.session(), iface);
    }

    @Override
    public boolean allProceduresAreCallable() {
        return false;
    }

    @Override
    public boolean allTablesAreSelectable() {
        return true;
    }

    @Override
    public boolean autoCommitFailureClosesAllResultSets() {
        return false;
    }

    @Override
    public boolean dataDefinitionCausesTransactionCommit() {
        return false;
    }

    @Override
    public boolean dataDefinitionIgnoredInTransactions() {
        return false;
    }

    @Override
    public boolean deletesAreDetected(int type) {
        return false;
    }

    @Override
    public boolean doesMaxRowSizeIncludeBlobs() {
        return false;
    }

    @Override
    public boolean generatedKeyAlwaysReturned() {
        return false;
    }

    @Override
    public boolean insertsAreDetected(int type) {
        return false;
    }

    @Override
    public boolean isCatalogAtStart() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public boolean locatorsUpdateCopy() {
        return false;
    }

    @Override
    public boolean nullPlusNonNullIsNull() {
        return true;
    }

    @Override
    public boolean nullsAreSortedAtEnd() {
        return false;
    }

    @Override
    public boolean nullsAreSortedAtStart() {
        return false;
    }

    @Override
    public boolean nullsAreSortedHigh() {
        return false;
    }

    @Override
    public boolean nullsAreSortedLow() {
        return true;
    }

    @Override
    public boolean othersDeletesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean othersInsertsAreVisible(int type) {
        return false;
    }

    @Override
    public boolean othersUpdatesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean ownDeletesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean ownInsertsAreVisible(int type) {
        return false;
    }

    @Override
    public boolean ownUpdatesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean storesLowerCaseIdentifiers() {
        return true;
    }

    @Override
    public boolean storesLowerCaseQuotedIdentifiers() {
        return false;
    }

    @Override
    public boolean storesMixedCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean storesMixedCaseQuotedIdentifiers() {
        return true;
    }

    @Override
    public boolean storesUpperCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean storesUpperCaseQuotedIdentifiers() {
        return false;
    }

    @Override
    public boolean supportsANSI92EntryLevelSQL() {
        return false;
    }

    @Override
    public boolean supportsANSI92FullSQL() {
        return false;
    }

    @Override
    public boolean supportsANSI92IntermediateSQL() {
        return false;
    }

    @Override
    public boolean supportsAlterTableWithAddColumn() {
        return true;
    }

    @Override
    public boolean supportsAlterTableWithDropColumn() {
        return true;
    }

    @Override
    public boolean supportsBatchUpdates() {
        return true;
    }

    @Override
    public boolean supportsCatalogsInDataManipulation() {
        return true;
    }

    @Override
    public boolean supportsCatalogsInIndexDefinitions() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInPrivilegeDefinitions() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInProcedureCalls() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInTableDefinitions() {
        return true;
    }

    @Override
    public boolean supportsColumnAliasing() {
        return true;
    }

    @Override
    public boolean supportsConvert() {
        return false;
    }

    @Override
    public boolean supportsConvert(int fromType, int toType) {
        return false;
    }

    @Override
    public boolean supportsCoreSQLGrammar() {
        return false;
    }

    @Override
    public boolean supportsCorrelatedSubqueries() {
        return false;
    }

    @Override
    public boolean supportsDataDefinitionAndDataManipulationTransactions() {
        return false;
    }

    @Override
    public boolean supportsDataManipulationTransactionsOnly() {
        return false;
    }

    @Override
    public boolean supportsDifferentTableCorrelationNames() {
        return false;
    }

    @Override
    public boolean supportsExpressionsInOrderBy() {
        return true;
    }

    @Override
    public boolean supportsExtendedSQLGrammar() {
        return false;
    }

    @Override
    public boolean supportsFullOuterJoins() {
        return false;
    }

    @Override
    public boolean supportsGetGeneratedKeys() {
        return false;
    }

    @Override
    public boolean supportsGroupBy() {
        return true;
    }

    @Override
    public boolean supportsGroupByBeyondSelect() {
        return false;
    }

    @Override
    public boolean supportsGroupByUnrelated() {
        return false;
    }

    @Override
    public boolean supportsIntegrityEnhancementFacility() {
        return false;
    }

    @Override
    public boolean supportsLikeEscapeClause() {
        return true;
    }

    @Override
    public boolean supportsLimitedOuterJoins() {
        return false;
    }

    @Override
    public boolean supportsMinimumSQLGrammar() {
        return true;
    }

    @Override
    public boolean supportsMixedCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean supportsMixedCaseQuotedIdentifiers() {
        return true;
    }

    @Override
    public boolean supportsMultipleOpenResults() {
        return false;
    }

    @Override
    public boolean supportsMultipleResultSets() {
        return false;
    }

    @Override
    public boolean supportsMultipleTransactions() {
        return false;
    }

    @Override
    public boolean supportsNamedParameters() {
        return false;
    }

    @Override
    public boolean supportsNonNullableColumns() {
        return true;
    }

    @Override
    public boolean supportsOpenCursorsAcrossCommit() {
        return true;
    }

    @Override
    public boolean supportsOpenCursorsAcrossRollback() {
        return false;
    }

    @Override
    public boolean supportsOpenStatementsAcrossCommit() {
        return true;
    }

    @Override
    public boolean supportsOpenStatementsAcrossRollback() {
        return false;
    }

    @Override
    public boolean supportsOrderByUnrelated() {
        return false;
    }

    @Override
    public boolean supportsOuterJoins() {
        return false;
    }

    @Override
    public boolean supportsPositionedDelete() {
        return false;
    }

    @Override
    public boolean supportsPositionedUpdate() {
        return false;
    }

    @Override
    public boolean supportsSavepoints() {
        return false;
    }

    @Override
    public boolean supportsSchemasInDataManipulation() {
        return false;
    }

    @Override
    public boolean supportsSchemasInIndexDefinitions() {
        return false;
    }

    @Override
    public boolean supportsSchemasInPrivilegeDefinitions() {
        return false;
    }

    @Override
    public boolean supportsSchemasInProcedureCalls() {
        return false;
    }

    @Override
    public boolean supportsSchemasInTableDefinitions() {
        return false;
    }

    @Override
    public boolean supportsSelectForUpdate() {
        return false;
    }

    @Override
    public boolean supportsStatementPooling() {
        return false;
    }

    @Override
    public boolean supportsStoredFunctionsUsingCallSyntax() {
        return false;
    }

    @Override
    public boolean supportsStoredProcedures() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInComparisons() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInExists() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInIns() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInQuantifieds() {
        return false;
    }

    @Override
    public boolean supportsTableCorrelationNames() {
        return true;
    }

    @Override
    public boolean supportsUnion() {
        return true;
    }

    @Override
    public boolean supportsUnionAll() {
        return true;
    }

    @Override
    public boolean updatesAreDetected(int type) {
        return false;
    }

    @Override
    public boolean usesLocalFilePerTable() {
        return false;
    }

    @Override
    public boolean usesLocalFiles() {
        return false;
    }
}
