package io.taospring.client.transport;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlock;
import java.util.List;

/** The answer to one statement: an update count, or result metadata plus a stream of blocks. */
public interface QueryResponse extends AutoCloseable {

    /** The request id the statement was sent with. */
    long reqId();

    /** Whether the statement returned no result set (INSERT, DDL, USE, ...). */
    boolean isUpdate();

    /** The affected rows of an update; 0 for a query. */
    long affectedRows();

    /** The result columns; empty for an update. */
    List<TaosField> fields();

    /** The timestamp precision of the result. */
    Precision precision();

    /**
     * Fetches the next block of rows.
     *
     * @return the block, or null when the result is exhausted
     * @throws io.taospring.client.error.TaosException when fetching fails
     */
    RawBlock nextBlock();

    /** Frees the server-side result; idempotent. */
    @Override
    void close();
}
