package io.taospring.embedded.engine;

import io.taospring.embedded.engine.query.InfoSchema;
import io.taospring.embedded.engine.sql.ColumnSpec;
import io.taospring.embedded.engine.sql.TableName;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.Database;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Name resolution and column-declaration checks shared by the statement executors. */
final class Names {

    private static final int MAX_DB_NAME = 64;
    private static final int MAX_TABLE_NAME = 192;
    private static final int MAX_COLUMN_NAME = 64;

    private Names() {
    }

    /** The database of {@code name}: its qualifier or the session's, which must exist. */
    static Database database(Catalog catalog, TableName name, String sessionDatabase) {
        return database(catalog, name.database() != null ? name.database() : sessionDatabase);
    }

    static Database database(Catalog catalog, String name) {
        if (name == null) {
            throw Errors.databaseNotSpecified();
        }
        Database db = catalog.database(name);
        if (db == null) {
            throw Errors.databaseNotExist();
        }
        return db;
    }

    static void checkDatabaseName(String name) {
        if (name.length() > MAX_DB_NAME || InfoSchema.isSystemDatabase(name)) {
            throw Errors.semantic(0x2617, "Invalid identifier name: " + name);
        }
    }

    static void checkTableName(String name) {
        if (name.length() > MAX_TABLE_NAME) {
            throw Errors.semantic(0x2617, "Invalid identifier name: " + name);
        }
    }

    /** Column or tag definitions, checked for length limits and duplicates across {@code lists}. */
    @SafeVarargs
    static List<List<ColumnDef>> definitions(List<ColumnSpec>... lists) {
        Set<String> seen = new HashSet<>();
        List<List<ColumnDef>> out = new ArrayList<>();
        for (List<ColumnSpec> specs : lists) {
            List<ColumnDef> defs = new ArrayList<>();
            for (ColumnSpec spec : specs) {
                ColumnDef def = definition(spec);
                if (!seen.add(def.name().toLowerCase(java.util.Locale.ROOT))) {
                    throw Errors.duplicateColumn();
                }
                defs.add(def);
            }
            out.add(defs);
        }
        return out;
    }

    static ColumnDef definition(ColumnSpec spec) {
        if (spec.name().length() > MAX_COLUMN_NAME) {
            throw Errors.semantic(0x2617, "Invalid identifier name: " + spec.name());
        }
        if (spec.type().type().isVariable() && spec.type().length() <= 0) {
            throw Errors.semantic(0x2600, "syntax error near \"" + spec.name() + "\"");
        }
        return new ColumnDef(spec.name(), spec.type().type(), spec.type().length(), spec.type().precision(),
                spec.type().scale(), spec.primaryKey());
    }
}
