package io.taospring.embedded.engine;

import io.taospring.client.Precision;
import io.taospring.client.TaosType;
import io.taospring.embedded.engine.query.QueryContext;
import io.taospring.embedded.engine.query.SelectExecutor;
import io.taospring.embedded.engine.query.Times;
import io.taospring.embedded.engine.query.ValueParser;
import io.taospring.embedded.engine.sql.Statement;
import io.taospring.embedded.engine.sql.Statement.ChildTable;
import io.taospring.embedded.engine.sql.Statement.TopicKind;
import io.taospring.embedded.engine.sql.TableName;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;

/** CREATE, DROP, ALTER, DELETE and topic statements. */
final class DdlExecutor {

    private final Catalog catalog;
    private final SelectExecutor selects;
    private final AlterExecutor alters;

    DdlExecutor(Catalog catalog, SelectExecutor selects) {
        this.catalog = catalog;
        this.selects = selects;
        this.alters = new AlterExecutor(catalog);
    }

    void execute(Statement statement, QueryContext query) {
        if (statement instanceof Statement.CreateDatabase create) {
            createDatabase(create, query);
        } else if (statement instanceof Statement.DropDatabase drop) {
            dropDatabase(drop);
        } else if (statement instanceof Statement.CreateStable create) {
            createStable(create, query);
        } else if (statement instanceof Statement.CreateTable create) {
            createTable(create, query);
        } else if (statement instanceof Statement.CreateChildTables create) {
            createChildTables(create, query);
        } else if (statement instanceof Statement.DropTables drop) {
            dropTables(drop, query);
        } else if (statement instanceof Statement.AlterTable alter) {
            alters.alter(alter, query);
        } else if (statement instanceof Statement.CreateTopic create) {
            createTopic(create, query);
        } else if (statement instanceof Statement.DropTopic drop) {
            dropTopic(drop);
        }
        // DROP CONSUMER GROUP (the TMQ layer's state) and NoOp statements are accepted and ignored
    }

    // ---- databases ----

    private void createDatabase(Statement.CreateDatabase create, QueryContext query) {
        Names.checkDatabaseName(create.name());
        Map<String, String> options = new HashMap<>(create.options());
        String precisionName = options.remove("precision");
        Precision precision;
        try {
            precision = precisionName == null ? Precision.MILLISECONDS : Precision.fromName(precisionName);
        } catch (IllegalArgumentException e) {
            throw Errors.semantic(0x2600, "Invalid option precision: " + precisionName);
        }
        Database db = new Database(create.name(), precision, options, query.now().toEpochMilli(),
                catalog.nextUid());
        if (!catalog.addDatabase(db) && !create.ifNotExists()) {
            throw Errors.databaseExists();
        }
    }

    private void dropDatabase(Statement.DropDatabase drop) {
        Database db = catalog.database(drop.name());
        if (db == null) {
            if (drop.ifExists()) {
                return;
            }
            throw Errors.databaseNotExist();
        }
        Lock lock = db.schemaLock().writeLock();
        lock.lock();
        try {
            catalog.removeDatabase(drop.name());
        } finally {
            lock.unlock();
        }
    }

    // ---- tables ----

    private void createStable(Statement.CreateStable create, QueryContext query) {
        Database db = Names.database(catalog, create.name(), query.database());
        Names.checkTableName(create.name().name());
        List<List<ColumnDef>> defs = Names.definitions(create.columns(), create.tags());
        checkTimestampFirst(defs.get(0));
        checkJsonTag(defs.get(1));
        withWriteLock(db, () -> {
            String name = create.name().name();
            if (db.stable(name) != null || db.table(name) != null) {
                if (create.ifNotExists()) {
                    return;
                }
                throw db.stable(name) != null ? Errors.stableExists() : Errors.tableExists();
            }
            db.addStable(new SuperTable(db.name(), name, defs.get(0), defs.get(1), query.now().toEpochMilli(),
                    catalog.nextUid()));
        });
    }

    static void checkTimestampFirst(List<ColumnDef> columns) {
        if (columns.isEmpty() || columns.get(0).type() != TaosType.TIMESTAMP) {
            throw Errors.firstColumnNotTimestamp();
        }
    }

    private static void checkJsonTag(List<ColumnDef> tags) {
        boolean json = tags.stream().anyMatch(tag -> tag.type() == TaosType.JSON);
        if (json && tags.size() > 1) {
            throw Errors.semantic(0x2600, "syntax error near \"json\"");
        }
    }

    private void createTable(Statement.CreateTable create, QueryContext query) {
        Database db = Names.database(catalog, create.name(), query.database());
        Names.checkTableName(create.name().name());
        List<ColumnDef> columns = Names.definitions(create.columns()).get(0);
        checkTimestampFirst(columns);
        if (columns.stream().anyMatch(c -> c.type() == TaosType.JSON)) {
            throw Errors.semantic(0x2600, "syntax error near \"json\"");
        }
        withWriteLock(db, () -> {
            String name = create.name().name();
            if (db.table(name) != null || db.stable(name) != null) {
                if (create.ifNotExists()) {
                    return;
                }
                throw Errors.tableExists();
            }
            db.addTable(new Table(db.name(), name, null, columns, null, query.now().toEpochMilli(),
                    catalog.nextUid()));
        });
    }

