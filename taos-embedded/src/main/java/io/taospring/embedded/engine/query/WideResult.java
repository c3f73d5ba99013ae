package io.taospring.embedded.engine.query;

import io.taospring.client.TaosField;
import io.taospring.embedded.engine.storage.ColumnVector;
import java.util.ArrayList;
import java.util.List;

/** Result columns under construction, hidden ones included. */
final class WideResult {

    final List<OutputColumn> columns;
    final ColumnVector[] vectors;
    int rows;

    WideResult(List<OutputColumn> columns) {
        this.columns = columns;
        this.vectors = new ColumnVector[columns.size()];
        for (int c = 0; c < vectors.length; c++) {
            vectors[c] = ColumnVector.create(columns.get(c).compiled().type().type(), 16);
        }
    }

    void appendRow(Object[] values) {
        for (int c = 0; c < vectors.length; c++) {
            vectors[c].append(values[c]);
        }
        rows++;
    }

    List<TaosField> visibleFields() {
        List<TaosField> fields = new ArrayList<>();
        for (OutputColumn column : columns) {
            if (!column.hidden()) {
                fields.add(column.field());
            }
        }
        return fields;
    }
}
