package io.taospring.embedded.engine.storage;

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
}
