package io.taospring.embedded.engine;

import io.taospring.client.stmt.BoundTable;

/**
 * Parameter binding into the engine without SQL text per row: an INSERT is prepared once, then batches of
 * bound columns are written straight into storage. Thread-safe, like {@link SqlExecutor}.
 */
public interface StatementBinder {

    /**
     * Parses and resolves an INSERT with {@code ?} placeholders.
     *
     * @throws EngineException with TDengine's code when the SQL or a name is wrong
     */
    PreparedInsert prepareInsert(SessionContext session, String sql);

    /**
     * Writes one batch: every value is checked first, then child tables are auto-created and rows written,
     * so a failing batch writes nothing.
     *
     * @return the rows written
     * @throws EngineException with TDengine's code when a value, a table or the batch's shape is wrong
     */
    long insertBound(SessionContext session, PreparedInsert insert, java.util.List<BoundTable> tables);
}
