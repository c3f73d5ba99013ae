package io.taospring.embedded.engine;

import io.taospring.embedded.engine.query.QueryContext;
import io.taospring.embedded.engine.query.Times;
import io.taospring.embedded.engine.query.ValueParser;
import io.taospring.embedded.engine.sql.Statement.AlterAction;
import io.taospring.embedded.engine.sql.Statement.AlterTable;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** ALTER STABLE / ALTER TABLE: columns and tags added, dropped, widened, renamed; tag values set. */
final class AlterExecutor {

    private final Catalog catalog;

    AlterExecutor(Catalog catalog) {
        this.catalog = catalog;
    }

    void alter(AlterTable alter, QueryContext query) {
        Database db = Names.database(catalog, alter.name(), query.database());
        DdlExecutor.withWriteLock(db, () -> {
            SuperTable stable = db.stable(alter.name().name());
            Table table = db.table(alter.name().name());
            if (stable == null && table == null) {
                throw Errors.tableNotExist(alter.name().name());
            }
            if (alter.action() == AlterAction.SET_TAG) {
                setTag(alter, table, db, query);
            } else if (stable != null) {
                alterStable(alter, stable);
            } else if (alter.action() != AlterAction.OPTIONS) {
                alterNormal(alter, table);
            }
        });
    }

    private void alterStable(AlterTable alter, SuperTable stable) {
        List<ColumnDef> columns = new ArrayList<>(stable.columns());
        List<ColumnDef> tags = new ArrayList<>(stable.tags());
        switch (alter.action()) {
            case ADD_COLUMN -> {
                ColumnDef def = newDefinition(alter, columns, tags, 0x036B, "Column already exists");
                columns.add(def);
                stable.columns(columns);
                stable.children().forEach(child -> child.data().addColumn(def.type()));
            }
            case DROP_COLUMN -> {
                int index = existing(columns, alter.target(), 0x036C, "Column does not exist");
                columns.remove(index);
                stable.columns(columns);
                stable.children().forEach(child -> child.data().dropColumn(index));
            }
            case MODIFY_COLUMN -> stable.columns(widen(columns, alter, 0x036C, "Column does not exist"));
            case ADD_TAG -> {
                tags.add(newDefinition(alter, columns, tags, 0x0369, "Tag already exists"));
                stable.tags(tags);
                stable.children().forEach(child -> child.tags(Arrays.copyOf(child.tags(), tags.size())));
            }
            case DROP_TAG -> {
                int index = existing(tags, alter.target(), 0x036A, "Tag does not exist");
                tags.remove(index);
                stable.tags(tags);
                stable.children().forEach(child -> child.tags(without(child.tags(), index)));
            }
            case MODIFY_TAG -> stable.tags(widen(tags, alter, 0x036A, "Tag does not exist"));
            case RENAME_TAG -> {
                int index = existing(tags, alter.target(), 0x036A, "Tag does not exist");
                if (DdlExecutor.indexOf(tags, alter.newName()) >= 0) {
                    throw Errors.mnode(0x0369, "Tag already exists");
                }
                tags.set(index, tags.get(index).withName(alter.newName()));
                stable.tags(tags);
            }
            default -> {
                // options: accepted and ignored
            }
        }
    }

    private void alterNormal(AlterTable alter, Table table) {
        if (table.stable() != null) {
            throw Errors.semantic(0x2600, "syntax error near \"" + alter.name().name() + "\"");
        }
        List<ColumnDef> columns = new ArrayList<>(table.columns());
        switch (alter.action()) {
            case ADD_COLUMN -> {
                ColumnDef def = newDefinition(alter, columns, List.of(), 0x036B, "Column already exists");
                columns.add(def);
                table.data().addColumn(def.type());
                table.columns(columns);
            }
            case DROP_COLUMN -> {
                int index = existing(columns, alter.target(), 0x036C, "Column does not exist");
                columns.remove(index);
                table.data().dropColumn(index);
                table.columns(columns);
            }
            case MODIFY_COLUMN -> table.columns(widen(columns, alter, 0x036C, "Column does not exist"));
            default -> throw Errors.semantic(0x2600, "syntax error near \"" + alter.name().name() + "\"");
        }
    }

    private static ColumnDef newDefinition(AlterTable alter, List<ColumnDef> columns, List<ColumnDef> tags,
            int code, String message) {
        ColumnDef def = Names.definition(alter.column());
        if (DdlExecutor.indexOf(columns, def.name()) >= 0 || DdlExecutor.indexOf(tags, def.name()) >= 0) {
            throw Errors.mnode(code, message);
        }
        return def;
    }

    private static int existing(List<ColumnDef> defs, String name, int code, String message) {
        int index = DdlExecutor.indexOf(defs, name);
        if (index < 0) {
            throw Errors.mnode(code, message);
        }
        if (index == 0 && code == 0x036C) {
            throw Errors.semantic(0x2600, "syntax error near \"" + name + "\"");
        }
        return index;
    }

    private static List<ColumnDef> widen(List<ColumnDef> defs, AlterTable alter, int code, String message) {
        ColumnDef wanted = Names.definition(alter.column());
        int index = existing(defs, wanted.name(), code, message);
        ColumnDef current = defs.get(index);
        if (current.type() != wanted.type() || !current.type().isVariable() || wanted.length() < current.length()) {
            throw Errors.semantic(0x2600, "syntax error near \"" + wanted.name() + "\"");
        }
        defs.set(index, wanted);
        return defs;
    }

    private static Object[] without(Object[] values, int index) {
        List<Object> list = new ArrayList<>(Arrays.asList(values));
        if (index < list.size()) {
            list.remove(index);
        }
        return list.toArray();
    }

    private static void setTag(AlterTable alter, Table table, Database db, QueryContext query) {
        if (table == null || table.stable() == null) {
            throw Errors.invalidTag(alter.target());
        }
        List<ColumnDef> tags = table.stable().tags();
        int index = DdlExecutor.indexOf(tags, alter.target());
        if (index < 0) {
            throw Errors.invalidTag(alter.target());
        }
        ValueParser parser = new ValueParser(query.sql(), db.precision(),
                Times.now(query.now(), db.precision()), query.zone());
        Object[] values = table.tags();
        values[index] = parser.parse(alter.value(), tags.get(index));
        table.tags(values);
    }
}
