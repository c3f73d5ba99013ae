package io.taospring.client.transport.rest;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.transport.QueryResponse;
import java.util.List;

/**
 * The answer to a statement without a result set; its body has been read completely.
 *
 * @param reqId        the request id
 * @param affectedRows the rows written (0 for DDL and USE)
 */
record RestUpdateResponse(long reqId, long affectedRows) implements QueryResponse {

    @Override
    public boolean isUpdate() {
        return true;
    }

    @Override
    public List<TaosField> fields() {
        return List.of();
    }

    @Override
    public Precision precision() {
        return Precision.MILLISECONDS;
    }

    @Override
    public RawBlock nextBlock() {
        return null;
    }

    @Override
    public void close() {
    }
}
