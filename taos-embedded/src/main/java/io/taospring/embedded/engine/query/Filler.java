package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.sql.Statement.FillMode;
import io.taospring.embedded.engine.storage.TableSlice;
import io.taospring.embedded.engine.storage.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** FILL: rows for the windows of the query range that hold no data. */
final class Filler {

    private final SelectPlan plan;
    private final Aggregation aggregation;
    private final TableSlice groupSlice;
    private final FillMode mode;
    private final boolean[] fillable;

    Filler(SelectPlan plan, Aggregation aggregation, TableSlice groupSlice) {
        this.plan = plan;
        this.aggregation = aggregation;
        this.groupSlice = groupSlice;
        this.mode = plan.select.window().fill();
        this.fillable = new boolean[plan.columns.size()];
        for (int c = 0; c < fillable.length; c++) {
            fillable[c] = (plan.columns.get(c).compiled().refs() & Compiled.AGGREGATE) != 0;
        }
    }

    List<Object[]> fill(TreeMap<Long, Object[]> data) {
        TreeSet<Long> starts = new TreeSet<>(plan.window.startsBetween(plan.filter.from(), plan.filter.to()));
        starts.addAll(data.keySet());
        List<Object[]> rows = new ArrayList<>();
        Object[] previous = null;
        for (long start : starts) {
            Object[] row = data.get(start);
            if (row == null) {
                row = aggregation.emptyWindow(groupSlice, start, plan.window.end(start));
                fillRow(row, start, previous, data);
            }
            rows.add(row);
            previous = row;
        }
        return rows;
    }

    private void fillRow(Object[] row, long start, Object[] previous, TreeMap<Long, Object[]> data) {
        int valueIndex = 0;
        for (int c = 0; c < row.length; c++) {
            if (!fillable[c]) {
                continue;
            }
            row[c] = switch (mode) {
                case VALUE -> valueIndex < plan.fillValues.size() ? plan.fillValues.get(valueIndex) : null;
                case PREV -> previous == null ? null : previous[c];
                case NEXT -> nextValue(data, start, c);
                case LINEAR -> linear(data, start, c);
                default -> null;
            };
            valueIndex++;
        }
    }

    private static Object nextValue(TreeMap<Long, Object[]> data, long start, int column) {
        Map.Entry<Long, Object[]> next = data.higherEntry(start);
        return next == null ? null : next.getValue()[column];
    }

    private static Object linear(TreeMap<Long, Object[]> data, long start, int column) {
        Map.Entry<Long, Object[]> before = data.lowerEntry(start);
        Map.Entry<Long, Object[]> after = data.higherEntry(start);
        if (before == null || after == null) {
            return null;
        }
        Object a = before.getValue()[column];
        Object b = after.getValue()[column];
        if (!Values.isNumeric(a) || !Values.isNumeric(b)) {
            return null;
        }
        double x = Values.toDouble(a);
        double y = Values.toDouble(b);
        double fraction = (double) (start - before.getKey()) / (after.getKey() - before.getKey());
        return x + (y - x) * fraction;
    }
}
