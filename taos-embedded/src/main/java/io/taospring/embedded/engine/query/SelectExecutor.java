package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.Errors;
import io.taospring.embedded.engine.sql.Expr;
import io.taospring.embedded.engine.sql.Statement.Select;
import io.taospring.embedded.engine.sql.TableName;
import java.util.concurrent.locks.Lock;

/** Runs SELECT statements against the catalog. Thread-safe. */
public final class SelectExecutor {

    private final Sources sources;

    /** An executor resolving FROM names with {@code sources}. */
    public SelectExecutor(Sources sources) {
        this.sources = sources;
    }

    /** Compiles {@code select} without running it (CREATE TOPIC validation); returns its database. */
    public String validate(Select select, QueryContext query) {
        Source source = sources.resolve(select.from(), query.database());
        new SelectPlan(select, source, query);
        return source instanceof UserSource user ? user.databaseName() : query.database();
    }

    /**
     * The primary-timestamp range {@code [from, to]} of a DELETE condition on {@code table}.
     *
     * @throws io.taospring.embedded.engine.EngineException when the condition is not a time range
     */
    public long[] timeRange(TableName table, Expr where, QueryContext query) {
        Source source = sources.resolve(table, query.database());
        long now = Times.now(query.now(), source.precision());
        Compiler compiler = new Compiler(new CompileContext(query.sql(), source.scope(), now, query.zone(),
                query.database(), null));
        Filter filter = Filter.analyse(where, compiler);
        if (filter.rowFilter() != null || filter.tableFilter() != null) {
            throw Errors.semantic(0x2600, "syntax error near \"" + compiler.text(where) + "\"");
        }
        return new long[] {filter.from(), filter.to()};
    }

    /** Runs {@code select}; the result is a snapshot independent of later writes. */
    public ColumnarResult execute(Select select, QueryContext query) {
        Source source = sources.resolve(select.from(), query.database());
        Lock lock = source.lock();
        lock.lock();
        try {
            SelectPlan plan = new SelectPlan(select, source, query);
            WideResult wide = plan.isAggregate() ? new Aggregation(plan).run() : new Projection(plan).run();
            return Shaper.finish(plan, wide);
        } finally {
            lock.unlock();
        }
    }
}
