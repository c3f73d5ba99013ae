package io.taospring.embedded.engine.query;

import io.taospring.client.TaosType;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.Topic;
import io.taospring.embedded.engine.storage.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The information_schema and performance_schema tables, built from the catalog when queried. */
public final class InfoSchema {

    /** The system database with metadata tables. */
    public static final String INFORMATION_SCHEMA = "information_schema";
    /** The system database with runtime tables. */
    public static final String PERFORMANCE_SCHEMA = "performance_schema";

    private static final List<ColumnDef> DATABASES = List.of(
            varchar("name", 64), ts("create_time"), col("vgroups", TaosType.INT), col("ntables", TaosType.BIGINT),
            col("replica", TaosType.TINYINT), varchar("strict", 4), varchar("duration", 10), varchar("keep", 32),
            col("buffer", TaosType.INT), col("pagesize", TaosType.INT), col("pages", TaosType.INT),
            col("minrows", TaosType.INT), col("maxrows", TaosType.INT), col("comp", TaosType.TINYINT),
            varchar("precision", 2), varchar("status", 10), varchar("retentions", 60),
            col("single_stable", TaosType.BOOL), varchar("cachemodel", 11), col("cachesize", TaosType.INT),
            col("wal_level", TaosType.TINYINT), col("wal_fsync_period", TaosType.INT),
            col("wal_retention_period", TaosType.INT), col("wal_retention_size", TaosType.BIGINT),
            col("stt_trigger", TaosType.SMALLINT), col("table_prefix", TaosType.SMALLINT),
            col("table_suffix", TaosType.SMALLINT), col("tsdb_pagesize", TaosType.INT),
            col("keep_time_offset", TaosType.INT));
    private static final List<ColumnDef> STABLES = List.of(
            varchar("stable_name", 192), varchar("db_name", 64), ts("create_time"), col("columns", TaosType.INT),
            col("tags", TaosType.INT), ts("last_update"), varchar("table_comment", 1024), varchar("watermark", 64),
            varchar("max_delay", 64), varchar("rollup", 128));
    private static final List<ColumnDef> TABLES = List.of(
            varchar("table_name", 192), varchar("db_name", 64), ts("create_time"), col("columns", TaosType.INT),
            varchar("stable_name", 192), col("uid", TaosType.BIGINT), col("vgroup_id", TaosType.INT),
            col("ttl", TaosType.INT), varchar("table_comment", 1024), varchar("type", 21));
    private static final List<ColumnDef> COLUMNS = List.of(
            varchar("table_name", 192), varchar("db_name", 64), varchar("table_type", 21), varchar("col_name", 64),
            varchar("col_type", 32), col("col_length", TaosType.INT), col("col_precision", TaosType.INT),
            col("col_scale", TaosType.INT), col("col_nullable", TaosType.INT));
    private static final List<ColumnDef> TAGS = List.of(
            varchar("table_name", 192), varchar("db_name", 64), varchar("stable_name", 192),
            varchar("tag_name", 64), varchar("tag_type", 32), varchar("tag_value", 16384));
    private static final List<ColumnDef> TOPICS = List.of(
            varchar("topic_name", 192), varchar("db_name", 64), ts("create_time"), varchar("sql", 1024),
            varchar("schema", 16384), varchar("meta", 4), varchar("type", 8));
    private static final List<ColumnDef> VIEWS = List.of(
            varchar("view_name", 192), varchar("db_name", 64), ts("create_time"));
    private static final List<ColumnDef> SUBSCRIPTIONS = List.of(
            varchar("topic_name", 271), varchar("consumer_group", 193), col("vgroup_id", TaosType.INT),
            varchar("consumer_id", 256), varchar("user", 24), varchar("fqdn", 128), varchar("offset", 64),
            col("rows", TaosType.BIGINT));
    private static final List<ColumnDef> CONSUMERS = List.of(
            varchar("consumer_id", 32), varchar("consumer_group", 193), varchar("client_id", 256),
            varchar("user", 24), varchar("fqdn", 128), varchar("status", 20), varchar("topics", 271),
            ts("up_time"), ts("subscribe_time"), ts("rebalance_time"), varchar("parameters", 192));
    private static final List<ColumnDef> USERS = List.of(
            varchar("name", 24), col("super", TaosType.TINYINT), col("enable", TaosType.TINYINT),
            col("sysinfo", TaosType.TINYINT), ts("create_time"));

