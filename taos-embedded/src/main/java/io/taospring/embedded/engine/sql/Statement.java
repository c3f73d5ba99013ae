package io.taospring.embedded.engine.sql;

import java.util.List;
import java.util.Map;

/** A parsed statement. */
public sealed interface Statement {

    /** {@code CREATE DATABASE}; options lower-cased name to value text. */
    record CreateDatabase(String name, boolean ifNotExists, Map<String, String> options) implements Statement {
    }

    /** {@code DROP DATABASE}. */
    record DropDatabase(String name, boolean ifExists) implements Statement {
    }

    /** {@code USE db}. */
    record UseDatabase(String name) implements Statement {
    }

    /** {@code CREATE STABLE} (or {@code CREATE TABLE ... TAGS}). */
    record CreateStable(TableName name, boolean ifNotExists, List<ColumnSpec> columns, List<ColumnSpec> tags)
            implements Statement {
    }

    /** {@code CREATE TABLE t (columns)}: a normal table. */
    record CreateTable(TableName name, boolean ifNotExists, List<ColumnSpec> columns) implements Statement {
    }

    /** One {@code t USING stb [(tag names)] TAGS (values)} clause. */
    record ChildTable(TableName name, boolean ifNotExists, TableName stable, List<String> tagNames,
            List<Expr> tagValues) {
    }

    /** {@code CREATE TABLE t1 USING ... t2 USING ...}. */
    record CreateChildTables(List<ChildTable> tables) implements Statement {
    }

    /** {@code DROP TABLE a, b} or {@code DROP STABLE s}. */
    record DropTables(List<TableName> names, boolean ifExists, boolean stable) implements Statement {
    }

    /** The ALTER TABLE/STABLE operations. */
    enum AlterAction {
        /** ADD COLUMN. */
        ADD_COLUMN,
        /** DROP COLUMN. */
        DROP_COLUMN,
        /** MODIFY COLUMN (widen a string column). */
        MODIFY_COLUMN,
        /** ADD TAG. */
        ADD_TAG,
        /** DROP TAG. */
        DROP_TAG,
        /** MODIFY TAG. */
        MODIFY_TAG,
        /** RENAME TAG old new. */
        RENAME_TAG,
        /** SET TAG name = value (child tables). */
        SET_TAG,
        /** Options such as COMMENT or TTL, ignored. */
        OPTIONS
    }

    /** {@code ALTER [S]TABLE}: {@code column} for ADD/MODIFY, {@code target} the name acted on. */
    record AlterTable(TableName name, boolean stable, AlterAction action, ColumnSpec column, String target,
            String newName, Expr value) implements Statement {
    }

    /** One table's part of an INSERT. {@code columns} is null when not given. */
    record InsertTarget(TableName table, TableName using, List<String> tagNames, List<Expr> tagValues,
            List<String> columns, List<List<Expr>> rows) {
    }

    /** {@code INSERT INTO ...}. */
    record Insert(List<InsertTarget> targets) implements Statement {
    }

    /** What a SHOW statement lists. */
    enum ShowKind {
        /** SHOW DATABASES. */
        DATABASES,
        /** SHOW USER DATABASES. */
        USER_DATABASES,
        /** SHOW SYSTEM DATABASES. */
        SYSTEM_DATABASES,
        /** SHOW STABLES. */
        STABLES,
        /** SHOW TABLES. */
        TABLES,
        /** SHOW NORMAL TABLES. */
        NORMAL_TABLES,
        /** SHOW CHILD TABLES. */
        CHILD_TABLES,
        /** SHOW VIEWS. */
        VIEWS,
        /** SHOW TOPICS. */
        TOPICS,
        /** SHOW CONSUMERS. */
        CONSUMERS,
        /** SHOW SUBSCRIPTIONS. */
        SUBSCRIPTIONS,
        /** SHOW CLUSTER ALIVE. */
        CLUSTER_ALIVE,
        /** SHOW CREATE DATABASE. */
        CREATE_DATABASE,
        /** SHOW CREATE TABLE / STABLE. */
        CREATE_TABLE,
        /** SHOW TAGS FROM child. */
        TAGS
    }

    /** A SHOW statement; {@code database}, {@code like} and {@code target} are null when absent. */
    record Show(ShowKind kind, String database, String like, TableName target) implements Statement {
    }

    /** {@code DESCRIBE t}. */
    record Describe(TableName name) implements Statement {
    }

    /** The three kinds of topic. */
    enum TopicKind {
        /** {@code AS SELECT ...}. */
        QUERY,
        /** {@code AS STABLE stb}. */
        STABLE,
        /** {@code AS DATABASE db}. */
        DATABASE
    }

    /**
     * {@code CREATE TOPIC}; {@code query} for QUERY topics, {@code stable} (and optional {@code where})
     * for STABLE topics, {@code database} for DATABASE topics. {@code definition} is the text after AS.
     */
    record CreateTopic(String name, boolean ifNotExists, boolean withMeta, TopicKind kind, Select query,
            TableName stable, Expr where, String database, String definition) implements Statement {
    }

    /** {@code DROP TOPIC}. */
    record DropTopic(String name, boolean ifExists) implements Statement {
    }

    /** {@code DROP CONSUMER GROUP g ON topic}. */
    record DropConsumerGroup(String group, String topic, boolean ifExists) implements Statement {
    }

    /** {@code DELETE FROM t [WHERE ...]}. */
    record Delete(TableName table, Expr where) implements Statement {
    }

    /** A statement accepted and ignored (ALTER LOCAL, CREATE USER, GRANT, ...). */
    record NoOp() implements Statement {
    }

    /** FILL modes. */
    enum FillMode {
        /** No filling. */
        NONE,
        /** NULL values. */
        NULL,
        /** Given constants. */
        VALUE,
        /** The previous window's values. */
        PREV,
        /** The next window's values. */
        NEXT,
        /** Linear interpolation. */
        LINEAR
    }

    /** {@code INTERVAL(interval[, offset]) [SLIDING(sliding)] [FILL(...)]}; durations as literals. */
    record Window(Expr.Literal interval, Expr.Literal offset, Expr.Literal sliding, FillMode fill,
            List<Expr> fillValues) {
    }

    /** A select-list entry: {@code text} is its statement text, used as the column label without alias. */
    record SelectItem(Expr expr, String alias, String text) {
    }

    /** An ORDER BY key; {@code nullsFirst} null when not given. */
    record OrderItem(Expr expr, boolean descending, Boolean nullsFirst) {
    }

    /** A SELECT; {@code from} null for {@code SELECT 1}; absent numbers are null. */
    record Select(boolean distinct, List<SelectItem> items, TableName from, Expr where, List<Expr> partitionBy,
            Window window, List<Expr> groupBy, Expr having, List<OrderItem> orderBy, Long limit, Long offset,
            Long slimit, Long soffset) implements Statement {
    }
}
