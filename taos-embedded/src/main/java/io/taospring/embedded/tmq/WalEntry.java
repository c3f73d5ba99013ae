package io.taospring.embedded.tmq;

import io.taospring.embedded.engine.storage.Table;
import java.util.List;

/**
 * One write in a vgroup's log: the rows one INSERT statement wrote to one table.
 *
 * @param version the entry's WAL version (its index in the log)
 * @param table   the table written
 * @param rows    the rows as written, canonical values
 */
record WalEntry(long version, Table table, List<Object[]> rows) {
}