    private final Catalog catalog;
    private final Map<String, Function<InfoSchema, SystemTable>> informationTables = Map.of(
            "ins_databases", InfoSchema::databases,
            "ins_stables", InfoSchema::stables,
            "ins_tables", InfoSchema::tables,
            "ins_columns", InfoSchema::columns,
            "ins_tags", InfoSchema::tags,
            "ins_topics", InfoSchema::topics,
            "ins_views", s -> new SystemTable("ins_views", VIEWS, List.of()),
            "ins_subscriptions", s -> new SystemTable("ins_subscriptions", SUBSCRIPTIONS,
                    s.catalog.tmqHooks().subscriptionRows()),
            "ins_users", s -> new SystemTable("ins_users", USERS, List.<Object[]>of(
                    new Object[] {"root", 1L, 1L, 1L, 0L})));

    /** The system tables over {@code catalog}. */
    public InfoSchema(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Whether {@code database} is one of the two system databases. */
    public static boolean isSystemDatabase(String database) {
        return INFORMATION_SCHEMA.equals(database) || PERFORMANCE_SCHEMA.equals(database);
    }

    /** The system table {@code database.name}, or null when there is none. */
    public SystemTable table(String database, String name) {
        if (INFORMATION_SCHEMA.equals(database)) {
            Function<InfoSchema, SystemTable> builder = informationTables.get(name);
            return builder == null ? null : builder.apply(this);
        }
        if (PERFORMANCE_SCHEMA.equals(database) && name.equals("perf_consumers")) {
            return new SystemTable(name, CONSUMERS, catalog.tmqHooks().consumerRows());
        }
        return null;
    }

    /** The columns of a system table, or null. */
    List<String> systemTableNames(String database) {
        return INFORMATION_SCHEMA.equals(database) ? new ArrayList<>(informationTables.keySet())
                : PERFORMANCE_SCHEMA.equals(database) ? List.of("perf_consumers") : List.of();
    }

    private static ColumnDef varchar(String name, int length) {
        return ColumnDef.of(name, TaosType.VARCHAR, length);
    }

    private static ColumnDef ts(String name) {
        return ColumnDef.of(name, TaosType.TIMESTAMP);
    }

    private static ColumnDef col(String name, TaosType type) {
        return ColumnDef.of(name, type);
    }

    // ---- builders ----

    private SystemTable databases() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(systemDatabase(INFORMATION_SCHEMA, systemTableNames(INFORMATION_SCHEMA).size()));
        rows.add(systemDatabase(PERFORMANCE_SCHEMA, 1));
        for (Database db : catalog.databases()) {
            rows.add(new Object[] {db.name(), db.createTime(), num(db.option("vgroups", "2")),
                (long) db.tableCount(), num(db.option("replica", "1")), db.option("strict", "off"),
                db.option("duration", "10d"), keep(db), num(db.option("buffer", "256")),
                num(db.option("pagesize", "4")), num(db.option("pages", "256")), num(db.option("minrows", "100")),
                num(db.option("maxrows", "4096")), num(db.option("comp", "2")), db.precision().sqlName(), "ready",
                null, Boolean.parseBoolean(db.option("single_stable", "false")), db.option("cachemodel", "none"),
                num(db.option("cachesize", "1")), num(db.option("wal_level", "1")),
                num(db.option("wal_fsync_period", "3000")), num(db.option("wal_retention_period", "3600")),
                num(db.option("wal_retention_size", "-1")), num(db.option("stt_trigger", "2")),
                num(db.option("table_prefix", "0")), num(db.option("table_suffix", "0")),
                num(db.option("tsdb_pagesize", "4")), num(db.option("keep_time_offset", "0"))});
        }
        return new SystemTable("ins_databases", DATABASES, rows);
    }

    private static Object[] systemDatabase(String name, int tables) {
        Object[] row = new Object[DATABASES.size()];
        row[0] = name;
        row[3] = (long) tables;
        row[14] = "ms";
        row[15] = "ready";
        return row;
    }

