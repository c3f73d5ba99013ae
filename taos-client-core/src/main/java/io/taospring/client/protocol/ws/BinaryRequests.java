package io.taospring.client.protocol.ws;

import io.taospring.client.stmt.BoundTable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Encodes binary requests: a 24-byte header (req_id, resource id, action code; all uint64 LE) followed by
 * an action-specific payload (ws-sql.md section 5).
 */
public final class BinaryRequests {

    /** Size of the common request header. */
    public static final int HEADER_SIZE = 24;
    /** Offset of the resource id (result or statement id). */
    public static final int RESOURCE_ID_OFFSET = 8;
    /** Offset of the action code. */
    public static final int ACTION_OFFSET = 16;
    /** Offset of the payload's version field. */
    public static final int VERSION_OFFSET = 24;
    /** The only payload version in use. */
    public static final int VERSION = 1;
    /** Offset of the SQL length in a {@code binary_query}. */
    public static final int SQL_LENGTH_OFFSET = 26;
    /** Offset of the SQL bytes in a {@code binary_query}. */
    public static final int SQL_OFFSET = 30;
    /** Size of a {@code fetch_raw_block} request. */
    public static final int FETCH_RAW_BLOCK_SIZE = 26;
    /** Offset of the column index in a {@code stmt2_bind}. */
    public static final int STMT2_COLUMN_INDEX_OFFSET = 26;
    /** Offset of the bind data in a {@code stmt2_bind} (ws-stmt.md 4.1). */
    public static final int STMT2_BIND_DATA_OFFSET = 30;
    /** The column index that binds every column at once. */
    public static final int STMT2_ALL_COLUMNS = -1;

    private BinaryRequests() {
    }

    /** A {@code binary_query} (6) request for UTF-8 SQL bytes. */
    public static ByteBuffer binaryQuery(long reqId, byte[] sql) {
        ByteBuffer buffer = header(SQL_OFFSET + sql.length, reqId, 0, BinaryAction.BINARY_QUERY);
        buffer.putShort((short) VERSION).putInt(sql.length).put(sql);
        return buffer.flip();
    }

    /** A {@code fetch_raw_block} (7) request for a result. */
    public static ByteBuffer fetchRawBlock(long reqId, long resultId) {
        ByteBuffer buffer = header(FETCH_RAW_BLOCK_SIZE, reqId, resultId, BinaryAction.FETCH_RAW_BLOCK);
        buffer.putShort((short) VERSION);
        return buffer.flip();
    }

    /** A {@code stmt2_bind} (9) request binding every column of {@code tables} (ws-stmt.md 4). */
    public static ByteBuffer stmt2Bind(long reqId, long stmtId, List<BoundTable> tables) {
        return stmt2Bind(reqId, stmtId, tables, null);
    }

    /**
     * A {@code stmt2_bind} (9) request written into {@code reuse} when it is large enough (else into a new
     * buffer), so that a statement sending large batches does not allocate a frame per batch.
     */
    public static ByteBuffer stmt2Bind(long reqId, long stmtId, List<BoundTable> tables, ByteBuffer reuse) {
        int size = STMT2_BIND_DATA_OFFSET + Stmt2BindData.size(tables);
        ByteBuffer buffer = reuse != null && reuse.capacity() >= size ? reuse.clear().limit(size)
                : ByteBuffer.allocate(size);
        buffer.order(ByteOrder.LITTLE_ENDIAN).putLong(reqId).putLong(stmtId).putLong(BinaryAction.STMT2_BIND.code());
        buffer.putShort((short) VERSION).putInt(STMT2_ALL_COLUMNS);
        Stmt2BindData.encode(tables, buffer);
        return buffer.flip();
    }

    private static ByteBuffer header(int size, long reqId, long resourceId, BinaryAction action) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(reqId).putLong(resourceId).putLong(action.code());
    }
}
