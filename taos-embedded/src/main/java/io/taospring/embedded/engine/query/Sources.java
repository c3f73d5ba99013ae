package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.Errors;
import io.taospring.embedded.engine.sql.TableName;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Table;

/** Resolves the FROM name of a query. */
public final class Sources {

    private final Catalog catalog;
    private final InfoSchema infoSchema;

    /** Resolution over {@code catalog} and its system tables. */
    public Sources(Catalog catalog, InfoSchema infoSchema) {
        this.catalog = catalog;
        this.infoSchema = infoSchema;
    }

    Source resolve(TableName from, String sessionDatabase) {
        if (from == null) {
            return SystemSource.none();
        }
        String dbName = from.database() != null ? from.database() : sessionDatabase;
        if (InfoSchema.isSystemDatabase(dbName)) {
            SystemTable table = infoSchema.table(dbName, from.name());
            if (table == null) {
                throw Errors.tableNotExist(from.name());
            }
            return new SystemSource(table.name(), table.columns(), table.rows());
        }
        if (dbName == null) {
            throw Errors.databaseNotSpecified();
        }
        Database db = catalog.database(dbName);
        if (db == null) {
            throw Errors.databaseNotExist();
        }
        SuperTable stable = db.stable(from.name());
        if (stable != null) {
            return new UserSource(db, stable, null);
        }
        Table table = db.table(from.name());
        if (table == null) {
            throw Errors.tableNotExist(from.name());
        }
        return new UserSource(db, null, table);
    }
}
