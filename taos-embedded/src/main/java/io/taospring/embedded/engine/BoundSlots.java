package io.taospring.embedded.engine;

import io.taospring.client.TaosType;
import io.taospring.client.stmt.BoundColumn;
import io.taospring.embedded.engine.storage.ColumnBatch;
import io.taospring.embedded.engine.storage.ColumnVector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A bound fixed-width column whose type is the stored column's own: storage copies its little-endian slots
 * straight from the bind frame, without boxing or an intermediate column.
 */
final class BoundSlots implements ColumnBatch {

    private final BoundColumn column;
    private final ByteBuffer le;
    private final int width;

    BoundSlots(BoundColumn column) {
        this.column = column;
        this.le = ByteBuffer.wrap(column.buffer()).order(ByteOrder.LITTLE_ENDIAN);
        this.width = column.type().fixedSize();
    }

    @Override
    public int size() {
        return column.rows();
    }

    @Override
    public long longAt(int row) {
        int at = column.bufferOffset() + row * width;
        // timestamps are the common case, checked row by row for order before every append
        return width == Long.BYTES ? le.getLong(at) : BindValues.rawInteger(column.type(), le, at);
    }

    @Override
    public Object get(int row) {
        if (column.isNull(row)) {
            return null;
        }
        int at = column.bufferOffset() + row * width;
        return switch (column.type()) {
            case BOOL -> le.get(at) != 0;
            case FLOAT -> (double) le.getFloat(at);
            case DOUBLE -> le.getDouble(at);
            default -> longAt(row);
        };
    }

    @Override
    public void appendTo(ColumnVector target) {
        target.appendLittleEndian(column.buffer(), column.bufferOffset(), column.isNull(), column.nullOffset(),
                column.rows());
    }

    /** Whether {@code column} can be stored as is in a column of {@code type}. */
    static boolean fits(BoundColumn column, TaosType type) {
        return column.type() == type && !BoundColumn.isVariable(type);
    }
}
