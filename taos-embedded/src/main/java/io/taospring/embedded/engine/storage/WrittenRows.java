package io.taospring.embedded.engine.storage;

import java.util.List;

/**
 * The rows one write stored in one table, as the TMQ log keeps them ({@link TmqHooks#rowsWritten}). Bound
 * columns are kept as columns and made into rows only when a consumer reads them: the log holds every write,
 * and boxing each bound value on the way in would cost more than storing it.
 */
public sealed interface WrittenRows {

    /** The rows in canonical form ({@link Values#NONE} for unwritten columns), not to be modified. */
    List<Object[]> rows();

    /** Rows already in canonical form, such as those of an INSERT statement; {@code rows} is not modified later. */
    static WrittenRows of(List<Object[]> rows) {
        return new Listed(List.copyOf(rows));
    }

    /**
     * A copy of {@code batch}, {@code columns.size()} columns wide: a batch may view a buffer its writer reuses.
     * Columns past the batch or null in it are unwritten.
     */
    static WrittenRows copyOf(ColumnBatch[] batch, List<ColumnDef> columns) {
        ColumnVector[] copy = new ColumnVector[columns.size()];
        for (int c = 0; c < copy.length && c < batch.length; c++) {
            if (batch[c] != null) {
                copy[c] = ColumnVector.create(columns.get(c).type(), batch[c].size());
                batch[c].appendTo(copy[c]);
            }
        }
        return new Columns(copy);
    }

    /** Rows held as rows. */
    record Listed(List<Object[]> list) implements WrittenRows {

        @Override
        public List<Object[]> rows() {
            return list;
        }
    }

    /** Rows held as columns, the first (the timestamps) always written; a null column was not written. */
    record Columns(ColumnVector[] columns) implements WrittenRows {

        @Override
        public List<Object[]> rows() {
            return ColumnBatch.rows(columns, columns.length);
        }
    }
}
