package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.storage.ColumnVector;
import io.taospring.embedded.engine.storage.TableSlice;
import java.util.Iterator;
import java.util.List;

/** Row-by-row SELECTs: copies selected rows into result columns, in bulk where a column is read as is. */
final class Projection {

    private final SelectPlan plan;
    private final WideResult result;
    private final Row row = new Row();

    Projection(SelectPlan plan) {
        this.plan = plan;
        this.result = new WideResult(plan.columns);
        row.queryStart = plan.filter.from();
        row.queryEnd = plan.filter.to();
    }

    WideResult run() {
        if (plan.keys.isEmpty()) {
            boolean cutEarly = plan.sortKeys.isEmpty() && !plan.select.distinct();
            long offset = cutEarly && plan.select.offset() != null ? plan.select.offset() : 0;
            long limit = cutEarly && plan.select.limit() != null ? plan.select.limit() : Long.MAX_VALUE;
            Iterator<TableSlice> slices = plan.filter.isEmpty() ? List.<TableSlice>of().iterator()
                    : plan.source.slices(plan.filter.from(), plan.filter.to(), plan.filter.tableFilter());
            Window window = new Window(offset, limit);
            while (slices.hasNext() && window.open()) {
                append(Segment.select(slices.next(), plan.filter.rowFilter()), window);
            }
            return result;
        }
        for (Grouping.Group group : Grouping.groups(plan, false)) {
            Window window = new Window(plan.select.offset() == null ? 0 : plan.select.offset(),
                    plan.select.limit() == null ? Long.MAX_VALUE : plan.select.limit());
            for (Segment segment : group.segments()) {
                append(segment, window);
            }
        }
        return result;
    }

    /** The OFFSET/LIMIT window still to fill. */
    private static final class Window {
        long skip;
        long take;

        Window(long skip, long take) {
            this.skip = skip;
            this.take = take;
        }

        boolean open() {
            return take > 0;
        }
    }

    private void append(Segment segment, Window window) {
        int from = (int) Math.min(segment.count(), window.skip);
        window.skip -= from;
        int to = (int) Math.min(segment.count(), from + window.take);
        window.take -= to - from;
        if (to <= from) {
            return;
        }
        int[] rows = from == 0 ? segment.rows() : java.util.Arrays.copyOfRange(segment.rows(), from, to);
        int count = to - from;
        TableSlice slice = segment.slice();
        for (int c = 0; c < result.vectors.length; c++) {
            appendColumn(result.vectors[c], plan.columns.get(c).compiled(), slice, rows, count, segment.all());
        }
        result.rows += count;
    }

    private void appendColumn(ColumnVector target, Compiled compiled, TableSlice slice, int[] rows, int count,
            boolean contiguous) {
        if (compiled.column() >= 0 && slice.columns()[compiled.column()].type() == target.type()) {
            ColumnVector source = slice.columns()[compiled.column()];
            if (contiguous) {
                target.appendRange(source, rows[0], rows[0] + count);
            } else {
                target.appendGather(source, rows, count);
            }
        } else if ((compiled.refs() & Compiled.COLUMN) == 0) {
            target.appendRepeated(compiled.eval().eval(row.at(slice, -1)), count);
        } else {
            Eval eval = compiled.eval();
            for (int i = 0; i < count; i++) {
                target.append(eval.eval(row.at(slice, rows[i])));
            }
        }
    }
}