    private void createChildTables(Statement.CreateChildTables create, QueryContext query) {
        List<Runnable> creations = new ArrayList<>();
        for (ChildTable child : create.tables()) {
            Database db = Names.database(catalog, child.name(), query.database());
            Names.checkTableName(child.name().name());
            SuperTable stable = stableFor(child.stable(), db, query);
            Object[] tags = tagValues(stable, child.tagNames(), child.tagValues(), db, query);
            Table existing = db.table(child.name().name());
            if (existing != null || db.stable(child.name().name()) != null) {
                if (!child.ifNotExists()) {
                    throw Errors.tableExists();
                }
                continue;
            }
            creations.add(() -> db.addTable(new Table(db.name(), child.name().name(), stable, null, tags,
                    query.now().toEpochMilli(), catalog.nextUid())));
        }
        creations.forEach(Runnable::run);
    }

    SuperTable stableFor(TableName name, Database childDb, QueryContext query) {
        Database db = name.database() != null ? Names.database(catalog, name.database()) : childDb;
        SuperTable stable = db.stable(name.name());
        if (stable == null) {
            throw Errors.tableNotExist(name.name());
        }
        return stable;
    }

    /** Tag values in tag order from a TAGS clause, optionally naming the tags. */
    static Object[] tagValues(SuperTable stable, List<String> tagNames,
            List<io.taospring.embedded.engine.sql.Expr> values, Database db, QueryContext query) {
        List<ColumnDef> tags = stable.tags();
        List<String> names = tagNames != null ? tagNames : tags.stream().map(ColumnDef::name).toList();
        if (names.size() != values.size() || (tagNames == null && values.size() != tags.size())) {
            throw Errors.tagsNotMatched();
        }
        ValueParser parser = new ValueParser(query.sql(), db.precision(),
                Times.now(query.now(), db.precision()), query.zone());
        Object[] result = new Object[tags.size()];
        for (int i = 0; i < names.size(); i++) {
            int index = indexOf(tags, names.get(i));
            if (index < 0) {
                throw Errors.invalidTag(names.get(i));
            }
            result[index] = parser.parse(values.get(i), tags.get(index));
        }
        return result;
    }

    static int indexOf(List<ColumnDef> defs, String name) {
        for (int i = 0; i < defs.size(); i++) {
            if (defs.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void dropTables(Statement.DropTables drop, QueryContext query) {
        for (TableName name : drop.names()) {
            Database db = Names.database(catalog, name, query.database());
            withWriteLock(db, () -> {
                SuperTable stable = db.stable(name.name());
                Table table = drop.stable() ? null : db.table(name.name());
                if (table != null) {
                    db.removeTable(table);
                } else if (stable != null) {
                    db.removeStable(stable);
                } else if (!drop.ifExists()) {
                    throw Errors.tableNotExist(name.name());
                }
            });
        }
    }

    static void withWriteLock(Database db, Runnable action) {
        Lock lock = db.schemaLock().writeLock();
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }

    // ---- topics ----

    private void createTopic(Statement.CreateTopic create, QueryContext query) {
        String database = switch (create.kind()) {
            case QUERY -> selects.validate(create.query(), query);
            case STABLE -> stableFor(create.stable(), Names.database(catalog, create.stable(), query.database()),
                    query).database();
            case DATABASE -> Names.database(catalog, create.database()).name();
        };
        if (create.kind() == TopicKind.QUERY && database == null) {
            throw Errors.databaseNotSpecified();
        }
        Topic topic = new Topic(create.name(), database, create, query.now().toEpochMilli(), catalog.nextUid());
        if (!catalog.addTopic(topic) && !create.ifNotExists()) {
            throw Errors.topicExists();
        }
    }

    private void dropTopic(Statement.DropTopic drop) {
        if (catalog.topic(drop.name()) != null && catalog.tmqHooks().topicSubscribed(drop.name())) {
            throw Errors.topicSubscribed();
        }
        if (!catalog.removeTopic(drop.name()) && !drop.ifExists()) {
            throw Errors.topicNotExist();
        }
    }

    // ---- DELETE ----

    long delete(Statement.Delete delete, QueryContext query) {
        Database db = Names.database(catalog, delete.table(), query.database());
        long[] range = delete.where() == null ? new long[] {Long.MIN_VALUE, Long.MAX_VALUE}
                : selects.timeRange(delete.table(), delete.where(), query);
        Lock lock = db.schemaLock().readLock();
        lock.lock();
        try {
            SuperTable stable = db.stable(delete.table().name());
            List<Table> tables = stable != null ? stable.children() : List.of(table(db, delete.table()));
            long deleted = 0;
            for (Table table : tables) {
                deleted += table.data().deleteRange(range[0], range[1]);
            }
            return deleted;
        } finally {
            lock.unlock();
        }
    }

    private static Table table(Database db, TableName name) {
        Table table = db.table(name.name());
        if (table == null) {
            throw Errors.tableNotExist(name.name());
        }
        return table;
    }
}
