package io.taospring.embedded.engine.sql;

import io.taospring.embedded.engine.sql.Statement.AlterAction;
import io.taospring.embedded.engine.sql.Statement.ChildTable;
import io.taospring.embedded.engine.sql.Statement.InsertTarget;
import io.taospring.embedded.engine.sql.Statement.ShowKind;
import io.taospring.embedded.engine.sql.Statement.TopicKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The recursive-descent parser for one statement of TDengine's SQL dialect. */
public final class Parser {

    private final TokenCursor in;
    private final ExpressionParser expressions;
    private final SelectParser selects;

    private Parser(String normalisedSql) {
        this.in = new TokenCursor(normalisedSql);
        this.expressions = new ExpressionParser(in);
        this.selects = new SelectParser(in, expressions);
    }

    /**
     * Parses one statement given already normalised ({@link SqlText#normalise}).
     *
     * @throws io.taospring.embedded.engine.EngineException 0x2600 or 0x2601 for bad syntax
     */
    public static Statement parse(String normalisedSql) {
        Parser parser = new Parser(normalisedSql);
        Statement statement = parser.statement();
        parser.in.expectEnd();
        return statement;
    }

    private Statement statement() {
        Token first = in.peek();
        return switch (first.kind() == TokenKind.IDENT ? first.text() : "") {
            case "select" -> selects.select();
            case "insert" -> insert();
            case "create" -> create();
            case "drop" -> drop();
            case "use" -> use();
            case "show" -> show();
            case "describe", "desc" -> describe();
            case "alter" -> alter();
            case "delete" -> delete();
            case "kill", "grant", "revoke", "flush", "compact", "balance", "redistribute", "reset", "trim",
                    "split", "merge" -> ignored();
            default -> throw in.error();
        };
    }

    private Statement ignored() {
        in.skipToEnd();
        return new Statement.NoOp();
    }

    static TableName tableName(TokenCursor in) {
        String first = in.identifier();
        if (in.acceptSymbol(".")) {
            return new TableName(first, in.identifier());
        }
        return new TableName(null, first);
    }

    private boolean ifNotExists() {
        if (in.accept("if")) {
            in.expect("not");
            in.expect("exists");
            return true;
        }
        return false;
    }

    private boolean ifExists() {
        if (in.accept("if")) {
            in.expect("exists");
            return true;
        }
        return false;
    }

    // ---- CREATE ----

    private Statement create() {
        in.expect("create");
        if (in.accept("database")) {
            return createDatabase();
        }
        if (in.accept("stable")) {
            boolean ifNotExists = ifNotExists();
            TableName name = tableName(in);
            List<ColumnSpec> columns = columnSpecs();
            in.expect("tags");
            Statement statement = new Statement.CreateStable(name, ifNotExists, columns, columnSpecs());
            tableOptions();
            return statement;
        }
        if (in.accept("table")) {
            return createTable();
        }
        if (in.accept("topic")) {
            return createTopic();
        }
        return ignored();
    }

    private Statement createDatabase() {
        boolean ifNotExists = ifNotExists();
        String name = in.identifier();
        Map<String, String> options = new LinkedHashMap<>();
        while (!in.atEnd() && !in.atSymbol(";")) {
            String option = in.advance().text();
            options.put(option, optionValue());
        }
        return new Statement.CreateDatabase(name, ifNotExists, options);
    }

    private String optionValue() {
        Token token = in.advance();
        if (token.kind() == TokenKind.EOF) {
            throw in.error();
        }
        if (token.isSymbol("-")) {
            return "-" + in.advance().text();
        }
        if (token.isSymbol("(")) {
            StringBuilder list = new StringBuilder();
            while (!in.acceptSymbol(")")) {
                list.append(in.advance().text());
                if (in.atEnd()) {
                    throw in.error();
                }
            }
            return list.toString();
        }
        StringBuilder value = new StringBuilder(token.text());
        while (in.atSymbol(",")) {
            in.advance();
            value.append(',').append(in.advance().text());
        }
        return value.toString();
    }

    private Statement createTable() {
        boolean ifNotExists = ifNotExists();
        TableName name = tableName(in);
        if (in.at("using")) {
            return createChildTables(name, ifNotExists);
        }
        List<ColumnSpec> columns = columnSpecs();
        if (in.accept("tags")) {
            Statement statement = new Statement.CreateStable(name, ifNotExists, columns, columnSpecs());
            tableOptions();
            return statement;
        }
        tableOptions();
        return new Statement.CreateTable(name, ifNotExists, columns);
    }

    private Statement createChildTables(TableName firstName, boolean firstIfNotExists) {
        List<ChildTable> tables = new ArrayList<>();
        tables.add(childTable(firstName, firstIfNotExists));
        while (!in.atEnd() && !in.atSymbol(";")) {
            boolean ifNotExists = ifNotExists();
            tables.add(childTable(tableName(in), ifNotExists));
        }
        return new Statement.CreateChildTables(List.copyOf(tables));
    }

