package io.taospring.embedded.engine.storage;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;

/**
 * A stored column or tag.
 *
 * @param name       its name
 * @param type       its type
 * @param length     the declared length (fixed size for fixed types)
 * @param precision  DECIMAL precision, else 0
 * @param scale      DECIMAL scale, else 0
 * @param primaryKey whether it is a composite-key column (shown as PRIMARY KEY in DESCRIBE)
 */
public record ColumnDef(String name, TaosType type, int length, int precision, int scale, boolean primaryKey) {

    /** A fixed-width or sized column without decimal or key attributes. */
    public static ColumnDef of(String name, TaosType type, int length) {
        return new ColumnDef(name, type, length, 0, 0, false);
    }

    /** A fixed-width column. */
    public static ColumnDef of(String name, TaosType type) {
        return of(name, type, type.fixedSize());
    }

    /** The result field for this column. */
    public TaosField field() {
        return new TaosField(name, type, length, scale);
    }

    /** The type as DESCRIBE and information_schema print it: {@code VARCHAR(24)} carries the length. */
    public String typeName() {
        if (type.isDecimal()) {
            return "DECIMAL(" + precision + "," + scale + ")";
        }
        return type.sqlName();
    }

    /** The type with its length for variable types, as {@code ins_columns.col_type} shows it. */
    public String typeNameWithLength() {
        return type.isVariable() && type != TaosType.JSON && type != TaosType.BLOB
                ? typeName() + "(" + length + ")" : typeName();
    }

    /** This column renamed. */
    public ColumnDef withName(String newName) {
        return new ColumnDef(newName, type, length, precision, scale, primaryKey);
    }
}
