package io.taospring.client.transport.nativ;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.Operation;
import io.taospring.client.error.StatementError;
import java.util.List;

/**
 * A parameter-binding statement over libtaos's stmt2 API ({@code protocol/native-c-api.md} section 5.4):
 * prepare once, bind the columns of many rows (per table, with tags), execute. A statement is used by one
 * thread at a time; closing it frees the {@code TAOS_STMT2 *}, and the cleaner does so if it is dropped.
 */
final class NativeStatement implements AutoCloseable {

    /** {@code col_idx} of {@code taos_stmt2_bind_param} that binds all columns at once. */
    private static final int ALL_COLUMNS = -1;

    private final TaosLibrary api;
    private final long reqId;
    private final NativeHandle handle;
    private String sql;

    NativeStatement(NativeConnection connection, long reqId) {
        this.api = connection.library().api();
        this.reqId = reqId;
        Pointer stmt;
        try (NativeArena arena = new NativeArena()) {
            stmt = api.taos_stmt2_init(connection.taos(), option(arena, reqId));
        }
        if (stmt == null) {
            throw new StatementError(api.taos_errno(null), api.taos_errstr(null), reqId, null, null);
        }
        this.handle = new NativeHandle(connection.cleaner(), this, "statement", stmt, api::taos_stmt2_close, connection);
    }

    private static Pointer option(NativeArena arena, long reqId) {
        Memory option = arena.allocate(NativeLayouts.OPTION_SIZE);
        option.setLong(NativeLayouts.OPTION_REQID, reqId);
        option.setByte(NativeLayouts.OPTION_SINGLE_STB_INSERT, (byte) 0);
        option.setByte(NativeLayouts.OPTION_SINGLE_TABLE_BIND_ONCE, (byte) 0);
        option.setPointer(NativeLayouts.OPTION_ASYNC_EXEC_FN, null); // synchronous execution
        option.setPointer(NativeLayouts.OPTION_USERDATA, null);
        return option;
    }

    /** Prepares {@code sql}, e.g. {@code insert into ? using meters tags (?, ?) values (?, ?, ?)}. */
    void prepare(String sql) {
        this.sql = sql;
        check(api.taos_stmt2_prepare(handle.pointer(), sql, new NativeLong(0)));
    }

    /** Binds the rows of one or more tables (columnar). */
    void bind(List<BindEncoder.TableBatch> tables) {
        try (NativeArena arena = new NativeArena()) {
            check(api.taos_stmt2_bind_param(handle.pointer(), new BindEncoder(arena).bindv(tables), ALL_COLUMNS));
        }
    }

    /** Executes the bound rows; returns the affected rows. */
    long execute() {
        IntByReference affected = new IntByReference();
        check(api.taos_stmt2_exec(handle.pointer(), affected));
        return affected.getValue();
    }

    private void check(int code) {
        if (code != 0) {
            throw ErrorCodes.exception(Operation.STATEMENT, code, api.taos_stmt2_error(handle.pointer()), reqId, sql,
                    null);
        }
    }

    @Override
    public void close() {
        handle.close();
    }
}
