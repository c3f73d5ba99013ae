package io.taospring.embedded.rest;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/** The JSON encoding of each type's values in REST responses (rest.md 5.3); the one place that knows it. */
final class RestValues {

    /** Writes the non-null value at (column, row) of a block. */
    @FunctionalInterface
    private interface Encoder {
        void write(JsonGenerator json, RawBlock block, int column, int row, Cell cell);
    }

    /** Per-column context an encoder may need: the column's field and the timestamp formatter. */
    record Cell(TaosField field, TimestampText timestamps) {
    }

    private static final HexFormat HEX = HexFormat.of();
    private static final Map<TaosType, Encoder> ENCODERS = encoders();

    private RestValues() {
    }

    /** Writes the value at (column, row), {@code null} when it is NULL. */
    static void write(JsonGenerator json, RawBlock block, int column, int row, Cell cell) {
        if (block.isNull(column, row)) {
            json.writeNull();
            return;
        }
        Encoder encoder = ENCODERS.get(cell.field().type());
        if (encoder == null) {
            throw new IllegalStateException("no REST encoding for type " + cell.field().type());
        }
        encoder.write(json, block, column, row, cell);
    }

    private static Map<TaosType, Encoder> encoders() {
        Map<TaosType, Encoder> map = new EnumMap<>(TaosType.class);
        map.put(TaosType.BOOL, (json, b, c, r, cell) -> json.writeBoolean(b.getBoolean(c, r)));
        for (TaosType integer : new TaosType[] {TaosType.TINYINT, TaosType.SMALLINT, TaosType.INT,
                TaosType.BIGINT, TaosType.UTINYINT, TaosType.USMALLINT, TaosType.UINT}) {
            map.put(integer, (json, b, c, r, cell) -> json.writeNumber(b.getLong(c, r)));
        }
        map.put(TaosType.UBIGINT, (json, b, c, r, cell) -> json.writeNumber(Long.toUnsignedString(b.getLong(c, r))));
        map.put(TaosType.FLOAT, (json, b, c, r, cell) -> writeNumberOrNull(json, JsonNumbers.float32((float) b.getDouble(c, r))));
        map.put(TaosType.DOUBLE, (json, b, c, r, cell) -> writeNumberOrNull(json, JsonNumbers.float64(b.getDouble(c, r))));
        map.put(TaosType.TIMESTAMP, (json, b, c, r, cell) -> json.writeString(cell.timestamps().format(b.getLong(c, r))));
        map.put(TaosType.VARCHAR, (json, b, c, r, cell) -> json.writeString(new String(b.getBytes(c, r), StandardCharsets.UTF_8)));
        map.put(TaosType.NCHAR, (json, b, c, r, cell) -> json.writeString(b.getString(c, r)));
        map.put(TaosType.JSON, (json, b, c, r, cell) -> json.writeRawValue(b.getString(c, r)));
        for (TaosType binary : new TaosType[] {TaosType.VARBINARY, TaosType.GEOMETRY, TaosType.BLOB}) {
            map.put(binary, (json, b, c, r, cell) -> json.writeString(HEX.formatHex(b.getBytes(c, r))));
        }
        for (TaosType decimal : new TaosType[] {TaosType.DECIMAL, TaosType.DECIMAL64}) {
            map.put(decimal, (json, b, c, r, cell) -> json.writeString(decimalText(b.getDecimal(c, r), cell.field())));
        }
        return map;
    }

    private static void writeNumberOrNull(JsonGenerator json, String text) {
        if (text == null) {
            json.writeNull();
        } else {
            json.writeNumber(text);
        }
    }

    private static String decimalText(BigDecimal value, TaosField field) {
        return value.setScale(Math.max(value.scale(), field.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}
