package io.taospring.embedded.rest;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import java.util.Locale;

/** The {@code column_meta} triple of one column: name, REST type name and declared length (rest.md 5.2). */
final class ColumnMeta {

    private static final int DECIMAL64_MAX_PRECISION = 18;
    private static final int DECIMAL_MAX_PRECISION = 38;

    private ColumnMeta() {
    }

    /**
     * The REST type name; {@code DECIMAL(p,s)} takes p from the block schema's packed width
     * (types.md 4), or the storage form's maximum when there is no block (empty result).
     */
    static String typeName(TaosField field, RawBlock firstBlock, int column) {
        TaosType type = field.type();
        if (!type.isDecimal()) {
            return type.sqlName();
        }
        int precision = firstBlock != null
                ? firstBlock.decimalPrecision(column)
                : type == TaosType.DECIMAL64 ? DECIMAL64_MAX_PRECISION : DECIMAL_MAX_PRECISION;
        return String.format(Locale.ROOT, "DECIMAL(%d,%d)", precision, field.scale());
    }
}
