package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.storage.TableSlice;

/**
 * The selected rows of one table snapshot.
 *
 * @param slice the snapshot
 * @param rows  the indices of the selected rows, ascending
 * @param count how many entries of {@code rows} are used
 * @param all   whether every row of the slice is selected ({@code rows} is then 0, 1, 2, ...)
 */
record Segment(TableSlice slice, int[] rows, int count, boolean all) {

    Segment(TableSlice slice, int[] rows, int count) {
        this(slice, rows, count, false);
    }

    static Segment select(TableSlice slice, Compiled rowFilter) {
        int n = slice.rows();
        int[] rows = new int[n];
        if (rowFilter == null) {
            for (int i = 0; i < n; i++) {
                rows[i] = i;
            }
            return new Segment(slice, rows, n, true);
        }
        Row row = new Row();
        Eval filter = rowFilter.eval();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (Boolean.TRUE.equals(Compiler.truth(filter.eval(row.at(slice, i))))) {
                rows[count++] = i;
            }
        }
        return new Segment(slice, rows, count);
    }
}
