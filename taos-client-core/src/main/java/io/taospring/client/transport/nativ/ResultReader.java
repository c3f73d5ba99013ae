package io.taospring.client.transport.nativ;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockCodec;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code TAOS_RES *}: its fields and its raw blocks. Shared by query results and TMQ messages.
 * Not thread-safe, as the result it reads is not.
 */
final class ResultReader {

    private final LoadedLibrary library;
    private final Operation operation;
    private final long reqId;
    private final String sql;

    /**
     * A reader whose errors carry this context.
     *
     * @param sql the statement, or null (TMQ)
     */
    ResultReader(LoadedLibrary library, Operation operation, long reqId, String sql) {
        this.library = library;
        this.operation = operation;
        this.reqId = reqId;
        this.sql = sql;
    }

    /** The result's columns; empty for an update. Uses {@code TAOS_FIELD_E} when the library has it (DECIMAL scale). */
    List<TaosField> fields(Pointer res) {
        int count = library.api().taos_num_fields(res);
        if (count <= 0) {
            return List.of();
        }
        Pointer array = library.hasFieldsE() ? library.api().taos_fetch_fields_e(res)
                : library.api().taos_fetch_fields(res);
        if (array == null) {
            throw malformed("the library returned no fields for a result of " + count + " columns");
        }
        List<TaosField> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            fields.add(field(array, (long) i * NativeLayouts.FIELD_SIZE));
        }
        return List.copyOf(fields);
    }

    private TaosField field(Pointer array, long at) {
        byte[] name = array.getByteArray(at + NativeLayouts.FIELD_NAME, NativeLayouts.FIELD_NAME_LENGTH);
        int type = array.getByte(at + NativeLayouts.FIELD_TYPE);
        int length = array.getInt(at + NativeLayouts.FIELD_BYTES);
        int scale = library.hasFieldsE() ? array.getByte(at + NativeLayouts.FIELD_E_SCALE) & 0xFF : 0;
        if (!TaosType.isKnownCode(type)) {
            throw malformed("column " + cString(name) + " has the unknown type id " + type);
        }
        return new TaosField(cString(name), TaosType.fromCode(type), Math.max(length, 0), scale);
    }

    private static String cString(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /**
     * Fetches the next raw block and copies it out of native memory (it is valid only until the next
     * fetch); null at the end of the result.
     *
     * @throws io.taospring.client.error.TaosException with the library's code when the fetch fails
     */
    RawBlock nextBlock(Pointer res, int columns) {
        IntByReference rows = new IntByReference();
        PointerByReference data = new PointerByReference();
        int code = library.api().taos_fetch_raw_block(res, rows, data);
        if (code != 0) {
            throw ErrorCodes.exception(operation, code, library.api().taos_errstr(res), reqId, sql, null);
        }
        if (rows.getValue() == 0 || data.getValue() == null) {
            return null;
        }
        Pointer block = data.getValue();
        int length = block.getInt(NativeLayouts.BLOCK_TOTAL_LENGTH);
        if (length < NativeLayouts.BLOCK_HEADER_SIZE) {
            throw malformed("the library returned a raw block of " + length + " bytes");
        }
        RawBlock decoded = RawBlockCodec.decode(block.getByteArray(0, length));
        if (decoded.columnCount() != columns) {
            throw malformed("block has " + decoded.columnCount() + " columns, the result " + columns);
        }
        return decoded;
    }

    private InterfaceError malformed(String problem) {
        return new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, problem, reqId, sql, null);
    }
}
