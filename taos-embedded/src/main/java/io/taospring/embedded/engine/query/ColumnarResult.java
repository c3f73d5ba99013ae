package io.taospring.embedded.engine.query;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlockBuilder;
import io.taospring.embedded.engine.QueryResult;
import io.taospring.embedded.engine.storage.ColumnVector;
import java.util.List;
import java.util.Objects;

/** A materialised result: one immutable column vector per field, encoded into raw blocks on demand. */
public final class ColumnarResult implements QueryResult {

    private final List<TaosField> fields;
    private final Precision precision;
    private final ColumnVector[] columns;
    private final int rows;

    /** A result; every column holds {@code rows} values. */
    public ColumnarResult(List<TaosField> fields, Precision precision, ColumnVector[] columns, int rows) {
        this.fields = List.copyOf(fields);
        this.precision = Objects.requireNonNull(precision, "precision");
        this.columns = columns.clone();
        this.rows = rows;
        if (columns.length != fields.size()) {
            throw new IllegalArgumentException(columns.length + " columns for " + fields.size() + " fields");
        }
    }

    /** A result from rows of canonical values, one per field. */
    public static ColumnarResult of(List<TaosField> fields, List<Object[]> rows, Precision precision) {
        ColumnVector[] columns = new ColumnVector[fields.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = ColumnVector.create(fields.get(c).type(), rows.size());
            for (Object[] row : rows) {
                columns[c].append(row[c]);
            }
        }
        return new ColumnarResult(fields, precision, columns, rows.size());
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
        return rows;
    }

    /** The value at {@code row}, {@code column} in canonical form (see {@link ColumnVector}); null for NULL. */
    public Object value(int row, int column) {
        Objects.checkIndex(row, rows);
        return columns[column].get(row);
    }

    @Override
    public byte[] encodeBlock(int fromRow, int toRow) {
        Objects.checkFromToIndex(fromRow, toRow, rows);
        RawBlockBuilder builder = new RawBlockBuilder(fields);
        for (int c = 0; c < columns.length; c++) {
            columns[c].writeTo(builder, c, fromRow, toRow);
        }
        return builder.encode();
    }

    @Override
    public String toString() {
        return "ColumnarResult" + fields + " rows=" + rows;
    }
}
