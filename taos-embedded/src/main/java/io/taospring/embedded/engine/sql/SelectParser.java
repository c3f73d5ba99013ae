package io.taospring.embedded.engine.sql;

import io.taospring.embedded.engine.sql.Statement.FillMode;
import io.taospring.embedded.engine.sql.Statement.OrderItem;
import io.taospring.embedded.engine.sql.Statement.Select;
import io.taospring.embedded.engine.sql.Statement.SelectItem;
import io.taospring.embedded.engine.sql.Statement.Window;
import java.util.ArrayList;
import java.util.List;

/** Parses SELECT statements (the cursor is on {@code SELECT}). */
final class SelectParser {

    private static final int MAX_LABEL = 64;

    private final TokenCursor in;
    private final ExpressionParser expressions;

    SelectParser(TokenCursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    Select select() {
        in.expect("select");
        boolean distinct = in.accept("distinct");
        List<SelectItem> items = items();
        TableName from = null;
        if (in.accept("from")) {
            from = Parser.tableName(in);
            skipTableAlias();
        }
        Expr where = in.accept("where") ? expressions.expression() : null;
        List<Expr> partitionBy = in.accept("partition") ? byList() : List.of();
        Window window = window();
        List<Expr> groupBy = in.accept("group") ? byList() : List.of();
        Expr having = in.accept("having") ? expressions.expression() : null;
        List<OrderItem> orderBy = in.accept("order") ? orderBy() : List.of();
        Long[] limits = limits();
        return new Select(distinct, items, from, where, partitionBy, window, groupBy, having, orderBy,
                limits[0], limits[1], limits[2], limits[3]);
    }

    private void skipTableAlias() {
        if (in.accept("as") || in.atIdentifier()) {
            in.identifier();
        }
    }

    private List<SelectItem> items() {
        List<SelectItem> items = new ArrayList<>();
        do {
            items.add(item());
        } while (in.acceptSymbol(","));
        return List.copyOf(items);
    }

    private SelectItem item() {
        int start = in.peek().start();
        Expr expr;
        if (in.atSymbol("*")) {
            Token star = in.advance();
            expr = new Expr.Star(null, star.start(), star.end());
        } else {
            expr = expressions.expression();
        }
        String text = in.textFrom(start);
        String alias = null;
        if (in.accept("as") || in.atIdentifier()) {
            alias = in.peek().kind() == TokenKind.STRING ? in.string() : in.identifier();
        }
        return new SelectItem(expr, alias, text.length() > MAX_LABEL ? text.substring(0, MAX_LABEL) : text);
    }

    private List<Expr> byList() {
        in.expect("by");
        List<Expr> list = new ArrayList<>();
        do {
            list.add(expressions.expression());
        } while (in.acceptSymbol(","));
        return List.copyOf(list);
    }

    private Window window() {
        if (in.at("session") || in.at("state_window") || in.at("event_window") || in.at("count_window")) {
            throw in.error();
        }
        if (!in.accept("interval")) {
            return null;
        }
        in.expectSymbol("(");
        Expr.Literal interval = duration();
        Expr.Literal offset = in.acceptSymbol(",") ? duration() : null;
        in.expectSymbol(")");
        Expr.Literal sliding = null;
        if (in.accept("sliding")) {
            in.expectSymbol("(");
            sliding = duration();
            in.expectSymbol(")");
        }
        FillMode fill = FillMode.NONE;
        List<Expr> fillValues = new ArrayList<>();
        if (in.accept("fill")) {
            in.expectSymbol("(");
            fill = fillMode();
            while (in.acceptSymbol(",")) {
                fillValues.add(expressions.expression());
            }
            in.expectSymbol(")");
        }
        return new Window(interval, offset, sliding, fill, List.copyOf(fillValues));
    }

    private Expr.Literal duration() {
        Token token = in.peek();
        if (token.kind() != TokenKind.DURATION && token.kind() != TokenKind.INTEGER) {
            throw in.error();
        }
        in.advance();
        Expr.LiteralKind kind = token.kind() == TokenKind.DURATION
                ? Expr.LiteralKind.DURATION : Expr.LiteralKind.INTEGER;
        return new Expr.Literal(kind, token.text(), token.start(), token.end());
    }

    private FillMode fillMode() {
        Token token = in.peek();
        for (FillMode mode : FillMode.values()) {
            if (token.is(mode.name().toLowerCase(java.util.Locale.ROOT))) {
                in.advance();
                return mode;
            }
        }
        throw in.error();
    }

    private List<OrderItem> orderBy() {
        in.expect("by");
        List<OrderItem> items = new ArrayList<>();
        do {
            Expr expr = expressions.expression();
            boolean descending = in.accept("desc");
            if (!descending) {
                in.accept("asc");
            }
            Boolean nullsFirst = null;
            if (in.accept("nulls")) {
                nullsFirst = in.accept("first");
                if (!nullsFirst) {
                    in.expect("last");
                }
            }
            items.add(new OrderItem(expr, descending, nullsFirst));
        } while (in.acceptSymbol(","));
        return List.copyOf(items);
    }

    /** LIMIT/OFFSET and SLIMIT/SOFFSET in either order: {limit, offset, slimit, soffset}. */
    private Long[] limits() {
        Long[] limits = new Long[4];
        for (int round = 0; round < 2; round++) {
            if (in.accept("limit")) {
                pair(limits, 0, "offset");
            } else if (in.accept("slimit")) {
                pair(limits, 2, "soffset");
            }
        }
        return limits;
    }

    private void pair(Long[] limits, int at, String offsetWord) {
        long first = in.integer();
        if (in.acceptSymbol(",")) {
            limits[at + 1] = first;
            limits[at] = in.integer();
        } else {
            limits[at] = first;
            if (in.accept(offsetWord)) {
                limits[at + 1] = in.integer();
            }
        }
    }
}
