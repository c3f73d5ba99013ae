package io.taospring.client.jdbc;

import io.taospring.client.TaosSession;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.TaosException;
import io.taospring.client.internal.SqlTemplate;
import io.taospring.client.stmt.BindField;
import io.taospring.client.stmt.TaosStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * INSERT batches through server-side parameter binding: the statement is prepared once on the first batch
 * and every batch is sent in one execute, rows grouped by table name and tags in arrival order. When the
 * session has no binding protocol (REST) or the server cannot prepare the statement, batches are rendered
 * into SQL instead, as {@link BatchWriter#RENDERED} does.
 */
final class BoundBatchWriter implements BatchWriter {

    private final String sql;
    private TaosStatement prepared;
    private boolean rendered;

    BoundBatchWriter(String sql) {
        this.sql = sql;
    }

    @Override
    public long[] write(JdbcPreparedStatement statement, SqlTemplate template, List<List<Object>> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return new long[0];
        }
        TaosStatement stmt = rendered ? null : prepare(statement.connection.session());
        if (stmt == null) {
            return RENDERED.write(statement, template, rows);
        }
        try {
            bind(stmt, rows);
            long written = stmt.execute();
            long[] counts = new long[rows.size()];
            Arrays.fill(counts, written == rows.size() ? 1 : java.sql.Statement.SUCCESS_NO_INFO);
            return counts;
        } catch (TaosException e) {
            throw JdbcStatement.batchFailure(SqlExceptions.of(e), new long[0]);
        }
    }

    /** The prepared statement, or null when batches are to be rendered. */
    private TaosStatement prepare(TaosSession session) {
        if (prepared != null) {
            return prepared;
        }
        try {
            prepared = session.prepare(sql);
            return prepared;
        } catch (InterfaceError e) {
            if (e.errno() != ErrorCodes.UNSUPPORTED) {
                throw e;
            }
        } catch (TaosException e) {
            // a statement form the server cannot prepare: rendered SQL still runs, or reports the real error
        }
        rendered = true;
        return null;
    }

    /** Binds rows in order; a new table name or new tags close the rows of the table before. */
    private static void bind(TaosStatement stmt, List<List<Object>> rows) {
        List<BindField> fields = stmt.fields();
        Object table = null;
        List<Object> tags = null;
        boolean started = false;
        for (List<Object> row : rows) {
            Parts parts = Parts.of(fields, row);
            if (!started || !Objects.equals(parts.table, table) || !parts.tags.equals(tags)) {
                if (started) {
                    stmt.addBatch();
                }
                if (parts.table != null) {
                    stmt.setTableName(String.valueOf(parts.table));
                }
                if (!parts.tags.isEmpty()) {
                    stmt.setTags(parts.tags.toArray());
                }
                table = parts.table;
                tags = parts.tags;
                started = true;
            }
            stmt.bindRow(parts.columns.toArray());
        }
        stmt.addBatch();
    }

    /** One JDBC parameter row split by placeholder kind. */
    private record Parts(Object table, List<Object> tags, List<Object> columns) {
        static Parts of(List<BindField> fields, List<Object> row) {
            Object table = null;
            List<Object> tags = new ArrayList<>();
            List<Object> columns = new ArrayList<>(row.size());
            for (int i = 0; i < row.size() && i < fields.size(); i++) {
                Object value = coerce(row.get(i), fields.get(i));
                switch (fields.get(i).kind()) {
                    case TABLE_NAME -> table = value;
                    case TAG -> tags.add(value);
                    default -> columns.add(value);
                }
            }
            return new Parts(table, tags, columns);
        }

        /**
         * JDBC code often sets numbers and booleans as strings, which rendered SQL accepts as literals; binding
         * needs them typed. Text that does not parse is left for the binder to refuse.
         */
        private static Object coerce(Object value, BindField field) {
            if (!(value instanceof String text) || field.type().isVariable() || field.type().isDecimal()) {
                return value;
            }
            String trimmed = text.trim();
            try {
                return switch (field.type()) {
                    case BOOL -> trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")
                            ? (Object) Boolean.parseBoolean(trimmed) : value;
                    case FLOAT, DOUBLE -> Double.parseDouble(trimmed);
                    case UBIGINT -> new java.math.BigInteger(trimmed);
                    case TIMESTAMP -> value;
                    default -> Long.parseLong(trimmed);
                };
            } catch (NumberFormatException e) {
                return value;
            }
        }
    }

    @Override
    public void close() {
        if (prepared != null) {
            prepared.close();
            prepared = null;
        }
    }
}
