package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.Errors;
import io.taospring.embedded.engine.sql.Statement.FillMode;
import io.taospring.embedded.engine.storage.TableSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Aggregate SELECTs: per group, one row, or one row per INTERVAL window (with FILL). */
final class Aggregation {

    /** The accumulators of one group or window and the row plain columns are read from. */
    private static final class State {
        final Accumulator[] accumulators;
        TableSlice firstSlice;
        int firstRow = -1;

        State(AggregateCalls calls) {
            this.accumulators = calls.newAccumulators();
        }

        void add(Row row) {
            if (firstSlice == null) {
                firstSlice = row.slice;
                firstRow = row.index;
            }
            for (Accumulator accumulator : accumulators) {
                accumulator.add(row);
            }
        }
    }

    private final SelectPlan plan;
    private final AggregateCalls calls;
    private final WideResult result;
    private final Row row = new Row();

    Aggregation(SelectPlan plan) {
        this.plan = plan;
        this.calls = plan.aggregates;
        this.result = new WideResult(plan.columns);
        row.queryStart = plan.filter.from();
        row.queryEnd = plan.filter.to();
    }

    WideResult run() {
        if (plan.window != null && plan.select.window().fill() != FillMode.NONE && !plan.filter.bounded()) {
            throw Errors.timeRangeRequired();
        }
        boolean keepEmpty = plan.window == null && plan.keysArePerTable();
        List<Grouping.Group> groups = Grouping.groups(plan, keepEmpty);
        if (groups.isEmpty() && plan.keys.isEmpty()) {
            groups = List.of(new Grouping.Group(List.of(), List.of()));
        }
        boolean perGroupLimit = !plan.select.partitionBy().isEmpty();
        for (Grouping.Group group : groups) {
            List<Object[]> rows = plan.window == null ? single(group) : windows(group);
            if (perGroupLimit) {
                rows = Shaper.cut(rows, plan.select.offset(), plan.select.limit());
            }
            rows.forEach(result::appendRow);
        }
        return result;
    }

    private List<Object[]> single(Grouping.Group group) {
        State state = new State(calls);
        for (Segment segment : group.segments()) {
            feed(segment, state);
        }
        if (state.firstSlice == null && !calls.hasCountLike()) {
            return List.of();
        }
        TableSlice slice = state.firstSlice != null ? state.firstSlice
                : group.segments().isEmpty() ? null : group.segments().get(0).slice();
        return List.<Object[]>of(output(state, slice, 0, 0));
    }

    private void feed(Segment segment, State state) {
        TableSlice slice = segment.slice();
        int[] rows = segment.rows();
        for (int i = 0; i < segment.count(); i++) {
            state.add(row.at(slice, rows[i]));
        }
    }

    private List<Object[]> windows(Grouping.Group group) {
        WindowSpec spec = plan.window;
        TreeMap<Long, State> windows = new TreeMap<>();
        List<Long> starts = new ArrayList<>();
        for (Segment segment : group.segments()) {
            TableSlice slice = segment.slice();
            for (int i = 0; i < segment.count(); i++) {
                int index = segment.rows()[i];
                spec.startsContaining(slice.timestamp(index), starts);
                row.at(slice, index);
                for (Long start : starts) {
                    windows.computeIfAbsent(start, s -> new State(calls)).add(row);
                }
            }
        }
        TableSlice groupSlice = group.segments().isEmpty() ? null : group.segments().get(0).slice();
        FillMode fill = plan.select.window().fill();
        if (fill == FillMode.NONE) {
            List<Object[]> rows = new ArrayList<>();
            windows.forEach((start, state) -> rows.add(output(state, state.firstSlice, start, spec.end(start))));
            return rows;
        }
        return new Filler(plan, this, groupSlice).fill(dataRows(windows));
    }

    /** Evaluates the output columns for a group or window. */
    private Object[] output(State state, TableSlice slice, long start, long end) {
        Object[] values = new Object[calls.calls().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = state.accumulators[i].result();
        }
        int selector = calls.soleSelector();
        Accumulator chosen = selector >= 0 ? state.accumulators[selector] : null;
        if (chosen != null && chosen.selectedSlice() != null) {
            row.at(chosen.selectedSlice(), chosen.selectedRow());
        } else {
            row.at(slice, state.firstSlice == null ? -1 : state.firstRow);
        }
        return evaluate(values, start, end);
    }

    /** Evaluates the output columns with the given aggregate values; the current row stays as set. */
    Object[] evaluate(Object[] aggregateValues, long start, long end) {
        row.aggregates = aggregateValues;
        row.windowStart = start;
        row.windowEnd = end;
        Object[] out = new Object[plan.columns.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = plan.columns.get(c).compiled().eval().eval(row);
        }
        return out;
    }

    /** An output row for an empty window: aggregates NULL, tags from {@code slice}. */
    Object[] emptyWindow(TableSlice slice, long start, long end) {
        row.at(slice, -1);
        return evaluate(new Object[calls.calls().size()], start, end);
    }

    /** The windows' rows in start order, given the data windows. */
    private TreeMap<Long, Object[]> dataRows(TreeMap<Long, State> windows) {
        TreeMap<Long, Object[]> rows = new TreeMap<>();
        windows.forEach((start, state) -> rows.put(start, output(state, state.firstSlice, start,
                plan.window.end(start))));
        return rows;
    }
}
