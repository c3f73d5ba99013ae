package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.sql.Parser;
import io.taospring.embedded.engine.sql.SqlText;
import io.taospring.embedded.engine.sql.Statement;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.ColumnVector;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.TableSlice;
import io.taospring.embedded.engine.storage.Values;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * A topic's {@code SELECT} (projection and filter only) run over the rows of one write, as TDengine runs a
 * query topic over each WAL entry. Thread-safe: the statement is immutable, every run compiles a fresh plan.
 */
public final class TopicQuery {

    private final String sql;
    private final Statement.Select select;

    private TopicQuery(String sql, Statement.Select select) {
        this.sql = sql;
        this.select = select;
    }

    /**
     * Parses {@code selectSql} (a plain {@code SELECT ... FROM ... [WHERE ...]}).
     *
     * @throws io.taospring.embedded.engine.EngineException when it is not a SELECT statement
     */
    public static TopicQuery parse(String selectSql) {
        String normalised = SqlText.normalise(selectSql);
        if (!(Parser.parse(normalised) instanceof Statement.Select parsed)) {
            throw new IllegalArgumentException("not a SELECT: " + selectSql);
        }
        return new TopicQuery(normalised, parsed);
    }

    /** The FROM name: a super table, child table or normal table. */
    public String from() {
        return select.from().name();
    }

    /**
     * Runs the query over {@code rows} just written to {@code table}, read as if {@code from} (the table itself
     * or its super table) held only them.
     */
    public ColumnarResult run(Database database, Table table, List<Object[]> rows) {
        SuperTable stable = table.stable() != null && table.stable().name().equals(from()) ? table.stable() : null;
        Source source = new WrittenRows(database, stable, table, rows);
        QueryContext query = new QueryContext(sql, database.name(), Instant.now(), ZoneOffset.UTC);
        SelectPlan plan = new SelectPlan(select, source, query);
        return Shaper.finish(plan, new Projection(plan).run());
    }

    /** One table's freshly written rows as a query source. */
    private static final class WrittenRows implements Source {
        private final Database database;
        private final Table table;
        private final List<Object[]> rows;
        private final Scope scope;
        private final boolean stable;

        WrittenRows(Database database, SuperTable stable, Table table, List<Object[]> rows) {
            this.database = database;
            this.table = table;
            this.rows = rows;
            this.stable = stable != null;
            List<ColumnDef> tags = table.stable() != null ? table.stable().tags() : List.of();
            this.scope = new Scope(stable != null ? stable.name() : table.name(), table.columns(), tags, true,
                    database.precision());
        }

        @Override
        public Scope scope() {
            return scope;
        }

        @Override
        public boolean starIncludesTags() {
            return stable;
        }

        @Override
        public Lock lock() {
            return database.schemaLock().readLock();
        }

        @Override
        public Iterator<TableSlice> slices(long from, long to, Compiled tableFilter) {
            TableSlice tagsOnly = new TableSlice(table.name(), table.tags(), new ColumnVector[0], 0);
            if (tableFilter != null
                    && !Boolean.TRUE.equals(Compiler.truth(tableFilter.eval().eval(new Row().at(tagsOnly, -1))))) {
                return Collections.emptyIterator();
            }
            return List.of(slice(from, to)).iterator();
        }

        private TableSlice slice(long from, long to) {
            List<ColumnDef> columns = scope.columns();
            ColumnVector[] vectors = new ColumnVector[columns.size()];
            for (int c = 0; c < vectors.length; c++) {
                vectors[c] = ColumnVector.create(columns.get(c).type(), rows.size());
            }
            int count = 0;
            for (Object[] row : rows) {
                long ts = (Long) row[0];
                if (ts >= from && ts <= to) {
                    for (int c = 0; c < vectors.length; c++) {
                        Object value = c < row.length ? row[c] : null;
                        vectors[c].append(value == Values.NONE ? null : value);
                    }
                    count++;
                }
            }
            return new TableSlice(table.name(), table.tags(), vectors, count);
        }
    }
}