    private ChildTable childTable(TableName name, boolean ifNotExists) {
        in.expect("using");
        TableName stable = tableName(in);
        List<String> tagNames = in.atSymbol("(") ? nameList() : null;
        in.expect("tags");
        List<Expr> values = expressions.parenthesisedList();
        tableOptions();
        return new ChildTable(name, ifNotExists, stable, tagNames, values);
    }

    private void tableOptions() {
        while (in.at("comment") || in.at("ttl") || in.at("sma") || in.at("watermark") || in.at("max_delay")
                || in.at("rollup") || in.at("delete_mark") || in.at("keep") || in.at("virtual")) {
            in.advance();
            optionValue();
        }
    }

    private List<ColumnSpec> columnSpecs() {
        in.expectSymbol("(");
        List<ColumnSpec> specs = new ArrayList<>();
        do {
            specs.add(columnSpec());
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
        return List.copyOf(specs);
    }

    private ColumnSpec columnSpec() {
        String name = in.identifier();
        TypeSpec type = expressions.type();
        boolean primaryKey = false;
        while (true) {
            if (in.accept("primary")) {
                in.expect("key");
                primaryKey = true;
            } else if (in.accept("encode") || in.accept("compress") || in.accept("level")
                    || in.accept("comment")) {
                in.string();
            } else {
                return new ColumnSpec(name, type, primaryKey);
            }
        }
    }

    private List<String> nameList() {
        in.expectSymbol("(");
        List<String> names = new ArrayList<>();
        do {
            names.add(in.identifier());
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
        return List.copyOf(names);
    }

    private Statement createTopic() {
        boolean ifNotExists = ifNotExists();
        String name = in.identifier();
        boolean withMeta = false;
        if (in.accept("with")) {
            in.expect("meta");
            withMeta = true;
        }
        in.expect("as");
        int start = in.peek().start();
        if (in.accept("stable")) {
            TableName stable = tableName(in);
            Expr where = in.accept("where") ? expressions.expression() : null;
            return new Statement.CreateTopic(name, ifNotExists, withMeta, TopicKind.STABLE, null, stable, where,
                    null, in.textFrom(start));
        }
        if (in.accept("database")) {
            String database = in.identifier();
            return new Statement.CreateTopic(name, ifNotExists, withMeta, TopicKind.DATABASE, null, null, null,
                    database, in.textFrom(start));
        }
        Statement.Select query = selects.select();
        return new Statement.CreateTopic(name, ifNotExists, withMeta, TopicKind.QUERY, query, null, null, null,
                in.textFrom(start));
    }

    // ---- DROP / USE / DESCRIBE / DELETE ----

    private Statement drop() {
        in.expect("drop");
        if (in.accept("database")) {
            boolean ifExists = ifExists();
            return new Statement.DropDatabase(in.identifier(), ifExists);
        }
        if (in.accept("stable")) {
            boolean ifExists = ifExists();
            return new Statement.DropTables(List.of(tableName(in)), ifExists, true);
        }
        if (in.accept("table")) {
            return dropTables();
        }
        if (in.accept("topic")) {
            boolean ifExists = ifExists();
            return new Statement.DropTopic(in.identifier(), ifExists);
        }
        if (in.accept("consumer")) {
            in.expect("group");
            boolean ifExists = ifExists();
            String group = in.identifier();
            in.expect("on");
            return new Statement.DropConsumerGroup(group, in.identifier(), ifExists);
        }
        return ignored();
    }

    private Statement dropTables() {
        boolean ifExists = ifExists();
        List<TableName> names = new ArrayList<>();
        names.add(tableName(in));
        while (in.acceptSymbol(",")) {
            ifExists |= ifExists();
            names.add(tableName(in));
        }
        return new Statement.DropTables(List.copyOf(names), ifExists, false);
    }

    private Statement use() {
        in.expect("use");
        return new Statement.UseDatabase(in.identifier());
    }

    private Statement describe() {
        in.advance();
        return new Statement.Describe(tableName(in));
    }

    private Statement delete() {
        in.expect("delete");
        in.expect("from");
        TableName table = tableName(in);
        Expr where = in.accept("where") ? expressions.expression() : null;
        return new Statement.Delete(table, where);
    }

    // ---- ALTER ----

    private Statement alter() {
        in.expect("alter");
        boolean stable = in.accept("stable");
        if (!stable && !in.accept("table")) {
            return ignored();
        }
        TableName name = tableName(in);
        if (in.accept("add")) {
            AlterAction action = in.accept("tag") ? AlterAction.ADD_TAG : column(AlterAction.ADD_COLUMN);
            return new Statement.AlterTable(name, stable, action, columnSpec(), null, null, null);
        }
        if (in.accept("drop")) {
            AlterAction action = in.accept("tag") ? AlterAction.DROP_TAG : column(AlterAction.DROP_COLUMN);
            return new Statement.AlterTable(name, stable, action, null, in.identifier(), null, null);
        }
        if (in.accept("modify")) {
            AlterAction action = in.accept("tag") ? AlterAction.MODIFY_TAG : column(AlterAction.MODIFY_COLUMN);
            return new Statement.AlterTable(name, stable, action, columnSpec(), null, null, null);
        }
        if (in.accept("rename")) {
            in.expect("tag");
            String old = in.identifier();
            return new Statement.AlterTable(name, stable, AlterAction.RENAME_TAG, null, old, in.identifier(), null);
        }
        if (in.accept("set")) {
            in.expect("tag");
            String tag = in.identifier();
            in.expectSymbol("=");
            Expr value = expressions.expression();
            return new Statement.AlterTable(name, stable, AlterAction.SET_TAG, null, tag, null, value);
        }
        tableOptions();
        return new Statement.AlterTable(name, stable, AlterAction.OPTIONS, null, null, null, null);
    }

    private AlterAction column(AlterAction action) {
        in.expect("column");
        return action;
    }

    // ---- INSERT ----

    private Statement insert() {
        in.expect("insert");
        in.expect("into");
        List<InsertTarget> targets = new ArrayList<>();
        do {
            targets.add(insertTarget());
            // TDengine's insert tokenizer skips one comma between tokens: "t1 values (...), t2 values (...)"
            in.acceptSymbol(",");
        } while (!in.atEnd() && !in.atSymbol(";"));
        return new Statement.Insert(List.copyOf(targets));
    }

    private InsertTarget insertTarget() {
        TableName table = tableName(in);
        TableName using = null;
        List<String> tagNames = null;
        List<Expr> tagValues = null;
        if (in.accept("using")) {
            using = tableName(in);
            tagNames = in.atSymbol("(") ? nameList() : null;
            in.expect("tags");
            tagValues = expressions.parenthesisedList();
            tableOptions();
        }
        List<String> columns = in.atSymbol("(") ? nameList() : null;
        in.expect("values");
        List<List<Expr>> rows = new ArrayList<>();
        do {
            rows.add(expressions.parenthesisedList());
        } while (in.atSymbol("(") || in.atSymbol(",") && in.peek(1).isSymbol("(") && in.acceptSymbol(","));
        return new InsertTarget(table, using, tagNames, tagValues, columns, rows);
    }

    // ---- SHOW ----

    private Statement show() {
        in.expect("show");
        if (in.accept("create")) {
            return showCreate();
        }
        if (in.accept("cluster")) {
            in.expect("alive");
            return show(ShowKind.CLUSTER_ALIVE, null, null);
        }
        if (in.accept("user") || in.accept("system")) {
            ShowKind kind = in.previous().is("user") ? ShowKind.USER_DATABASES : ShowKind.SYSTEM_DATABASES;
            in.expect("databases");
            return show(kind, null, null);
        }
        if (in.accept("tags")) {
            in.expect("from");
            TableName target = tableName(in);
            String database = in.accept("from") ? in.identifier() : target.database();
            return new Statement.Show(ShowKind.TAGS, database, null, new TableName(database, target.name()));
        }
        ShowKind tableKind = in.accept("normal") ? ShowKind.NORMAL_TABLES
                : in.accept("child") ? ShowKind.CHILD_TABLES : ShowKind.TABLES;
        String database = null;
        if (in.peek(1).isSymbol(".")) {
            database = in.identifier();
            in.expectSymbol(".");
        }
        Token word = in.advance();
        ShowKind kind = switch (word.kind() == TokenKind.IDENT ? word.text() : "") {
            case "databases" -> ShowKind.DATABASES;
            case "stables" -> ShowKind.STABLES;
            case "tables" -> tableKind;
            case "views" -> ShowKind.VIEWS;
            case "topics" -> ShowKind.TOPICS;
            case "consumers" -> ShowKind.CONSUMERS;
            case "subscriptions" -> ShowKind.SUBSCRIPTIONS;
            default -> null;
        };
        if (kind == null) {
            in.skipToEnd();
            return new Statement.NoOp();
        }
        String like = in.accept("like") ? in.string() : null;
        return new Statement.Show(kind, database, like, null);
    }

    private Statement show(ShowKind kind, String database, String like) {
        return new Statement.Show(kind, database, like, null);
    }

    private Statement showCreate() {
        if (in.accept("database")) {
            String name = in.identifier();
            return new Statement.Show(ShowKind.CREATE_DATABASE, name, null, null);
        }
        if (!in.accept("table") && !in.accept("stable")) {
            throw in.error();
        }
        return new Statement.Show(ShowKind.CREATE_TABLE, null, null, tableName(in));
    }
}
