package io.taospring.client;

import java.util.Objects;

/**
 * One column of a result: its name, type and declared length ({@code 24} for {@code VARCHAR(24)}).
 *
 * @param name   the column name (or alias) as the server reports it
 * @param type   the TDengine type
 * @param length the declared (user-visible) length; the fixed size for fixed-width types
 * @param scale  the scale for DECIMAL columns, 0 otherwise
 */
public record TaosField(String name, TaosType type, int length, int scale) {

    /** Validates the components. */
    public TaosField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length + " for column " + name);
        }
    }

    /** A field without a decimal scale. */
    public TaosField(String name, TaosType type, int length) {
        this(name, type, length, 0);
    }

    /** A fixed-width field, its length taken from the type. */
    public static TaosField of(String name, TaosType type) {
        if (type.isVariable()) {
            throw new IllegalArgumentException("type " + type + " needs a declared length");
        }
        return new TaosField(name, type, type.fixedSize());
    }

    /** The storage width of this column in raw blocks. */
    public int internalWidth() {
        return type.internalWidth(length);
    }
}
