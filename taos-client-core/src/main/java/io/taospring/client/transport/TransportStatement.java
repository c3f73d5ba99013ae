package io.taospring.client.transport;

import io.taospring.client.stmt.BindField;
import io.taospring.client.stmt.BoundTable;
import java.util.List;

/** A statement prepared on the server by {@link TransportConnection#prepare}; used by one session at a time. */
public interface TransportStatement extends AutoCloseable {

    /** Whether the server parsed the statement as an INSERT. */
    boolean isInsert();

    /** The placeholders in SQL order. */
    List<BindField> fields();

    /**
     * Sends one batch and executes it.
     *
     * @param tables one entry per table, in the order they were bound
     * @param reqId  the request id of the bind; the execute uses a fresh one
     * @return the rows written
     * @throws io.taospring.client.error.StatementError when the server refuses the batch
     */
    long execute(List<BoundTable> tables, long reqId);

    /** Releases the statement on the server; idempotent, failures once the connection is gone are ignored. */
    @Override
    void close();
}
