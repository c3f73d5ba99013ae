package io.taospring.embedded.engine.storage;

import io.taospring.client.TaosType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The rows of one table: columns sorted by timestamp (column 0), unique timestamps. Writes merge by
 * timestamp with TDengine's partial-update rule (sql-subset.md section 0): on an existing timestamp
 * only the written columns are replaced. Thread-safe: a read-write lock per table.
 */
public final class TableData {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private ColumnVector[] columns;

    /** Empty storage for columns of the given types (the first a TIMESTAMP). */
    public TableData(List<ColumnDef> schema) {
        columns = new ColumnVector[schema.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = ColumnVector.create(schema.get(i).type(), 16);
        }
    }

    /** The number of rows. */
    public int rowCount() {
        lock.readLock().lock();
        try {
            return columns[0].size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Writes rows: each an array with one canonical value per column, {@link Values#NONE} for a column
     * not written. Rows need not be sorted; duplicates merge, the later one winning.
     */
    public void write(List<Object[]> rows) {
        List<Object[]> batch = sortedMerged(rows);
        lock.writeLock().lock();
        try {
            long[] ts = timestamps();
            int size = columns[0].size();
            if (size == 0 || (Long) batch.get(0)[0] > ts[size - 1]) {
                batch.forEach(this::appendRow);
            } else {
                mergeIn(batch);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Writes whole columns (one per table column, null for a column not written, the first the timestamps,
     * all of one length). Rows that come strictly after the stored ones in strictly increasing time are
     * appended column by column without boxing; anything else merges row by row as {@link #write} does.
     */
    public void writeColumns(ColumnBatch[] batch) {
        int count = batch[0].size();
        if (count == 0) {
            return;
        }
        lock.writeLock().lock();
        try {
            int size = columns[0].size();
            if (isStrictlyIncreasing(batch[0], count) && (size == 0 || batch[0].longAt(0) > timestamps()[size - 1])) {
                appendColumns(batch, count);
                return;
            }
        } finally {
            lock.writeLock().unlock();
        }
        write(ColumnBatch.rows(batch, columns.length));
    }

    private static boolean isStrictlyIncreasing(ColumnBatch ts, int count) {
        long previous = ts.longAt(0);
        for (int i = 1; i < count; i++) {
            long current = ts.longAt(i);
            if (previous >= current) {
                return false;
            }
            previous = current;
        }
        return true;
    }

    private void appendColumns(ColumnBatch[] batch, int count) {
        int newSize = columns[0].size() + count;
        for (int c = 0; c < columns.length; c++) {
            if (c < batch.length && batch[c] != null) {
                batch[c].appendTo(columns[c]);
            } else {
                columns[c].padNulls(newSize);
            }
        }
    }

    private static List<Object[]> sortedMerged(List<Object[]> rows) {
        List<Object[]> sorted = new ArrayList<>(rows);
        if (!isSorted(sorted)) {
            sorted.sort(Comparator.comparingLong(row -> (Long) row[0]));
        }
        List<Object[]> merged = new ArrayList<>(sorted.size());
        for (Object[] row : sorted) {
            Object[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last[0].equals(row[0])) {
                merged.set(merged.size() - 1, overlay(last, row));
            } else {
                merged.add(row);
            }
        }
        return merged;
    }

    private static boolean isSorted(List<Object[]> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if ((Long) rows.get(i - 1)[0] > (Long) rows.get(i)[0]) {
                return false;
            }
        }
        return true;
    }

    private static Object[] overlay(Object[] older, Object[] newer) {
        Object[] result = older.clone();
        for (int i = 0; i < newer.length; i++) {
            if (newer[i] != Values.NONE) {
                result[i] = newer[i];
            }
        }
        return result;
    }

    private long[] timestamps() {
        return ((LongColumn) columns[0]).values();
    }

    private void appendRow(Object[] row) {
        for (int c = 0; c < columns.length; c++) {
            Object value = c < row.length ? row[c] : Values.NONE;
            columns[c].append(value == Values.NONE ? null : value);
        }
    }

    private void mergeIn(List<Object[]> batch) {
        long[] ts = timestamps();
        int size = columns[0].size();
        List<Object[]> inserts = new ArrayList<>();
        for (Object[] row : batch) {
            int at = java.util.Arrays.binarySearch(ts, 0, size, (Long) row[0]);
            if (at >= 0) {
                updateRow(at, row);
            } else {
                inserts.add(row);
            }
        }
        if (inserts.isEmpty()) {
            return;
        }
        if ((Long) inserts.get(0)[0] > ts[size - 1]) {
            inserts.forEach(this::appendRow);
        } else {
            insertInPlace(inserts);
        }
    }

    private void updateRow(int at, Object[] row) {
        for (int c = 1; c < columns.length && c < row.length; c++) {
            if (row[c] != Values.NONE) {
                columns[c].set(at, row[c]);
            }
        }
    }

    /**
     * Merges rows that fall between stored ones (sorted, none at a stored timestamp) by moving the later rows up
     * within the columns, from the end down: no copy of the whole table per out-of-order write.
     */
    private void insertInPlace(List<Object[]> inserts) {
        int size = columns[0].size();
        int total = size + inserts.size();
        for (ColumnVector column : columns) {
            column.extendTo(total);
        }
        long[] ts = timestamps();
        int stored = size - 1;
        for (int next = inserts.size() - 1, to = total - 1; next >= 0; to--) {
            Object[] row = inserts.get(next);
            if (stored >= 0 && ts[stored] > (Long) row[0]) {
                for (ColumnVector column : columns) {
                    column.move(stored, to);
                }
                stored--;
            } else {
                for (int c = 0; c < columns.length; c++) {
                    Object value = c < row.length ? row[c] : Values.NONE;
                    columns[c].set(to, value == Values.NONE ? null : value);
                }
                next--;
            }
        }
    }

    private void copyRow(ColumnVector[] from, int row) {
        for (int c = 0; c < columns.length; c++) {
            columns[c].appendFrom(from[c], row);
        }
    }

    /** Copies the rows with {@code from <= ts <= to}. */
    public ColumnVector[] snapshot(long from, long to) {
        lock.readLock().lock();
        try {
            long[] ts = timestamps();
            int size = columns[0].size();
            int start = lowerBound(ts, size, from);
            int end = to == Long.MAX_VALUE ? size : lowerBound(ts, size, to + 1);
            ColumnVector[] copy = new ColumnVector[columns.length];
            for (int c = 0; c < columns.length; c++) {
                copy[c] = columns[c].copyRange(start, Math.max(start, end));
            }
            return copy;
        } finally {
            lock.readLock().unlock();
        }
    }

    private static int lowerBound(long[] ts, int size, long key) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ts[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Deletes the rows with {@code from <= ts <= to}; returns how many were deleted. */
    public int deleteRange(long from, long to) {
        lock.writeLock().lock();
        try {
            long[] ts = timestamps();
            int size = columns[0].size();
            int start = lowerBound(ts, size, from);
            int end = to == Long.MAX_VALUE ? size : lowerBound(ts, size, to + 1);
            if (end <= start) {
                return 0;
            }
            ColumnVector[] old = columns;
            ColumnVector[] fresh = new ColumnVector[old.length];
            for (int c = 0; c < old.length; c++) {
                fresh[c] = old[c].emptyCopy(size - (end - start));
            }
            columns = fresh;
            for (int row = 0; row < size; row++) {
                if (row < start || row >= end) {
                    copyRow(old, row);
                }
            }
            return end - start;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds a column of NULLs at the end (ALTER ... ADD COLUMN). */
    public void addColumn(TaosType type) {
        lock.writeLock().lock();
        try {
            ColumnVector column = ColumnVector.create(type, columns[0].size());
            column.padNulls(columns[0].size());
            ColumnVector[] grown = java.util.Arrays.copyOf(columns, columns.length + 1);
            grown[columns.length] = column;
            columns = grown;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes column {@code index} (ALTER ... DROP COLUMN). */
    public void dropColumn(int index) {
        lock.writeLock().lock();
        try {
            List<ColumnVector> kept = new ArrayList<>(List.of(columns));
            kept.remove(index);
            columns = kept.toArray(new ColumnVector[0]);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Approximate heap bytes of the stored values. */
    public long heapBytes() {
        lock.readLock().lock();
        try {
            long bytes = 0;
            for (ColumnVector column : columns) {
                bytes += column.heapBytes();
            }
            return bytes;
        } finally {
            lock.readLock().unlock();
        }
    }
}
