package io.taospring.client.jdbc;

import io.taospring.client.internal.SqlTemplate;
import java.sql.SQLException;
import java.util.List;

/**
 * How a prepared statement's batch reaches the server: rendered SQL, or for INSERTs server-side parameter
 * binding ({@link BoundBatchWriter}).
 */
@FunctionalInterface
interface BatchWriter {

    /** The writer for a statement: binding for an INSERT with placeholders, rendering otherwise. */
    static BatchWriter forSql(String sql, SqlTemplate template) {
        boolean insert = sql.stripLeading().regionMatches(true, 0, "insert", 0, "insert".length());
        return insert && template.parameterCount() > 0 ? new BoundBatchWriter(sql) : RENDERED;
    }

    /** Renders each row into the statement and runs it, in order, stopping at the first failure. */
    BatchWriter RENDERED = (statement, template, rows) -> {
        long[] counts = new long[rows.size()];
        for (int i = 0; i < counts.length; i++) {
            try {
                counts[i] = statement.runUpdate(statement.render(template, rows.get(i)));
            } catch (SQLException e) {
                throw JdbcStatement.batchFailure(e, java.util.Arrays.copyOf(counts, i));
            }
        }
        return counts;
    };

    /**
     * Runs one statement per row and returns each one's affected rows.
     *
     * @throws java.sql.BatchUpdateException with the counts of the rows before the failing one
     */
    long[] write(JdbcPreparedStatement statement, SqlTemplate template, List<List<Object>> rows) throws SQLException;

    /** Releases what the writer holds on the server; the statement is closing. */
    default void close() {
    }
}
