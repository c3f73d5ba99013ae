package io.taospring.embedded.engine;

import io.taospring.client.TaosType;
import io.taospring.client.stmt.BindField;
import io.taospring.client.stmt.BoundTable;
import io.taospring.embedded.engine.sql.SqlText;
import io.taospring.embedded.engine.sql.StmtInsert;
import io.taospring.embedded.engine.sql.TableName;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.ColumnBatch;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.WrittenRows;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;

/** Prepared INSERTs with bound values ({@link StatementBinder}): resolves the SQL once, writes columns. */
final class BoundInsertExecutor {

    /** {@code TSDB_TABLE_FNAME_LEN}: the width stmt2 reports for the table-name placeholder. */
    private static final int TABLE_NAME_BYTES = 271;

    private final Catalog catalog;
    private final Clock clock;

    BoundInsertExecutor(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    PreparedInsert prepare(SessionContext session, String sql) {
        StmtInsert parsed = StmtInsert.parse(SqlText.normalise(sql));
        TableName anchor = parsed.table() != null ? parsed.table() : parsed.using();
        if (anchor == null) {
            throw Errors.semantic(0x2600, "syntax error near \"?\" (a bound table name needs USING <stable> TAGS(...))");
        }
        Database db = Names.database(catalog, anchor, session.database());
        Lock lock = db.schemaLock().readLock();
        lock.lock();
        try {
            if (parsed.using() != null) {
                return childInsert(parsed, db);
            }
            String name = parsed.table().name();
            Table table = db.table(name);
            if (table != null) {
                return tableInsert(parsed, db, table);
            }
            SuperTable stable = db.stable(name);
            if (stable == null) {
                throw Errors.tableNotExist(name);
            }
            return superTableInsert(parsed, db, stable);
        } finally {
            lock.unlock();
        }
    }

    /** {@code INSERT INTO <?|name> USING stb [(tags)] TAGS(?..) [(cols)] VALUES(?..)}. */
    private PreparedInsert childInsert(StmtInsert parsed, Database db) {
        Database stableDb = parsed.using().database() != null ? Names.database(catalog, parsed.using().database()) : db;
        SuperTable stable = stableDb.stable(parsed.using().name());
        if (stable == null) {
            throw Errors.tableNotExist(parsed.using().name());
        }
        Binding binding = new Binding(db);
        if (parsed.table() == null) {
            binding.tableName();
        }
        List<String> tagNames = parsed.tagNames() != null ? parsed.tagNames() : names(stable.tags());
        if (tagNames.size() != parsed.tagPlaceholders()) {
            throw Errors.tagsNotMatched();
        }
        for (String tag : tagNames) {
            int index = DdlExecutor.indexOf(stable.tags(), tag);
            if (index < 0) {
                throw Errors.invalidTag(tag);
            }
            binding.tag(stable.tags().get(index), index);
        }
        bindColumns(parsed, stable.columns(), binding);
        String fixed = parsed.table() == null ? null : parsed.table().name();
        return binding.build(stable.name(), fixed, stable.columns().size());
    }

    /** {@code INSERT INTO <existing table> [(cols)] VALUES(?..)}. */
    private PreparedInsert tableInsert(StmtInsert parsed, Database db, Table table) {
        Binding binding = new Binding(db);
        bindColumns(parsed, table.columns(), binding);
        return binding.build(table.stable() == null ? null : table.stable().name(), table.name(),
                table.columns().size());
    }

    /** {@code INSERT INTO stb (tbname, columns and tags in any order) VALUES(?..)}. */
    private PreparedInsert superTableInsert(StmtInsert parsed, Database db, SuperTable stable) {
        List<String> names = parsed.columnNames();
        if (names == null || !names.contains("tbname")) {
            throw Errors.semantic(0x2600, "syntax error near \"" + stable.name() + "\" (tbname is required)");
        }
        if (names.size() != parsed.valuePlaceholders()) {
            throw Errors.columnCount();
        }
        Binding binding = new Binding(db);
        for (String name : names) {
            int column = DdlExecutor.indexOf(stable.columns(), name);
            int tag = DdlExecutor.indexOf(stable.tags(), name);
            if (name.equals("tbname")) {
                binding.tableName();
            } else if (column >= 0) {
                binding.column(stable.columns().get(column), column);
            } else if (tag >= 0) {
                binding.tag(stable.tags().get(tag), tag);
            } else {
                throw Errors.invalidColumn(name);
            }
        }
        binding.requireTimestamp();
        return binding.build(stable.name(), null, stable.columns().size());
    }

    private static void bindColumns(StmtInsert parsed, List<ColumnDef> columns, Binding binding) {
        List<String> names = parsed.columnNames() != null ? parsed.columnNames() : names(columns);
        if (names.size() != parsed.valuePlaceholders()) {
            throw Errors.columnCount();
        }
        for (String name : names) {
            int index = DdlExecutor.indexOf(columns, name);
            if (index < 0) {
                throw Errors.invalidColumn(name);
            }
            binding.column(columns.get(index), index);
        }
        binding.requireTimestamp();
    }

    private static List<String> names(List<ColumnDef> defs) {
        return defs.stream().map(ColumnDef::name).toList();
    }

    /** Collects the placeholders of a statement in SQL order. */
    private static final class Binding {
        private final Database db;
        private final List<BindField> fields = new ArrayList<>();
        private final List<ColumnDef> tagDefs = new ArrayList<>();
        private final List<Integer> tagIndex = new ArrayList<>();
        private final List<ColumnDef> columnDefs = new ArrayList<>();
        private final List<Integer> columnIndex = new ArrayList<>();

        Binding(Database db) {
            this.db = db;
        }

        void tableName() {
            fields.add(new BindField("tbname", TaosType.VARCHAR, TABLE_NAME_BYTES, 0, 0, BindField.Kind.TABLE_NAME));
        }

        void tag(ColumnDef def, int index) {
            fields.add(field(def, BindField.Kind.TAG));
            tagDefs.add(def);
            tagIndex.add(index);
        }

        void column(ColumnDef def, int index) {
            fields.add(field(def, BindField.Kind.COLUMN));
            columnDefs.add(def);
            columnIndex.add(index);
        }

        void requireTimestamp() {
            if (!columnIndex.contains(0)) {
                throw Errors.semantic(0x2600, "Primary timestamp column should not be null");
            }
        }

        /** Timestamps carry the database precision, decimals their own; every other field 0 (ws-stmt.md 3). */
        private BindField field(ColumnDef def, BindField.Kind kind) {
            int precision = def.type() == TaosType.TIMESTAMP ? db.precision().code() : def.precision();
            return new BindField(def.name(), def.type(), def.type().internalWidth(def.length()), precision,
                    def.scale(), kind);
        }

        PreparedInsert build(String stable, String fixedTable, int tableColumns) {
            return new PreparedInsert(db.name(), stable, fixedTable, fields, tagDefs,
                    tagIndex.stream().mapToInt(Integer::intValue).toArray(), columnDefs,
                    columnIndex.stream().mapToInt(Integer::intValue).toArray(), tableColumns);
        }
    }

    // ---- writing ----

    /** One destination table of a batch: existing or to be created, and its column batches. */
    private static final class Target {
        private Table table;
        private final String name;
        private final Object[] tags;
        private final List<ColumnBatch[]> batches = new ArrayList<>();

        Target(Table table, String name, Object[] tags) {
            this.table = table;
            this.name = name;
            this.tags = tags;
        }
    }

    long insert(PreparedInsert insert, List<BoundTable> tables) {
        Database db = Names.database(catalog, insert.database());
        Lock lock = db.schemaLock().readLock();
        lock.lock();
        try {
            SuperTable stable = insert.stable() == null ? null : db.stable(insert.stable());
            if (insert.stable() != null && stable == null) {
                throw Errors.tableNotExist(insert.stable());
            }
            Map<String, Target> targets = new LinkedHashMap<>();
            long rows = 0;
            for (BoundTable bound : tables) {
                checkShape(bound, insert);
                String name = tableName(bound, insert, db);
                Target target = targets.get(name);
                if (target == null) {
                    target = resolve(db, stable, insert, name, bound);
                    targets.put(name, target);
                }
                target.batches.add(columns(bound, insert, target));
                rows += bound.rows();
            }
            apply(db, stable, targets.values());
            return rows;
        } finally {
            lock.unlock();
        }
    }

    private static void checkShape(BoundTable bound, PreparedInsert insert) {
        if (bound.tags().size() != insert.tagDefs().size() || bound.columns().size() != insert.columnDefs().size()) {
            throw new EngineException(BindValues.INVALID_OPERATION, "bound " + bound.tags().size() + " tags and "
                    + bound.columns().size() + " columns, the statement has " + insert.tagDefs().size() + " and "
                    + insert.columnDefs().size());
        }
        int rows = bound.rows();
        for (var column : bound.columns()) {
            if (column.rows() != rows) {
                throw new EngineException(BindValues.INVALID_OPERATION, "columns of one table bound with "
                        + column.rows() + " and " + rows + " rows");
            }
        }
        if (insert.bindsTableName() && (bound.name() == null || bound.name().isEmpty())) {
            throw new EngineException(0x022B, "Stmt table name not set");
        }
    }

    /** The bound (or fixed) table name, without a qualifier naming the statement's own database. */
    private static String tableName(BoundTable bound, PreparedInsert insert, Database db) {
        String name = insert.bindsTableName() ? bound.name() : insert.fixedTable();
        int dot = name.indexOf('.');
        if (dot >= 0) {
            if (!name.substring(0, dot).equals(db.name())) {
                throw Errors.semantic(0x2618, "Corresponding super table not in this db");
            }
            name = name.substring(dot + 1);
        }
        if (name.length() > 1 && name.startsWith("`") && name.endsWith("`")) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }

    private Target resolve(Database db, SuperTable stable, PreparedInsert insert, String name, BoundTable bound) {
        Table table = db.table(name);
        if (table != null) {
            if (stable != null && table.stable() != stable) {
                throw Errors.tableInOtherStable();
            }
            return new Target(table, name, null);
        }
        if (stable == null || insert.tagDefs().isEmpty()) {
            throw Errors.tableNotExist(name);
        }
        if (db.stable(name) != null) {
            throw Errors.tableExists();
        }
        Names.checkTableName(name);
        Object[] tags = new Object[stable.tags().size()];
        for (int i = 0; i < bound.tags().size(); i++) {
            tags[insert.tagIndex(i)] = BindValues.tag(bound.tags().get(i), insert.tagDefs().get(i));
        }
        return new Target(null, name, tags);
    }

    private static ColumnBatch[] columns(BoundTable bound, PreparedInsert insert, Target target) {
        int width = target.table != null ? target.table.columns().size() : insert.tableColumns();
        ColumnBatch[] vectors = new ColumnBatch[width];
        for (int i = 0; i < bound.columns().size(); i++) {
            int index = insert.columnIndex(i);
            vectors[index] = BindValues.batch(bound.columns().get(i), insert.columnDefs().get(i), index == 0);
        }
        return vectors;
    }

    private void apply(Database db, SuperTable stable, Iterable<Target> targets) {
        long now = clock.millis();
        for (Target target : targets) {
            if (target.table == null) {
                target.table = db.addTable(new Table(db.name(), target.name, stable, null, target.tags, now,
                        catalog.nextUid()));
            }
            for (ColumnBatch[] batch : target.batches) {
                target.table.data().writeColumns(batch);
                // topics see bound rows as they see rows of INSERT statements (TDengine's WAL has both)
                catalog.tmqHooks().rowsWritten(db, target.table, WrittenRows.copyOf(batch, target.table.columns()));
            }
        }
    }
}
