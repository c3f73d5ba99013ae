package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.Errors;
import io.taospring.embedded.engine.sql.Expr;
import io.taospring.embedded.engine.sql.Statement.OrderItem;
import io.taospring.embedded.engine.sql.Statement.Select;
import io.taospring.embedded.engine.sql.Statement.SelectItem;
import io.taospring.embedded.engine.storage.ColumnDef;
import java.util.ArrayList;
import java.util.List;

/** A compiled SELECT: result columns, filters, grouping keys, window and ordering. */
final class SelectPlan {

    /** An ORDER BY key: a column of the wide result. */
    record SortKey(int column, boolean descending, boolean nullsFirst) {
    }

    /** A select-list entry after star expansion. */
    private record Item(Expr expr, String label) {
    }

    final Select select;
    final Source source;
    final List<OutputColumn> columns = new ArrayList<>();
    final List<SortKey> sortKeys = new ArrayList<>();
    final AggregateCalls aggregates;
    final Filter filter;
    final List<Compiled> keys = new ArrayList<>();
    final WindowSpec window;
    final int visibleCount;
    final List<Object> fillValues = new ArrayList<>();
    int havingColumn = -1;

    SelectPlan(Select select, Source source, QueryContext query) {
        this.select = select;
        this.source = source;
        Scope scope = source.scope();
        long now = Times.now(query.now(), scope.precision());
        CompileContext base = new CompileContext(query.sql(), scope, now, query.zone(), query.database(), null);
        Compiler rowCompiler = new Compiler(base);
        List<Item> items = expand(select.items(), rowCompiler);
        boolean aggregate = select.window() != null || !select.groupBy().isEmpty() || select.having() != null
                || items.stream().anyMatch(item -> containsAggregate(item.expr()));
        this.aggregates = aggregate ? new AggregateCalls() : null;
        Compiler out = aggregate ? new Compiler(base.withAggregates(aggregates)) : rowCompiler;
        for (Item item : items) {
            columns.add(new OutputColumn(item.label(), out.compile(item.expr()), false));
        }
        this.visibleCount = columns.size();
        if (select.having() != null) {
            havingColumn = hidden(out.compile(select.having()));
        }
        for (OrderItem order : select.orderBy()) {
            int column = orderColumn(order.expr(), items, out);
            boolean nullsFirst = order.nullsFirst() != null ? order.nullsFirst() : !order.descending();
            sortKeys.add(new SortKey(column, order.descending(), nullsFirst));
        }
        this.filter = Filter.analyse(select.where(), rowCompiler);
        for (Expr key : select.partitionBy().isEmpty() ? select.groupBy() : select.partitionBy()) {
            keys.add(rowCompiler.compile(key));
        }
        this.window = select.window() == null ? null : WindowSpec.of(select.window(), scope.precision(), rowCompiler);
        if (select.window() != null) {
            for (Expr value : select.window().fillValues()) {
                Compiled compiled = rowCompiler.compile(value);
                if (!compiled.isConstant()) {
                    throw Errors.syntax(rowCompiler.text(value));
                }
                fillValues.add(compiled.value());
            }
        }
    }

    boolean isAggregate() {
        return aggregates != null;
    }

    boolean keysArePerTable() {
        return keys.stream().allMatch(key -> (key.refs() & ~Compiled.TABLE) == 0);
    }

    private int hidden(Compiled compiled) {
        columns.add(new OutputColumn("", compiled, true));
        return columns.size() - 1;
    }

    private int orderColumn(Expr expr, List<Item> items, Compiler out) {
        if (expr instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.INTEGER) {
            int position = Integer.parseInt(literal.text());
            if (position < 1 || position > visibleCount) {
                throw Errors.syntax(out.text(expr));
            }
            return position - 1;
        }
        String text = out.text(expr);
        for (int i = 0; i < items.size(); i++) {
            boolean sameAlias = expr instanceof Expr.Column column && column.qualifier() == null
                    && items.get(i).label().equals(column.name());
            if (sameAlias || (items.get(i).expr().start() >= 0 && out.text(items.get(i).expr()).equals(text))) {
                return i;
            }
        }
        return hidden(out.compile(expr));
    }

    // ---- select list expansion ----

    private List<Item> expand(List<SelectItem> selectItems, Compiler compiler) {
        List<Item> items = new ArrayList<>();
        for (SelectItem item : selectItems) {
            Expr expr = item.expr();
            if (expr instanceof Expr.Star) {
                starColumns().forEach(def -> items.add(new Item(columnRef(def.name()), def.name())));
            } else if (expr instanceof Expr.Call call && AggregateFunctions.isMultiColumnSelector(call.name())
                    && (call.args().size() > 1 || (call.args().size() == 1 && call.args().get(0) instanceof Expr.Star))) {
                expandSelector(call, compiler, items);
            } else {
                items.add(new Item(expr, label(item)));
            }
        }
        return items;
    }

    private List<ColumnDef> starColumns() {
        List<ColumnDef> defs = new ArrayList<>(source.scope().columns());
        if (source.starIncludesTags()) {
            defs.addAll(source.scope().tags());
        }
        return defs;
    }

    private static Expr.Column columnRef(String name) {
        return new Expr.Column(null, name, -1, -1);
    }

    private void expandSelector(Expr.Call call, Compiler compiler, List<Item> items) {
        if (call.args().get(0) instanceof Expr.Star) {
            for (ColumnDef def : source.scope().columns()) {
                Expr.Call single = new Expr.Call(call.name(), List.of(columnRef(def.name())), -1, -1);
                items.add(new Item(single, call.name() + "(" + def.name() + ")"));
            }
            return;
        }
        for (Expr arg : call.args()) {
            String argText = compiler.text(arg);
            Expr.Call single = new Expr.Call(call.name(), List.of(arg), -1, -1);
            items.add(new Item(single, call.name() + "(" + argText + ")"));
        }
    }

    private static String label(SelectItem item) {
        if (item.alias() != null) {
            return item.alias();
        }
        if (item.expr() instanceof Expr.Column column) {
            return column.name();
        }
        return item.text();
    }

    static boolean containsAggregate(Expr expr) {
        if (expr instanceof Expr.Call call) {
            return AggregateFunctions.isAggregate(call.name())
                    || call.args().stream().anyMatch(SelectPlan::containsAggregate);
        }
        if (expr instanceof Expr.Binary binary) {
            return containsAggregate(binary.left()) || containsAggregate(binary.right());
        }
        if (expr instanceof Expr.Unary unary) {
            return containsAggregate(unary.operand());
        }
        if (expr instanceof Expr.Between between) {
            return containsAggregate(between.value());
        }
        if (expr instanceof Expr.In in) {
            return containsAggregate(in.value());
        }
        if (expr instanceof Expr.Like like) {
            return containsAggregate(like.value());
        }
        if (expr instanceof Expr.IsNull isNull) {
            return containsAggregate(isNull.value());
        }
        return expr instanceof Expr.Cast cast && containsAggregate(cast.value());
    }
}
