package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.storage.ColumnVector;
import io.taospring.embedded.engine.storage.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The last steps of a SELECT: HAVING, DISTINCT, ORDER BY, LIMIT/OFFSET, dropping hidden columns. */
final class Shaper {

    private Shaper() {
    }

    static List<Object[]> cut(List<Object[]> rows, Long offset, Long limit) {
        int from = (int) Math.min(rows.size(), offset == null ? 0 : offset);
        int to = (int) Math.min(rows.size(), limit == null ? Long.MAX_VALUE : from + limit);
        return rows.subList(from, to);
    }

    static ColumnarResult finish(SelectPlan plan, WideResult wide) {
        int[] order = identity(wide.rows);
        if (plan.havingColumn >= 0) {
            order = having(order, wide.vectors[plan.havingColumn]);
        }
        if (plan.select.distinct()) {
            order = distinct(order, wide, plan.visibleCount);
        }
        if (!plan.sortKeys.isEmpty()) {
            order = sort(order, wide, plan.sortKeys);
        }
        boolean limitApplied = !plan.select.partitionBy().isEmpty()
                || (!plan.isAggregate() && plan.sortKeys.isEmpty() && !plan.select.distinct());
        if (!limitApplied) {
            order = limit(order, plan.select.offset(), plan.select.limit());
        }
        return build(plan, wide, order);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static int[] having(int[] order, ColumnVector predicate) {
        int[] kept = new int[order.length];
        int n = 0;
        for (int row : order) {
            if (Boolean.TRUE.equals(Compiler.truth(predicate.get(row)))) {
                kept[n++] = row;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    private static int[] distinct(int[] order, WideResult wide, int visible) {
        Set<List<Object>> seen = new HashSet<>();
        int[] kept = new int[order.length];
        int n = 0;
        for (int row : order) {
            List<Object> key = new ArrayList<>(visible);
            for (int c = 0; c < visible; c++) {
                key.add(Values.groupKey(wide.vectors[c].get(row)));
            }
            if (seen.add(key)) {
                kept[n++] = row;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    private static int[] sort(int[] order, WideResult wide, List<SelectPlan.SortKey> keys) {
        Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
        Comparator<Integer> comparator = null;
        for (SelectPlan.SortKey key : keys) {
            ColumnVector vector = wide.vectors[key.column()];
            Comparator<Integer> next = (a, b) -> compare(vector.get(a), vector.get(b), key);
            comparator = comparator == null ? next : comparator.thenComparing(next);
        }
        Arrays.sort(boxed, comparator);
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private static int compare(Object a, Object b, SelectPlan.SortKey key) {
        if (a == null || b == null) {
            if (a == b) {
                return 0;
            }
            return (a == null) == key.nullsFirst() ? -1 : 1;
        }
        int c = Values.compare(a, b);
        return key.descending() ? -c : c;
    }

    private static int[] limit(int[] order, Long offset, Long limit) {
        int from = (int) Math.min(order.length, offset == null ? 0 : offset);
        int to = (int) Math.min(order.length, limit == null ? Long.MAX_VALUE : from + limit);
        return Arrays.copyOfRange(order, from, to);
    }

    private static ColumnarResult build(SelectPlan plan, WideResult wide, int[] order) {
        boolean unchanged = order.length == wide.rows && isIdentity(order);
        ColumnVector[] columns = new ColumnVector[plan.visibleCount];
        for (int c = 0; c < columns.length; c++) {
            ColumnVector source = wide.vectors[c];
            if (unchanged) {
                columns[c] = source;
            } else {
                columns[c] = source.emptyCopy(order.length);
                columns[c].appendGather(source, order, order.length);
            }
        }
        return new ColumnarResult(wide.visibleFields(), plan.source.precision(), columns, order.length);
    }

    private static boolean isIdentity(int[] order) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] != i) {
                return false;
            }
        }
        return true;
    }
}
