package io.taospring.client.jdbc;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosResult;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ResultError;
import io.taospring.client.internal.Cells;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A result of one block held in memory (metadata results), read through {@link Cells} like server results. */
final class BlockResult implements TaosResult {

    private final List<TaosField> fields;
    private final RawBlock block;
    private final Cells cells;
    private final Precision precision;
    private int row = -1;
    private boolean closed;

    BlockResult(MetadataTable table, ZoneId zone) {
        this(table, Precision.MILLISECONDS, zone);
    }

    BlockResult(MetadataTable table, Precision precision, ZoneId zone) {
        this.fields = table.fields();
        this.block = table.toBlock();
        this.precision = precision;
        this.cells = new Cells(precision, zone);
    }

    @Override
    public List<TaosField> fields() {
        return fields;
    }

    @Override
    public int columnIndex(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Precision precision() {
        return precision;
    }

    @Override
    public long affectedRows() {
        return 0;
    }

    @Override
    public long reqId() {
        return 0;
    }

    @Override
    public boolean next() {
        ensureOpen();
        if (row + 1 < block.rowCount()) {
            row++;
            return true;
        }
        row = block.rowCount();
        return false;
    }

    private int at(int column) {
        ensureOpen();
        if (row < 0 || row >= block.rowCount()) {
            throw new ResultError(ErrorCodes.RESULT_CLOSED, "no current row");
        }
        if (column < 0 || column >= fields.size()) {
            throw new ResultError(ErrorCodes.CONVERSION, "column index " + column + " is outside 0.."
                    + (fields.size() - 1));
        }
        return column;
    }

    private void ensureOpen() {
        if (closed) {
            throw new ResultError(ErrorCodes.RESULT_CLOSED, "result is closed");
        }
    }

    @Override
    public boolean isNull(int column) {
        return block.isNull(at(column), row);
    }

    @Override
    public boolean getBoolean(int column) {
        return cells.getBoolean(block, at(column), row);
    }

    @Override
    public byte getByte(int column) {
        return (byte) cells.getIntegral(block, at(column), row, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    @Override
    public short getShort(int column) {
        return (short) cells.getIntegral(block, at(column), row, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    @Override
    public int getInt(int column) {
        return (int) cells.getIntegral(block, at(column), row, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    @Override
    public long getLong(int column) {
        return cells.getIntegral(block, at(column), row, Long.MIN_VALUE, Long.MAX_VALUE, "long");
    }

    @Override
    public float getFloat(int column) {
        return (float) cells.getDouble(block, at(column), row);
    }

    @Override
    public double getDouble(int column) {
        return cells.getDouble(block, at(column), row);
    }

    @Override
    public BigDecimal getBigDecimal(int column) {
        return cells.getBigDecimal(block, at(column), row);
    }

    @Override
    public BigInteger getBigInteger(int column) {
        return cells.getBigInteger(block, at(column), row);
    }

    @Override
    public String getString(int column) {
        return cells.getString(block, at(column), row);
    }

    @Override
    public byte[] getBytes(int column) {
        return cells.getBytes(block, at(column), row);
    }

    @Override
    public Instant getInstant(int column) {
        return cells.getInstant(block, at(column), row);
    }

    @Override
    public LocalDateTime getLocalDateTime(int column) {
        return cells.getObject(block, at(column), row, LocalDateTime.class);
    }

    @Override
    public OffsetDateTime getOffsetDateTime(int column) {
        return cells.getObject(block, at(column), row, OffsetDateTime.class);
    }

    @Override
    public Object getObject(int column) {
        return cells.getObject(block, at(column), row);
    }

    @Override
    public <T> T getObject(int column, Class<T> type) {
        return cells.getObject(block, at(column), row, type);
    }

    @Override
    public List<Map<String, Object>> toMaps() {
        List<Map<String, Object>> maps = new ArrayList<>();
        while (next()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int c = 0; c < fields.size(); c++) {
                map.put(fields.get(c).name(), getObject(c));
            }
            maps.add(map);
        }
        close();
        return maps;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
