package io.taospring.client.internal;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.observation.RequestObservation;
import io.taospring.client.observation.RequestOutcome;
import io.taospring.client.transport.QueryResponse;
import java.util.List;
import java.util.function.Supplier;

/**
 * A response that counts the rows fetched through it and ends its observation once, when closed (after
 * a fetch failure, with that failure).
 */
final class ObservedResponse implements QueryResponse {

    private final QueryResponse delegate;
    private final RequestObservation observation;
    private long rowsRead;
    private RuntimeException failure;
    private boolean ended;

    private ObservedResponse(QueryResponse delegate, RequestObservation observation) {
        this.delegate = delegate;
        this.observation = observation;
    }

    /** Sends a request through {@code send} under {@code observation}, ending it when sending fails. */
    static QueryResponse observe(RequestObservation observation, Supplier<QueryResponse> send) {
        try {
            return new ObservedResponse(send.get(), observation);
        } catch (RuntimeException e) {
            observation.end(RequestOutcome.failure(e, 0));
            throw e;
        }
    }

    @Override
    public long reqId() {
        return delegate.reqId();
    }

    @Override
    public boolean isUpdate() {
        return delegate.isUpdate();
    }

    @Override
    public long affectedRows() {
        return delegate.affectedRows();
    }

    @Override
    public List<TaosField> fields() {
        return delegate.fields();
    }

    @Override
    public Precision precision() {
        return delegate.precision();
    }

    @Override
    public RawBlock nextBlock() {
        try {
            RawBlock block = delegate.nextBlock();
            if (block != null) {
                rowsRead += block.rowCount();
            }
            return block;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            delegate.close();
        } finally {
            end();
        }
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        observation.end(failure != null ? RequestOutcome.failure(failure, rowsRead)
                : RequestOutcome.success(rowsRead, delegate.isUpdate() ? delegate.affectedRows() : 0));
    }
}
