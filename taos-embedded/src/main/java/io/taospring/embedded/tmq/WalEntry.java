package io.taospring.embedded.tmq;

import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.WrittenRows;
import java.util.List;

/**
 * One write in a vgroup's log: the rows one INSERT statement wrote to one table.
 *
 * @param version the entry's WAL version (its index in the log)
 * @param table   the table written
 * @param written the rows as written
 */
record WalEntry(long version, Table table, WrittenRows written) {

    /** The rows as written, canonical values, not to be modified. */
    List<Object[]> rows() {
        return written.rows();
    }
}
