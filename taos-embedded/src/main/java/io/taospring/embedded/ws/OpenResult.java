package io.taospring.embedded.ws;

import io.taospring.embedded.engine.QueryResult;

/**
 * A result set open on a WebSocket session: a cursor over the engine's snapshot. Fetches on one result
 * are serialised by its monitor (ws-sql.md 2: per-resource lock), including the write of their reply so
 * that blocks leave in fetch order.
 */
final class OpenResult {

    /** Rows per block sent to the client. */
    static final int ROWS_PER_BLOCK = 4096;

    private final long id;
    private final QueryResult result;
    private int nextRow;
    private byte[] fetched;
    private int fetchedRows;

    OpenResult(long id, QueryResult result) {
        this.id = id;
        this.result = result;
    }

    long id() {
        return id;
    }

    QueryResult result() {
        return result;
    }

    /** Encodes the next block, or returns null when every row has been fetched. Callers hold the monitor. */
    byte[] nextBlock() {
        int total = result.rowCount();
        if (nextRow >= total) {
            fetched = null;
            fetchedRows = 0;
            return null;
        }
        int to = Math.min(total, nextRow + ROWS_PER_BLOCK);
        fetched = result.encodeBlock(nextRow, to);
        fetchedRows = to - nextRow;
        nextRow = to;
        return fetched;
    }

    /** The row count of the last fetched block (0 at the end). Callers hold the monitor. */
    int fetchedRows() {
        return fetchedRows;
    }

    /** The block of the last {@link #nextBlock()} (for {@code fetch_block}), or null. Callers hold the monitor. */
    byte[] fetched() {
        return fetched;
    }
}
