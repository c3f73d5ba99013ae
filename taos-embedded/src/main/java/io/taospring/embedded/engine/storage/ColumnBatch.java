package io.taospring.embedded.engine.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * Values written to one column by {@link TableData#writeColumns}: a {@link ColumnVector}, or a view of
 * values held elsewhere (bound parameters) that can append itself without boxing.
 */
public interface ColumnBatch {

    /** The number of values. */
    int size();

    /** Value {@code row} as a TIMESTAMP or integer (the first column of a batch holds the timestamps). */
    long longAt(int row);

    /** Value {@code row} in canonical form (see {@link ColumnVector}), or null. */
    Object get(int row);

    /** Appends every value to {@code target}, a column of the same type. */
    void appendTo(ColumnVector target);

    /**
     * The rows of {@code batch} in canonical form, {@code width} columns wide: columns past the batch or
     * null in it (not bound) are {@link Values#NONE}.
     */
    static List<Object[]> rows(ColumnBatch[] batch, int width) {
        int count = batch[0].size();
        List<Object[]> rows = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            Object[] row = new Object[width];
            for (int c = 0; c < width; c++) {
                row[c] = c < batch.length && batch[c] != null ? batch[c].get(r) : Values.NONE;
            }
            rows.add(row);
        }
        return rows;
    }
}
