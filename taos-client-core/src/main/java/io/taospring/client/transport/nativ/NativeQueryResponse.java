package io.taospring.client.transport.nativ;

import com.sun.jna.Pointer;
import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.error.Operation;
import io.taospring.client.transport.QueryResponse;
import java.util.List;

/**
 * A {@code TAOS_RES *} of one statement. An update is read and freed at once; a query keeps its result
 * until the last block is fetched or {@link #close()} is called, and the cleaner frees it if neither
 * happens. Used by one thread at a time, as libtaos requires of a result.
 */
final class NativeQueryResponse implements QueryResponse {

    private final long reqId;
    private final List<TaosField> fields;
    private final Precision precision;
    private final long affectedRows;
    private final ResultReader reader;
    private final NativeHandle handle;

    NativeQueryResponse(NativeConnection connection, Pointer res, long reqId, String sql) {
        LoadedLibrary library = connection.library();
        this.reqId = reqId;
        this.reader = new ResultReader(library, Operation.QUERY, reqId, sql);
        this.handle = new NativeHandle(connection.cleaner(), this, "result", res, library.api()::taos_free_result,
                connection);
        try {
            this.fields = reader.fields(res);
            this.precision = Precision.fromCode(library.api().taos_result_precision(res));
            this.affectedRows = fields.isEmpty() ? library.api().taos_affected_rows64(res) : 0;
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
        if (fields.isEmpty()) {
            handle.close();
        }
    }

    @Override
    public long reqId() {
        return reqId;
    }

    @Override
    public boolean isUpdate() {
        return fields.isEmpty();
    }

    @Override
    public long affectedRows() {
        return affectedRows;
    }

    @Override
    public List<TaosField> fields() {
        return fields;
    }

    @Override
    public Precision precision() {
        return precision;
    }

    @Override
    public RawBlock nextBlock() {
        if (handle.isFreed()) {
            return null; // exhausted, failed or closed, as the other transports answer
        }
        RawBlock block;
        try {
            block = reader.nextBlock(handle.pointer(), fields.size());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        if (block == null) {
            close();
        }
        return block;
    }

    @Override
    public void close() {
        handle.close();
    }
}
