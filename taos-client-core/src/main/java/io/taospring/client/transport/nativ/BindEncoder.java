package io.taospring.client.transport.nativ;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.taospring.client.TaosType;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ProgrammingError;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes {@code TAOS_STMT2_BIND} and {@code TAOS_STMT2_BINDV} structs ({@code protocol/native-c-api.md}
 * section 4) into an arena: fixed types as packed values, variable types concatenated without padding,
 * a 0/1 {@code is_null} flag and a byte length per row.
 */
final class BindEncoder {

    private final NativeArena arena;

    BindEncoder(NativeArena arena) {
        this.arena = arena;
    }

    /** One table's name, tags and columns. */
    record TableBatch(String tableName, List<BindColumn> tags, List<BindColumn> columns) {
    }

    /** A {@code TAOS_STMT2_BINDV} for these tables. */
    Pointer bindv(List<TableBatch> tables) {
        Memory bindv = arena.allocate(NativeLayouts.BINDV_SIZE);
        bindv.setInt(NativeLayouts.BINDV_COUNT, tables.size());
        if (tables.stream().anyMatch(t -> t.tableName() != null)) {
            bindv.setPointer(NativeLayouts.BINDV_TBNAMES, arena.pointers(
                    tables.stream().map(t -> t.tableName() == null ? null : arena.string(t.tableName())).toList()));
        }
        if (tables.stream().anyMatch(t -> !t.tags().isEmpty())) {
            bindv.setPointer(NativeLayouts.BINDV_TAGS,
                    arena.pointers(tables.stream().map(t -> binds(t.tags())).toList()));
        }
        bindv.setPointer(NativeLayouts.BINDV_BIND_COLS,
                arena.pointers(tables.stream().map(t -> binds(t.columns())).toList()));
        return bindv;
    }

    /** An array of {@code TAOS_STMT2_BIND}, one per column; null for no columns. */
    Pointer binds(List<BindColumn> columns) {
        if (columns.isEmpty()) {
            return null;
        }
        Memory array = arena.allocate((long) columns.size() * NativeLayouts.BIND_SIZE);
        for (int i = 0; i < columns.size(); i++) {
            write(array.share((long) i * NativeLayouts.BIND_SIZE), columns.get(i));
        }
        return array;
    }

    private void write(Pointer bind, BindColumn column) {
        int rows = column.rows();
        Memory isNull = arena.allocate(rows);
        Memory lengths = arena.allocate(4L * rows);
        for (int r = 0; r < rows; r++) {
            isNull.setByte(r, (byte) (column.values().get(r) == null ? 1 : 0));
        }
        Memory buffer = column.type().isVariable() ? variable(column, lengths) : fixed(column, lengths);
        bind.setInt(NativeLayouts.BIND_BUFFER_TYPE, column.type().code());
        bind.setPointer(NativeLayouts.BIND_BUFFER, buffer);
        bind.setPointer(NativeLayouts.BIND_LENGTH, lengths);
        bind.setPointer(NativeLayouts.BIND_IS_NULL, isNull);
        bind.setInt(NativeLayouts.BIND_NUM, rows);
    }

    private Memory fixed(BindColumn column, Memory lengths) {
        TaosType type = column.type();
        if (type.isDecimal()) {
            throw invalid(type, "DECIMAL values are bound as text; declare the parameter VARCHAR");
        }
        Memory buffer = arena.allocate((long) column.rows() * type.fixedSize());
        for (int r = 0; r < column.rows(); r++) {
            Object value = column.values().get(r);
            if (value != null) {
                writeFixed(buffer, (long) r * type.fixedSize(), type, value);
                lengths.setInt(4L * r, type.fixedSize());
            }
        }
        return buffer;
    }

    /** One value in the C representation of its type; the width decides, FLOAT and DOUBLE aside. */
    private static void writeFixed(Memory buffer, long at, TaosType type, Object value) {
        switch (type.fixedSize()) {
            case 1 -> buffer.setByte(at, value instanceof Boolean b ? (byte) (b ? 1 : 0) : number(type, value).byteValue());
            case 2 -> buffer.setShort(at, number(type, value).shortValue());
            case 4 -> {
                if (type == TaosType.FLOAT) {
                    buffer.setFloat(at, number(type, value).floatValue());
                } else {
                    buffer.setInt(at, number(type, value).intValue());
                }
            }
            default -> {
                if (type == TaosType.DOUBLE) {
                    buffer.setDouble(at, number(type, value).doubleValue());
                } else {
                    buffer.setLong(at, number(type, value).longValue());
                }
            }
        }
    }

    private static Number number(TaosType type, Object value) {
        if (value instanceof Number n) {
            return n;
        }
        throw invalid(type, "expected a number, got " + value.getClass().getName());
    }

    private Memory variable(BindColumn column, Memory lengths) {
        byte[][] bytes = new byte[column.rows()][];
        long total = 0;
        for (int r = 0; r < column.rows(); r++) {
            Object value = column.values().get(r);
            bytes[r] = value == null ? new byte[0] : bytesOf(column.type(), value);
            lengths.setInt(4L * r, bytes[r].length);
            total += bytes[r].length;
        }
        Memory buffer = arena.allocate(total);
        long at = 0;
        for (byte[] value : bytes) {
            buffer.write(at, value, 0, value.length);
            at += value.length;
        }
        return buffer;
    }

    private static byte[] bytesOf(TaosType type, Object value) {
        if (value instanceof byte[] raw) {
            return raw;
        }
        if (value instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        throw invalid(type, "expected a String or byte[], got " + value.getClass().getName());
    }

    private static ProgrammingError invalid(TaosType type, String problem) {
        return new ProgrammingError(ErrorCodes.INVALID_PARAMETER_VALUE, "cannot bind a " + type + " value: " + problem);
    }
}
