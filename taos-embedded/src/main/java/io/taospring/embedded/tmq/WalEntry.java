package io.taospring.embedded.tmq;

import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.WrittenRows;
import java.util.List;

/**
 * One write in a vgroup's log: the rows one INSERT statement wrote to one table.
 *
 * @param version    the entry's WAL version
 * @param table      the table written
 * @param written    the rows as written
 * @param appendedAt when it was logged (epoch milliseconds), for the retention period
 */
record WalEntry(long version, Table table, WrittenRows written, long appendedAt) {

    /** The rows as written, canonical values, not to be modified. */
    List<Object[]> rows() {
        return written.rows();
    }
}
