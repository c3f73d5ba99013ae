package io.taospring.client.internal;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosResult;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ResultError;
import io.taospring.client.transport.QueryResponse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** A result over a transport's block stream: holds one block at a time and reads cells through {@link Cells}. */
final class DefaultTaosResult implements TaosResult {

    private final QueryResponse response;
    private final Cells cells;
    private final Consumer<DefaultTaosResult> onClose;
    private RawBlock block;
    private int row = -1;
    private boolean exhausted;
    private boolean closed;

    DefaultTaosResult(QueryResponse response, ZoneId zone, Consumer<DefaultTaosResult> onClose) {
        this.response = response;
        this.cells = new Cells(response.precision(), zone);
        this.onClose = onClose;
        this.exhausted = response.isUpdate();
    }

    @Override
    public List<TaosField> fields() {
        return response.fields();
    }

    @Override
    public int columnIndex(String name) {
        List<TaosField> fields = response.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Precision precision() {
        return response.precision();
    }

    @Override
    public long affectedRows() {
        return response.affectedRows();
    }

    @Override
    public long reqId() {
        return response.reqId();
    }

    @Override
    public boolean next() {
        ensureOpen();
        if (block != null && row + 1 < block.rowCount()) {
            row++;
            return true;
        }
        while (!exhausted) {
            block = response.nextBlock();
            row = 0;
            if (block == null) {
                exhausted = true;
            } else if (block.rowCount() > 0) {
                return true;
            }
        }
        block = null;
        return false;
    }

    private RawBlock current(int column) {
        ensureOpen();
        if (block == null) {
            throw new ResultError(ErrorCodes.RESULT_CLOSED, "no current row: call next() first");
        }
        if (column < 0 || column >= block.columnCount()) {
            throw new ResultError(ErrorCodes.CONVERSION, "column index " + column + " is outside 0.."
                    + (block.columnCount() - 1));
        }
        return block;
    }

    @Override
    public boolean isNull(int column) {
        return current(column).isNull(column, row);
    }

    @Override
    public boolean getBoolean(int column) {
        return cells.getBoolean(current(column), column, row);
    }

    @Override
    public byte getByte(int column) {
        return (byte) cells.getIntegral(current(column), column, row, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    @Override
    public short getShort(int column) {
        return (short) cells.getIntegral(current(column), column, row, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    @Override
    public int getInt(int column) {
        return (int) cells.getIntegral(current(column), column, row, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    @Override
    public long getLong(int column) {
        return cells.getIntegral(current(column), column, row, Long.MIN_VALUE, Long.MAX_VALUE, "long");
    }

    @Override
    public float getFloat(int column) {
        return (float) cells.getDouble(current(column), column, row);
    }

    @Override
    public double getDouble(int column) {
        return cells.getDouble(current(column), column, row);
    }

    @Override
    public BigDecimal getBigDecimal(int column) {
        return cells.getBigDecimal(current(column), column, row);
    }

    @Override
    public BigInteger getBigInteger(int column) {
        return cells.getBigInteger(current(column), column, row);
    }

    @Override
    public String getString(int column) {
        return cells.getString(current(column), column, row);
    }

    @Override
    public byte[] getBytes(int column) {
        return cells.getBytes(current(column), column, row);
    }

    @Override
    public Instant getInstant(int column) {
        return cells.getInstant(current(column), column, row);
    }

    @Override
    public LocalDateTime getLocalDateTime(int column) {
        return cells.getObject(current(column), column, row, LocalDateTime.class);
    }

    @Override
    public OffsetDateTime getOffsetDateTime(int column) {
        return cells.getObject(current(column), column, row, OffsetDateTime.class);
    }

    @Override
    public Object getObject(int column) {
        return cells.getObject(current(column), column, row);
    }

    @Override
    public <T> T getObject(int column, Class<T> type) {
        return cells.getObject(current(column), column, row, type);
    }

    @Override
    public List<Map<String, Object>> toMaps() {
        try {
            List<TaosField> fields = fields();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (next()) {
                Map<String, Object> map = new LinkedHashMap<>(fields.size() * 2);
                for (int c = 0; c < fields.size(); c++) {
                    map.put(fields.get(c).name(), getObject(c));
                }
                rows.add(map);
            }
            return rows;
        } finally {
            close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new ResultError(ErrorCodes.RESULT_CLOSED, "result is closed");
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        block = null;
        try {
            response.close();
        } finally {
            onClose.accept(this);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TaosResult{reqId=%d, fields=%s, closed=%s}", reqId(), fields(), closed);
    }
}
