package io.taospring.embedded.rest;

import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlock;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** Writes the rows of decoded blocks as JSON arrays, or as objects keyed by column name ({@code row_with_meta}). */
final class RowWriter {

    private final List<TaosField> fields;
    private final RestValues.Cell[] cells;
    private final boolean withMeta;

    RowWriter(List<TaosField> fields, TimestampText timestamps, boolean withMeta) {
        this.fields = fields;
        this.withMeta = withMeta;
        this.cells = new RestValues.Cell[fields.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = new RestValues.Cell(fields.get(c), timestamps);
        }
    }

    void writeBlock(JsonGenerator json, RawBlock block) {
        for (int row = 0; row < block.rowCount(); row++) {
            if (withMeta) {
                writeObject(json, block, row);
            } else {
                writeArray(json, block, row);
            }
        }
    }

    private void writeArray(JsonGenerator json, RawBlock block, int row) {
        json.writeStartArray();
        for (int c = 0; c < cells.length; c++) {
            RestValues.write(json, block, c, row, cells[c]);
        }
        json.writeEndArray();
    }

    private void writeObject(JsonGenerator json, RawBlock block, int row) {
        json.writeStartObject();
        for (int c = 0; c < cells.length; c++) {
            json.writeName(fields.get(c).name());
            RestValues.write(json, block, c, row, cells[c]);
        }
        json.writeEndObject();
    }
}
