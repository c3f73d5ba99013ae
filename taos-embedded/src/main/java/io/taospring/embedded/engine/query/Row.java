package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.storage.TableSlice;

/** The mutable evaluation context: the current row, and in aggregate output the group's values. */
final class Row {

    TableSlice slice;
    int index = -1;
    Object[] aggregates;
    long windowStart;
    long windowEnd;
    long queryStart = Long.MIN_VALUE;
    long queryEnd = Long.MAX_VALUE;

    Row at(TableSlice newSlice, int newIndex) {
        this.slice = newSlice;
        this.index = newIndex;
        return this;
    }
}
