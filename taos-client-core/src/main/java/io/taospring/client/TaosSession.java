package io.taospring.client;

import io.taospring.client.stmt.TaosStatement;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.schemaless.SchemalessWriter;
import java.util.List;

/**
 * A connection to TDengine with its own current database. Not thread-safe: use one session per thread.
 * Every statement carries a request id ({@code reqId}) that the server logs; a generated one is used
 * when none is given.
 */
public interface TaosSession extends AutoCloseable {

    /**
     * Runs a statement that returns no rows (INSERT, CREATE, DROP, USE, ...).
     *
     * @return the affected rows (rows inserted; 0 for DDL)
     * @throws io.taospring.client.error.TaosException of the category the server's error maps to
     */
    long execute(String sql);

    /** Runs a statement with the given request id; see {@link #execute(String)}. */
    long execute(String sql, long reqId);

    /**
     * Runs a statement once per parameter row, replacing each {@code ?} outside quotes with a safely
     * escaped SQL literal of the row's value (strings quoted, {@code Instant}s as epoch values, null as
     * NULL).
     *
     * @return the sum of the affected rows
     * @throws io.taospring.client.error.ProgrammingError when a row's size differs from the placeholder count
     */
    long executeMany(String sql, List<? extends List<?>> parameterRows);

    /**
     * Runs a query. The result streams: blocks are fetched as the caller iterates.
     *
     * @throws io.taospring.client.error.TaosException of the category the server's error maps to
     */
    TaosResult query(String sql);

    /** Runs a query with the given request id; see {@link #query(String)}. */
    TaosResult query(String sql, long reqId);

    /**
     * Prepares an INSERT with {@code ?} placeholders for parameter binding
     * ({@code INSERT INTO ? USING meters TAGS(?,?) VALUES(?,?,?,?)}, {@code INSERT INTO d1 VALUES(?,?)},
     * {@code INSERT INTO meters (tbname, groupid, ts, current) VALUES(?,?,?,?)}). The statement belongs to
     * this session and is closed with it.
     *
     * @throws io.taospring.client.error.StatementError when the server refuses the statement or it is not an INSERT
     * @throws io.taospring.client.error.InterfaceError with {@code UNSUPPORTED} over REST, which has no binding protocol
     */
    TaosStatement prepare(String sql);

    /**
     * A schemaless writer over this session's connection, valid while the session is open.
     *
     * @throws InterfaceError ({@code UNSUPPORTED}) from its writes when the transport cannot write schemaless
     *         data (REST)
     */
    default SchemalessWriter schemaless() {
        throw new InterfaceError(ErrorCodes.UNSUPPORTED, "this session cannot write schemaless data");
    }

    /** The server's version, e.g. {@code 3.3.6.0}. */
    String serverVersion();

    /** The settings of the client this session belongs to. */
    TaosConfig config();

    /** Whether the session is closed. */
    boolean isClosed();

    /** Closes the session and any result still open on it; idempotent. */
    @Override
    void close();
}
