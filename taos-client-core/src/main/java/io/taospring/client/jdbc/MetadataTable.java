package io.taospring.client.jdbc;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockBuilder;
import io.taospring.client.codec.RawBlockCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of a {@link java.sql.DatabaseMetaData} result, built in memory and encoded as one raw block,
 * so that they are read through the same result and conversion code as server results.
 */
final class MetadataTable {

    private static final int TEXT_LENGTH = 256;

    private final List<TaosField> fields;
    private final List<Object[]> rows = new ArrayList<>();

    private MetadataTable(List<TaosField> fields) {
        this.fields = fields;
    }

    /**
     * A table with the given columns: a name alone is VARCHAR, {@code name:TYPE} has the {@link TaosType}
     * of that constant name ({@code INT}, {@code SMALLINT}, {@code BOOL}, ...).
     */
    static MetadataTable of(String... columns) {
        List<TaosField> fields = new ArrayList<>(columns.length);
        for (String column : columns) {
            int colon = column.indexOf(':');
            if (colon < 0) {
                fields.add(new TaosField(column, TaosType.VARCHAR, TEXT_LENGTH));
            } else {
                String name = column.substring(0, colon);
                TaosType type = TaosType.valueOf(column.substring(colon + 1));
                fields.add(type.isVariable() ? new TaosField(name, type, TEXT_LENGTH) : TaosField.of(name, type));
            }
        }
        return new MetadataTable(List.copyOf(fields));
    }

    /** Adds a row: Strings, Numbers, Booleans, byte arrays or nulls in column order. */
    MetadataTable add(Object... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException("row of " + values.length + " values for " + fields.size() + " columns");
        }
        rows.add(values.clone());
        return this;
    }

    /** Sorts the rows by the given columns, as JDBC orders metadata results (nulls first). */
    MetadataTable sortBy(int... columns) {
        Comparator<Object[]> order = (a, b) -> 0;
        for (int column : columns) {
            order = order.thenComparing(row -> row[column] == null ? "" : row[column].toString());
        }
        rows.sort(order);
        return this;
    }

    /** The rows as one raw block. */
    RawBlock toBlock() {
        RawBlockBuilder builder = new RawBlockBuilder(fields);
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                append(builder, c, row[c]);
            }
        }
        return RawBlockCodec.decode(builder.encode());
    }

    List<TaosField> fields() {
        return fields;
    }

    private static void append(RawBlockBuilder builder, int column, Object value) {
        if (value == null) {
            builder.appendNull(column);
        } else if (value instanceof Boolean bool) {
            builder.appendBoolean(column, bool);
        } else if (value instanceof Double || value instanceof Float) {
            builder.appendDouble(column, ((Number) value).doubleValue());
        } else if (value instanceof java.math.BigDecimal decimal) {
            builder.appendDecimal(column, decimal);
        } else if (value instanceof Number number) {
            builder.appendLong(column, number.longValue());
        } else if (value instanceof byte[] bytes) {
            builder.appendBytes(column, bytes);
        } else {
            builder.appendString(column, value.toString());
        }
    }

    @Override
    public String toString() {
        return "MetadataTable" + fields + " rows=" + rows.stream().map(Arrays::toString).toList();
    }
}