    private static String keep(Database db) {
        String keep = db.option("keep", "3650d");
        if (keep.matches("\\d+")) {
            keep = keep + "d";
        }
        return keep.contains(",") ? keep : keep + "," + keep + "," + keep;
    }

    private static Long num(String text) {
        try {
            return Long.parseLong(text.replaceAll("[a-z]+$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private SystemTable stables() {
        List<Object[]> rows = new ArrayList<>();
        for (Database db : catalog.databases()) {
            for (SuperTable stable : db.stables()) {
                rows.add(new Object[] {stable.name(), db.name(), stable.createTime(),
                    (long) stable.columns().size(), (long) stable.tags().size(), stable.createTime(), "",
                    "5000a,5000a", "-1a,-1a", ""});
            }
        }
        return new SystemTable("ins_stables", STABLES, rows);
    }

    private SystemTable tables() {
        List<Object[]> rows = new ArrayList<>();
        for (String name : systemTableNames(INFORMATION_SCHEMA)) {
            rows.add(new Object[] {name, INFORMATION_SCHEMA, null, null, null, null, null, null, null,
                "SYSTEM_TABLE"});
        }
        rows.add(new Object[] {"perf_consumers", PERFORMANCE_SCHEMA, null, null, null, null, null, null, null,
            "SYSTEM_TABLE"});
        for (Database db : catalog.databases()) {
            for (Table table : db.tables()) {
                boolean child = table.stable() != null;
                rows.add(new Object[] {table.name(), db.name(), table.createTime(), (long) table.columns().size(),
                    child ? table.stable().name() : null, table.uid(), 2L, 0L, "",
                    child ? "CHILD_TABLE" : "NORMAL_TABLE"});
            }
        }
        return new SystemTable("ins_tables", TABLES, rows);
    }

    private SystemTable columns() {
        List<Object[]> rows = new ArrayList<>();
        for (Database db : catalog.databases()) {
            for (SuperTable stable : db.stables()) {
                addColumns(rows, stable.name(), db.name(), "SUPER_TABLE", stable.columns(), false);
                addColumns(rows, stable.name(), db.name(), "SUPER_TABLE", stable.tags(), false);
            }
            for (Table table : db.tables()) {
                String type = table.stable() != null ? "CHILD_TABLE" : "NORMAL_TABLE";
                addColumns(rows, table.name(), db.name(), type, table.columns(), true);
            }
        }
        return new SystemTable("ins_columns", COLUMNS, rows);
    }

    private static void addColumns(List<Object[]> rows, String table, String db, String type, List<ColumnDef> defs,
            boolean detailed) {
        for (ColumnDef def : defs) {
            rows.add(new Object[] {table, db, type, def.name(), def.typeNameWithLength(),
                (long) def.type().internalWidth(def.length()), detailed ? (long) def.precision() : null,
                detailed ? (long) def.scale() : null, detailed ? 1L : null});
        }
    }

    private SystemTable tags() {
        List<Object[]> rows = new ArrayList<>();
        for (Database db : catalog.databases()) {
            for (SuperTable stable : db.stables()) {
                for (Table child : stable.children()) {
                    Object[] values = child.tags();
                    List<ColumnDef> tags = stable.tags();
                    for (int i = 0; i < tags.size() && i < values.length; i++) {
                        rows.add(new Object[] {child.name(), db.name(), stable.name(), tags.get(i).name(),
                            tags.get(i).typeNameWithLength(), values[i] == null ? null : tagText(values[i])});
                    }
                }
            }
        }
        return new SystemTable("ins_tags", TAGS, rows);
    }

    private static String tagText(Object value) {
        return value instanceof byte[] bytes ? Values.hex(bytes) : Values.text(value);
    }

    private SystemTable topics() {
        List<Object[]> rows = new ArrayList<>();
        for (Topic topic : catalog.topics()) {
            rows.add(new Object[] {topic.name(), topic.database(), topic.createTime(), topic.sql(), "",
                topic.definition().withMeta() ? "yes" : "no", topic.type()});
        }
        return new SystemTable("ins_topics", TOPICS, rows);
    }
}
