package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.storage.TableSlice;

/** The running state of one aggregate over one group or window. */
interface Accumulator {

    /** Adds the current row. */
    void add(Row row);

    /** The aggregate's value (canonical, null when undefined). */
    Object result();

    /** For selectors (min, max, first, last): the slice of the chosen row, or null. */
    default TableSlice selectedSlice() {
        return null;
    }

    /** For selectors: the chosen row's index. */
    default int selectedRow() {
        return -1;
    }
}
