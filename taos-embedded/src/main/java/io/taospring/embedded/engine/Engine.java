package io.taospring.embedded.engine;

import io.taospring.client.stmt.BoundTable;
import io.taospring.embedded.engine.query.InfoSchema;
import io.taospring.embedded.engine.query.QueryContext;
import io.taospring.embedded.engine.query.SelectExecutor;
import io.taospring.embedded.engine.query.Sources;
import io.taospring.embedded.engine.sql.Parser;
import io.taospring.embedded.engine.sql.SqlText;
import io.taospring.embedded.engine.sql.Statement;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.Topic;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The embedded server's SQL engine: TDengine's SQL subset ({@code protocol/sql-subset.md}) over in-memory
 * columnar storage. Thread-safe; each statement is atomic (a failed statement applies nothing).
 */
public final class Engine implements SqlExecutor, StatementBinder {

    /** The server version reported by {@code SELECT SERVER_VERSION()} and the protocol layers. */
    public static final String SERVER_VERSION = "3.3.6.0";

    private final Catalog catalog = new Catalog();
    private final Clock clock;
    private final ZoneId zone;
    private final SelectExecutor selects;
    private final DdlExecutor ddl;
    private final InsertExecutor inserts;
    private final ShowExecutor shows;
    private final BoundInsertExecutor boundInserts;

    /** An engine on the system clock, reading zone-less timestamp strings as UTC. */
    public Engine() {
        this(Clock.systemUTC(), ZoneOffset.UTC);
    }

    /** An engine whose NOW comes from {@code clock}, reading zone-less timestamp strings in {@code zone}. */
    public Engine(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        InfoSchema infoSchema = new InfoSchema(catalog);
        this.selects = new SelectExecutor(new Sources(catalog, infoSchema));
        this.ddl = new DdlExecutor(catalog, selects);
        this.inserts = new InsertExecutor(catalog);
        this.shows = new ShowExecutor(catalog, infoSchema);
        this.boundInserts = new BoundInsertExecutor(catalog, clock);
    }

    @Override
    public StatementResult execute(SessionContext session, String sql) {
        String normalised = SqlText.normalise(sql);
        Statement statement = Parser.parse(normalised);
        QueryContext query = new QueryContext(normalised, session.database(), clock.instant(), zone);
        if (statement instanceof Statement.Select select) {
            return selects.execute(select, query);
        }
        if (statement instanceof Statement.Insert insert) {
            return new UpdateResult(inserts.execute(insert, query));
        }
        if (statement instanceof Statement.Show show) {
            return shows.show(show, query);
        }
        if (statement instanceof Statement.Describe describe) {
            return shows.describe(describe, query);
        }
        if (statement instanceof Statement.UseDatabase use) {
            return use(session, use.name());
        }
        if (statement instanceof Statement.Delete delete) {
            return new UpdateResult(ddl.delete(delete, query));
        }
        ddl.execute(statement, query);
        return new UpdateResult(0);
    }

    private StatementResult use(SessionContext session, String database) {
        if (!InfoSchema.isSystemDatabase(database) && catalog.database(database) == null) {
            throw Errors.databaseNotExist();
        }
        session.useDatabase(database);
        return new UpdateResult(0);
    }

    @Override
    public PreparedInsert prepareInsert(SessionContext session, String sql) {
        return boundInserts.prepare(session, sql);
    }

    @Override
    public long insertBound(SessionContext session, PreparedInsert insert, List<BoundTable> tables) {
        return boundInserts.insert(insert, tables);
    }

    /** The topics, in creation order (for the TMQ layer). */
    public List<Topic> topics() {
        return catalog.topics();
    }

    /** The catalog of databases, tables and topics (for the TMQ layer and diagnostics). */
    public Catalog catalog() {
        return catalog;
    }
}
