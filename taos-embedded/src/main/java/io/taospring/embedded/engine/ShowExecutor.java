package io.taospring.embedded.engine;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.embedded.engine.query.ColumnarResult;
import io.taospring.embedded.engine.query.InfoSchema;
import io.taospring.embedded.engine.query.Patterns;
import io.taospring.embedded.engine.query.QueryContext;
import io.taospring.embedded.engine.query.SystemTable;
import io.taospring.embedded.engine.sql.Statement.Describe;
import io.taospring.embedded.engine.sql.Statement.Show;
import io.taospring.embedded.engine.sql.Statement.ShowKind;
import io.taospring.embedded.engine.sql.TableName;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** SHOW and DESCRIBE, with the result shapes of sql-subset.md section 5. */
final class ShowExecutor {

    private static final int DESCRIBE_CODEC_LENGTH = 12;

    private final Catalog catalog;
    private final InfoSchema infoSchema;

    ShowExecutor(Catalog catalog, InfoSchema infoSchema) {
        this.catalog = catalog;
        this.infoSchema = infoSchema;
    }

    ColumnarResult show(Show show, QueryContext query) {
        return switch (show.kind()) {
            case DATABASES, USER_DATABASES, SYSTEM_DATABASES -> names("name", 64, databases(show));
            case STABLES -> names("stable_name", 192, like(show,
                    database(show, query).stables().stream().map(SuperTable::name)));
            case TABLES, NORMAL_TABLES, CHILD_TABLES -> names("table_name", 192, like(show,
                    database(show, query).tables().stream().filter(t -> wanted(show, t)).map(Table::name)));
            case VIEWS -> names("view_name", 192, List.of());
            case TOPICS -> names("topic_name", 192, catalog.topics().stream().map(Topic::name).toList());
            case CONSUMERS -> system(InfoSchema.PERFORMANCE_SCHEMA, "perf_consumers");
            case SUBSCRIPTIONS -> system(InfoSchema.INFORMATION_SCHEMA, "ins_subscriptions");
            case CLUSTER_ALIVE -> ColumnarResult.of(List.of(TaosField.of("status", TaosType.INT)),
                    List.<Object[]>of(new Object[] {1L}), Precision.MILLISECONDS);
            case CREATE_DATABASE -> ShowCreate.database(Names.database(catalog, show.database()));
            case CREATE_TABLE -> ShowCreate.table(catalog, show.target(), query.database());
            case TAGS -> tags(show, query);
        };
    }

    private List<String> databases(Show show) {
        List<String> names = new ArrayList<>();
        if (show.kind() != ShowKind.USER_DATABASES) {
            names.add(InfoSchema.INFORMATION_SCHEMA);
            names.add(InfoSchema.PERFORMANCE_SCHEMA);
        }
        if (show.kind() != ShowKind.SYSTEM_DATABASES) {
            catalog.databases().forEach(db -> names.add(db.name()));
        }
        return names;
    }

    private Database database(Show show, QueryContext query) {
        return Names.database(catalog, show.database() != null ? show.database() : query.database());
    }

    private static boolean wanted(Show show, Table table) {
        return switch (show.kind()) {
            case NORMAL_TABLES -> table.stable() == null;
            case CHILD_TABLES -> table.stable() != null;
            default -> true;
        };
    }

    private static List<String> like(Show show, Stream<String> names) {
        if (show.like() == null) {
            return names.toList();
        }
        java.util.regex.Pattern pattern = Patterns.like(show.like());
        return names.filter(name -> pattern.matcher(name).matches()).toList();
    }

    private static ColumnarResult names(String column, int length, List<String> names) {
        List<Object[]> rows = names.stream().map(name -> new Object[] {name}).toList();
        return ColumnarResult.of(List.of(new TaosField(column, TaosType.VARCHAR, length)), rows,
                Precision.MILLISECONDS);
    }

    private ColumnarResult system(String database, String table) {
        return fromSystemTable(infoSchema.table(database, table), row -> true);
    }

    private static ColumnarResult fromSystemTable(SystemTable table, java.util.function.Predicate<Object[]> keep) {
        List<TaosField> fields = table.columns().stream().map(ColumnDef::field).toList();
        return ColumnarResult.of(fields, table.rows().stream().filter(keep).toList(), Precision.MILLISECONDS);
    }

    private ColumnarResult tags(Show show, QueryContext query) {
        Database db = Names.database(catalog, show.target(), query.database());
        Table table = db.table(show.target().name());
        if (table == null || table.stable() == null) {
            throw Errors.tableNotExist(show.target().name());
        }
        SystemTable tags = infoSchema.table(InfoSchema.INFORMATION_SCHEMA, "ins_tags");
        return fromSystemTable(tags, row -> row[0].equals(table.name()) && row[1].equals(db.name()));
    }

    // ---- DESCRIBE ----

    ColumnarResult describe(Describe describe, QueryContext query) {
        TableName name = describe.name();
        String dbName = name.database() != null ? name.database() : query.database();
        if (InfoSchema.isSystemDatabase(dbName)) {
            SystemTable table = infoSchema.table(dbName, name.name());
            if (table == null) {
                throw Errors.tableNotExist(name.name());
            }
            return describeRows(table.columns(), List.of(), false);
        }
        Database db = Names.database(catalog, dbName);
        SuperTable stable = db.stable(name.name());
        if (stable != null) {
            return describeRows(stable.columns(), stable.tags(), true);
        }
        Table table = db.table(name.name());
        if (table == null) {
            throw Errors.tableNotExist(name.name());
        }
        List<ColumnDef> tags = table.stable() == null ? List.of() : table.stable().tags();
        return describeRows(table.columns(), tags, true);
    }

    private static ColumnarResult describeRows(List<ColumnDef> columns, List<ColumnDef> tags, boolean compression) {
        List<TaosField> fields = new ArrayList<>(List.of(new TaosField("field", TaosType.VARCHAR, 64),
                new TaosField("type", TaosType.VARCHAR, 20), TaosField.of("length", TaosType.INT),
                new TaosField("note", TaosType.VARCHAR, 16)));
        if (compression) {
            for (String name : List.of("encode", "compress", "level")) {
                fields.add(new TaosField(name, TaosType.VARCHAR, DESCRIBE_CODEC_LENGTH));
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (ColumnDef column : columns) {
            String note = column.primaryKey() ? "PRIMARY KEY" : "";
            rows.add(describeRow(column, note, compression ? Compression.of(column.type()) : null));
        }
        for (ColumnDef tag : tags) {
            rows.add(describeRow(tag, "TAG", compression ? Compression.DISABLED : null));
        }
        return ColumnarResult.of(fields, rows, Precision.MILLISECONDS);
    }

    private static Object[] describeRow(ColumnDef def, String note, Compression compression) {
        if (compression == null) {
            return new Object[] {def.name(), def.typeName(), (long) def.length(), note};
        }
        return new Object[] {def.name(), def.typeName(), (long) def.length(), note, compression.encode(),
            compression.compress(), compression.level()};
    }
}
