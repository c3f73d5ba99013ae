package io.taospring.embedded;

import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.engine.SessionContext;
import io.taospring.embedded.engine.SqlExecutor;
import io.taospring.embedded.engine.StatementResult;
import io.taospring.embedded.engine.UpdateResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A scripted engine for protocol tests: answers known statements, records what ran (with the session's
 * database at that moment), treats {@code use `x`} as a database switch, and reports a syntax error for the rest.
 */
public final class FakeExecutor implements SqlExecutor {

    /** One executed statement and the current database when it ran. */
    public record Executed(String sql, String database, String user) {
    }

    private final Map<String, Supplier<StatementResult>> answers = new ConcurrentHashMap<>();
    private final List<Executed> executed = new CopyOnWriteArrayList<>();

    /** Answers {@code sql} with {@code result}. */
    public FakeExecutor answer(String sql, StatementResult result) {
        answers.put(sql, () -> result);
        return this;
    }

    /** Answers {@code sql} with an engine error. */
    public FakeExecutor fail(String sql, int code, String message) {
        answers.put(sql, () -> {
            throw new EngineException(code, message);
        });
        return this;
    }

    /** The statements run so far. */
    public List<Executed> executed() {
        return executed;
    }

    @Override
    public StatementResult execute(SessionContext session, String sql) {
        executed.add(new Executed(sql, session.database(), session.user()));
        Supplier<StatementResult> answer = answers.get(sql);
        if (answer != null) {
            return answer.get();
        }
        if (sql.startsWith("use `") && sql.endsWith("`")) {
            String db = sql.substring(5, sql.length() - 1);
            if (db.equals("missing")) {
                throw new EngineException(0x0388, "Database not exist");
            }
            session.useDatabase(db);
            return new UpdateResult(0);
        }
        throw new EngineException(0x2600, "syntax error near \"" + sql.toLowerCase(java.util.Locale.ROOT) + "\"");
    }
}
