package io.taospring.embedded.engine;

/**
 * Runs SQL against the embedded server's data. The protocol layers (REST, WebSocket) see the engine only
 * through this interface. Implementations are thread-safe: many sessions call them at once.
 */
public interface SqlExecutor {

    /**
     * Runs one statement for a session.
     *
     * @throws EngineException with TDengine's error code when the statement fails; nothing of a failed
     *         statement is applied
     */
    StatementResult execute(SessionContext session, String sql);
}
