package io.taospring.embedded.engine;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.embedded.engine.query.ColumnarResult;
import io.taospring.embedded.engine.sql.TableName;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.Values;
import java.util.List;
import java.util.stream.Collectors;

/** SHOW CREATE DATABASE / TABLE. */
final class ShowCreate {

    private ShowCreate() {
    }

    static ColumnarResult database(Database db) {
        String text = "CREATE DATABASE `" + db.name() + "` BUFFER " + db.option("buffer", "256")
                + " CACHESIZE 1 CACHEMODEL '" + db.option("cachemodel", "none") + "' COMP 2 DURATION "
                + db.option("duration", "10d") + " WAL_FSYNC_PERIOD 3000 MAXROWS 4096 MINROWS 100 KEEP "
                + db.option("keep", "3650d") + " PAGES 256 PAGESIZE 4 PRECISION '" + db.precision().sqlName()
                + "' REPLICA 1 WAL_LEVEL 1 VGROUPS " + db.option("vgroups", "2") + " SINGLE_STABLE 0";
        return result("Database", 65, "Create Database", 65_517, db.name(), text);
    }

    static ColumnarResult table(Catalog catalog, TableName name, String sessionDatabase) {
        Database db = Names.database(catalog, name, sessionDatabase);
        SuperTable stable = db.stable(name.name());
        if (stable != null) {
            String text = "CREATE STABLE `" + stable.name() + "` (" + columns(stable.columns(), true) + ") TAGS ("
                    + columns(stable.tags(), false) + ")";
            return result("Table", 193, "Create Table", 3 << 20, stable.name(), text);
        }
        Table table = db.table(name.name());
        if (table == null) {
            throw Errors.tableNotExist(name.name());
        }
        String text = table.stable() == null
                ? "CREATE TABLE `" + table.name() + "` (" + columns(table.columns(), true) + ")"
                : "CREATE TABLE `" + table.name() + "` USING `" + table.stable().name() + "` TAGS ("
                        + tagValues(table.tags()) + ")";
        return result("Table", 193, "Create Table", 3 << 20, table.name(), text);
    }

    private static String columns(List<ColumnDef> defs, boolean compression) {
        return defs.stream().map(def -> {
            String type = def.typeNameWithLength();
            if (!compression) {
                return "`" + def.name() + "` " + type;
            }
            Compression codec = Compression.of(def.type());
            return "`" + def.name() + "` " + type + " ENCODE '" + codec.encode() + "' COMPRESS '"
                    + codec.compress() + "' LEVEL '" + codec.level() + "'";
        }).collect(Collectors.joining(", "));
    }

    private static String tagValues(Object[] tags) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tags.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            Object tag = tags[i];
            out.append(tag == null ? "NULL" : tag instanceof String s ? "\"" + s + "\"" : Values.text(tag));
        }
        return out.toString();
    }

    private static ColumnarResult result(String nameLabel, int nameLength, String textLabel, int textLength,
            String name, String text) {
        List<TaosField> fields = List.of(new TaosField(nameLabel, TaosType.VARCHAR, nameLength),
                new TaosField(textLabel, TaosType.VARCHAR, textLength));
        return ColumnarResult.of(fields, List.<Object[]>of(new Object[] {name, text}), Precision.MILLISECONDS);
    }
}
