package io.taospring.embedded.engine;

import io.taospring.embedded.engine.query.QueryContext;
import io.taospring.embedded.engine.query.Times;
import io.taospring.embedded.engine.query.ValueParser;
import io.taospring.embedded.engine.sql.Expr;
import io.taospring.embedded.engine.sql.Statement.Insert;
import io.taospring.embedded.engine.sql.Statement.InsertTarget;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.Values;
import io.taospring.embedded.engine.storage.WrittenRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;

/**
 * INSERT: every value is converted and checked first, then tables are auto-created and rows written,
 * so a failing statement writes nothing.
 */
final class InsertExecutor {

    /** Rows bound for one table, which may still have to be created. */
    static final class Pending {
        final Database db;
        final String name;
        final SuperTable stable;
        final Object[] tags;
        Table table;
        final List<Object[]> rows = new ArrayList<>();

        Pending(Database db, String name, Table table, SuperTable stable, Object[] tags) {
            this.db = db;
            this.name = name;
            this.table = table;
            this.stable = stable;
            this.tags = tags;
        }
    }

    private final Catalog catalog;

    InsertExecutor(Catalog catalog) {
        this.catalog = catalog;
    }

    long execute(Insert insert, QueryContext query) {
        Map<String, Pending> pending = new LinkedHashMap<>();
        List<Lock> locks = new ArrayList<>();
        try {
            long rows = 0;
            for (InsertTarget target : insert.targets()) {
                Database db = Names.database(catalog, target.table(), query.database());
                lockOnce(db, locks);
                rows += prepare(target, db, query, pending);
            }
            apply(pending.values(), query);
            return rows;
        } finally {
            for (int i = locks.size() - 1; i >= 0; i--) {
                locks.get(i).unlock();
            }
        }
    }

    private static void lockOnce(Database db, List<Lock> locks) {
        Lock lock = db.schemaLock().readLock();
        if (!locks.contains(lock)) {
            lock.lock();
            locks.add(lock);
        }
    }

    private long prepare(InsertTarget target, Database db, QueryContext query, Map<String, Pending> pending) {
        ValueParser parser = new ValueParser(query.sql(), db.precision(), Times.now(query.now(), db.precision()),
                query.zone());
        String name = target.table().name();
        if (target.using() == null && db.table(name) == null && db.stable(name) != null
                && pendingFor(db, name, pending) == null) {
            return new SuperTableInsert(db, db.stable(name), parser).prepare(target, this, pending, query);
        }
        Pending destination = destination(target, db, query, pending);
        List<ColumnDef> columns = destination.stable != null ? destination.stable.columns()
                : destination.table.columns();
        int[] bound = boundColumns(target.columns(), columns);
        for (List<Expr> values : target.rows()) {
            destination.rows.add(row(values, bound, columns, parser));
        }
        return target.rows().size();
    }

    private static Pending pendingFor(Database db, String name, Map<String, Pending> pending) {
        return pending.get(db.name() + "." + name);
    }

    private Pending destination(InsertTarget target, Database db, QueryContext query, Map<String, Pending> pending) {
        String name = target.table().name();
        Pending known = pendingFor(db, name, pending);
        if (known != null) {
            checkStable(known.stable, target, db, query);
            return known;
        }
        Table table = db.table(name);
        if (target.using() == null) {
            if (table == null) {
                throw Errors.tableNotExist(name);
            }
            return register(new Pending(db, name, table, table.stable(), null), pending);
        }
        SuperTable stable = stableOf(target, db);
        if (table != null) {
            if (table.stable() != stable) {
                throw Errors.tableInOtherStable();
            }
            return register(new Pending(db, name, table, stable, null), pending);
        }
        Names.checkTableName(name);
        Object[] tags = DdlExecutor.tagValues(stable, target.tagNames(), target.tagValues(), db, query);
        return register(new Pending(db, name, null, stable, tags), pending);
    }

    private void checkStable(SuperTable stable, InsertTarget target, Database db, QueryContext query) {
        if (target.using() != null && stableOf(target, db) != stable) {
            throw Errors.tableInOtherStable();
        }
    }

    private SuperTable stableOf(InsertTarget target, Database db) {
        Database stableDb = target.using().database() != null ? Names.database(catalog, target.using().database()) : db;
        SuperTable stable = stableDb.stable(target.using().name());
        if (stable == null) {
            throw Errors.tableNotExist(target.using().name());
        }
        return stable;
    }

    Pending register(Pending destination, Map<String, Pending> pending) {
        pending.put(destination.db.name() + "." + destination.name, destination);
        return destination;
    }

    /** A child table of {@code stable} named in a super-table insert: existing, pending or new. */
    Pending childFor(Database db, SuperTable stable, String name, Object[] tags, Map<String, Pending> pending) {
        Pending known = pendingFor(db, name, pending);
        if (known != null) {
            if (known.stable != stable) {
                throw Errors.tableInOtherStable();
            }
            return known;
        }
        Table table = db.table(name);
        if (table != null && table.stable() != stable) {
            throw Errors.tableInOtherStable();
        }
        Names.checkTableName(name);
        return register(new Pending(db, name, table, stable, table == null ? tags : null), pending);
    }

    static void addRow(Pending destination, Object[] row) {
        destination.rows.add(row);
    }

    /** Indices of the bound columns; all columns when no list is given. */
    static int[] boundColumns(List<String> names, List<ColumnDef> columns) {
        if (names == null) {
            int[] all = new int[columns.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] bound = new int[names.size()];
        boolean timestamp = false;
        for (int i = 0; i < bound.length; i++) {
            bound[i] = DdlExecutor.indexOf(columns, names.get(i));
            if (bound[i] < 0) {
                throw Errors.invalidColumn(names.get(i));
            }
            timestamp |= bound[i] == 0;
        }
        if (!timestamp) {
            throw Errors.semantic(0x2600, "Primary timestamp column should not be null");
        }
        return bound;
    }

    static Object[] row(List<Expr> values, int[] bound, List<ColumnDef> columns, ValueParser parser) {
        if (values.size() != bound.length) {
            throw Errors.columnCount();
        }
        Object[] row = new Object[columns.size()];
        java.util.Arrays.fill(row, Values.NONE);
        for (int i = 0; i < bound.length; i++) {
            Object value = parser.parse(values.get(i), columns.get(bound[i]));
            if (bound[i] == 0 && value == null) {
                throw parser.error(values.get(i), "primary timestamp should not be null");
            }
            row[bound[i]] = value;
        }
        return row;
    }

    private void apply(Iterable<Pending> destinations, QueryContext query) {
        for (Pending destination : destinations) {
            if (destination.table == null) {
                Table created = new Table(destination.db.name(), destination.name, destination.stable, null,
                        destination.tags, query.now().toEpochMilli(), catalog.nextUid());
                destination.table = destination.db.addTable(created);
            }
            if (!destination.rows.isEmpty()) {
                destination.table.data().write(destination.rows);
                catalog.tmqHooks().rowsWritten(destination.db, destination.table, WrittenRows.of(destination.rows));
            }
        }
    }
}
