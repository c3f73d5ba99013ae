package io.taospring.embedded.engine.query;

import io.taospring.client.Precision;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.ColumnVector;
import io.taospring.embedded.engine.storage.TableSlice;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** A system table (information_schema, performance_schema) materialised when queried, or no table. */
final class SystemSource implements Source {

    private final Scope scope;
    private final TableSlice slice;

    SystemSource(String name, List<ColumnDef> columns, List<Object[]> rows) {
        this.scope = new Scope(name, columns, List.of(), false, Precision.MILLISECONDS);
        ColumnVector[] vectors = new ColumnVector[columns.size()];
        for (int c = 0; c < vectors.length; c++) {
            vectors[c] = ColumnVector.create(columns.get(c).type(), rows.size());
            for (Object[] row : rows) {
                vectors[c].append(row[c]);
            }
        }
        this.slice = new TableSlice(name, new Object[0], vectors, rows.size());
    }

    /** The source of {@code SELECT} without FROM: one row, no columns. */
    static SystemSource none() {
        return new SystemSource("", List.of(), List.<Object[]>of(new Object[0]));
    }

    @Override
    public Scope scope() {
        return scope;
    }

    @Override
    public boolean starIncludesTags() {
        return false;
    }

    @Override
    public Iterator<TableSlice> slices(long from, long to, Compiled tableFilter) {
        return List.of(slice).iterator();
    }

    @Override
    public Lock lock() {
        return new ReentrantLock();
    }
}
