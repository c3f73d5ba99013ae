package io.taospring.client.transport.nativ;

import com.sun.jna.Pointer;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.Operation;
import io.taospring.client.transport.QueryResponse;
import io.taospring.client.transport.TransportConnection;
import java.lang.ref.Cleaner;

/**
 * A {@code TAOS *}. libtaos allows a connection to be shared by threads, so queries need no lock here;
 * the session API above uses it from one thread at a time anyway. Closing it does not close results
 * still open on it: close those first (the session does).
 */
final class NativeConnection implements TransportConnection {

    private final LoadedLibrary library;
    private final Cleaner cleaner;
    private final NativeHandle handle;

    NativeConnection(LoadedLibrary library, Cleaner cleaner, Pointer taos) {
        this.library = library;
        this.cleaner = cleaner;
        this.handle = new NativeHandle(cleaner, this, "connection", taos, library.api()::taos_close, null);
    }

    LoadedLibrary library() {
        return library;
    }

    Cleaner cleaner() {
        return cleaner;
    }

    /** The live {@code TAOS *}. */
    Pointer taos() {
        if (handle.isFreed()) {
            throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "the native connection is closed");
        }
        return handle.pointer();
    }

    @Override
    public QueryResponse query(String sql, long reqId) {
        Pointer res = library.api().taos_query_with_reqid(taos(), sql, reqId);
        if (res == null) {
            throw ErrorCodes.exception(Operation.QUERY, library.api().taos_errno(null),
                    library.api().taos_errstr(null), reqId, sql, null);
        }
        int code = library.api().taos_errno(res);
        if (code != 0) {
            String message = library.api().taos_errstr(res);
            library.api().taos_free_result(res);
            throw ErrorCodes.exception(Operation.QUERY, code, message, reqId, sql, null);
        }
        return new NativeQueryResponse(this, res, reqId, sql);
    }

    /** A stmt2 statement on this connection, its request id {@code reqId}. */
    NativeStatement statement(long reqId) {
        return new NativeStatement(this, reqId);
    }

    /** Writes schemaless lines; see {@link NativeSchemaless}. */
    long writeSchemaless(String lines, NativeSchemaless.Protocol protocol, NativeSchemaless.TimestampPrecision precision,
            int ttlDays, long reqId) {
        return new NativeSchemaless(this).write(lines, protocol, precision, ttlDays, reqId);
    }

    @Override
    public String serverVersion() {
        return library.api().taos_get_server_info(taos());
    }

    @Override
    public boolean isClosed() {
        return handle.isFreed();
    }

    @Override
    public void close() {
        handle.close();
    }
}
