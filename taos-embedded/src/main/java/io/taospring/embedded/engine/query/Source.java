package io.taospring.embedded.engine.query;

import io.taospring.client.Precision;
import io.taospring.embedded.engine.storage.TableSlice;
import java.util.Iterator;
import java.util.concurrent.locks.Lock;

/** What a query reads: user tables or a system table. */
interface Source {

    Scope scope();

    default Precision precision() {
        return scope().precision();
    }

    /** Whether {@code SELECT *} includes the tags (queries of a super table). */
    boolean starIncludesTags();

    /**
     * Snapshots of the tables whose tags pass {@code tableFilter} (null for all), each holding the rows
     * with {@code from <= ts <= to}; taken lazily, one table at a time.
     */
    Iterator<TableSlice> slices(long from, long to, Compiled tableFilter);

    /** The lock held while the query reads (the database's schema read lock). */
    Lock lock();
}
