package io.taospring.embedded;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlockBuilder;
import io.taospring.embedded.engine.QueryResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A query result for tests, built row by row from Java values and encoded with the shared codec. */
public final class TableResult implements QueryResult {

    private final List<TaosField> fields;
    private final Precision precision;
    private final List<Object[]> rows = new ArrayList<>();

    /** An empty result with these columns. */
    public TableResult(Precision precision, TaosField... fields) {
        this.precision = precision;
        this.fields = List.of(fields);
    }

    /** Adds a row: Boolean, Long/Integer (integers, timestamps), Float/Double, String, byte[], BigDecimal or null. */
    public TableResult row(Object... values) {
        rows.add(Arrays.copyOf(values, values.length));
        return this;
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
    public int rowCount() {
        return rows.size();
    }

    @Override
    public byte[] encodeBlock(int fromRow, int toRow) {
        RawBlockBuilder builder = new RawBlockBuilder(fields);
        for (int r = fromRow; r < toRow; r++) {
            Object[] row = rows.get(r);
            for (int c = 0; c < fields.size(); c++) {
                append(builder, c, row[c]);
            }
        }
        return builder.encode();
    }

    private static void append(RawBlockBuilder builder, int column, Object value) {
        if (value == null) {
            builder.appendNull(column);
        } else if (value instanceof Boolean b) {
            builder.appendBoolean(column, b);
        } else if (value instanceof Float || value instanceof Double) {
            builder.appendDouble(column, ((Number) value).doubleValue());
        } else if (value instanceof BigDecimal d) {
            builder.appendDecimal(column, d);
        } else if (value instanceof Number n) {
            builder.appendLong(column, n.longValue());
        } else if (value instanceof String s) {
            builder.appendString(column, s);
        } else {
            builder.appendBytes(column, (byte[]) value);
        }
    }
}
