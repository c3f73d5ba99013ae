package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.storage.ColumnVector;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.TableSlice;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.Lock;

/** A super, child or normal table of a user database. */
final class UserSource implements Source {

    private final Database database;
    private final SuperTable stable;
    private final Table table;
    private final Scope scope;

    UserSource(Database database, SuperTable stable, Table table) {
        this.database = database;
        this.stable = stable;
        this.table = table;
        SuperTable schema = stable != null ? stable : table.stable();
        String name = stable != null ? stable.name() : table.name();
        this.scope = new Scope(name, schema != null ? schema.columns() : table.columns(),
                schema != null ? schema.tags() : List.of(), true, database.precision());
    }

    String databaseName() {
        return database.name();
    }

    @Override
    public Scope scope() {
        return scope;
    }

    @Override
    public boolean starIncludesTags() {
        return stable != null;
    }

    @Override
    public Lock lock() {
        return database.schemaLock().readLock();
    }

    @Override
    public Iterator<TableSlice> slices(long from, long to, Compiled tableFilter) {
        List<Table> tables = stable != null ? stable.children() : List.of(table);
        Row row = new Row();
        return new Iterator<>() {
            private int next;
            private Table pending = advance();

            private Table advance() {
                while (next < tables.size()) {
                    Table candidate = tables.get(next++);
                    if (passes(candidate)) {
                        return candidate;
                    }
                }
                return null;
            }

            private boolean passes(Table candidate) {
                if (tableFilter == null) {
                    return true;
                }
                TableSlice tagsOnly = new TableSlice(candidate.name(), candidate.tags(), new ColumnVector[0], 0);
                return Boolean.TRUE.equals(Compiler.truth(tableFilter.eval().eval(row.at(tagsOnly, -1))));
            }

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public TableSlice next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                Table current = pending;
                pending = advance();
                return current.slice(from, to);
            }
        };
    }
}
