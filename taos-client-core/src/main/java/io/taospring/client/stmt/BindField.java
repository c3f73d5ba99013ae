package io.taospring.client.stmt;

import io.taospring.client.TaosType;
import java.util.Objects;

/**
 * One placeholder of a prepared statement as the server describes it.
 *
 * @param name      the column or tag name ({@code tbname} for the table-name placeholder)
 * @param type      the TDengine type of the placeholder
 * @param bytes     the internal width ({@code VARCHAR(n)} is n + 2, {@code NCHAR(n)} 4n + 2)
 * @param precision for TIMESTAMP the database precision code (0 ms, 1 us, 2 ns), for DECIMAL its precision
 * @param scale     the DECIMAL scale, else 0
 * @param kind      what the placeholder binds
 */
public record BindField(String name, TaosType type, int bytes, int precision, int scale, Kind kind) {

    /** What a placeholder binds; the codes are stmt2's {@code bind_type}. */
    public enum Kind {
        /** A data column of an INSERT (1). */
        COLUMN(1),
        /** A tag of an auto-created child table (2). */
        TAG(2),
        /** A parameter of a query (3). */
        QUERY_PARAMETER(3),
        /** The child table's name (4). */
        TABLE_NAME(4);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        /** The stmt2 {@code bind_type} code. */
        public int code() {
            return code;
        }

        /** The kind with the given stmt2 {@code bind_type}. */
        public static Kind fromCode(int code) {
            for (Kind kind : values()) {
                if (kind.code == code) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown bind_type " + code);
        }
    }

    /** Validates the components. */
    public BindField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
    }

    /** The declared length ({@code 24} for {@code VARCHAR(24)}); the fixed size for fixed-width types. */
    public int declaredLength() {
        return type.isVariable() ? type.declaredLength(bytes) : type.fixedSize();
    }
}
