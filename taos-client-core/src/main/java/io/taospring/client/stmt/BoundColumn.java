package io.taospring.client.stmt;

import io.taospring.client.TaosType;
import java.util.Objects;

/**
 * The values of one column (or tag) for one table of a batch, in the layout every binding protocol shares
 * (stmt2's column record, the native {@code TAOS_STMT2_BIND}): a NULL flag per row, and either fixed-width
 * little-endian slots (NULL rows keep a zero slot) or, for variable types, a byte length per row and the
 * non-NULL values back to back. The flags and values are views into arrays that may be larger (a decoded
 * frame, a builder's buffers); nothing is copied.
 *
 * @param type         the type of the values in {@code buffer}
 * @param rows         the number of rows
 * @param isNull       the NULL flags, 1 for NULL, at {@code nullOffset}
 * @param nullOffset   where the {@code rows} flags start in {@code isNull}
 * @param lengths      {@code rows} byte lengths (0 for NULL) for a variable type, null for a fixed one
 * @param buffer       the values, at {@code bufferOffset}
 * @param bufferOffset where the values start in {@code buffer}
 * @param bufferLength how many bytes of values there are
 */
public record BoundColumn(TaosType type, int rows, byte[] isNull, int nullOffset, int[] lengths, byte[] buffer,
        int bufferOffset, int bufferLength) {

    /** Validates the components. */
    public BoundColumn {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(isNull, "isNull");
        Objects.requireNonNull(buffer, "buffer");
        if (rows < 0 || nullOffset < 0 || isNull.length - nullOffset < rows || bufferOffset < 0 || bufferLength < 0
                || bufferLength > buffer.length - bufferOffset) {
            throw new IllegalArgumentException("inconsistent column of " + rows + " rows");
        }
        if (isVariable(type) != (lengths != null) || lengths != null && lengths.length < rows) {
            throw new IllegalArgumentException("a " + type + " column " + (isVariable(type) ? "needs" : "has no")
                    + " lengths");
        }
        if (!isVariable(type) && bufferLength != rows * type.fixedSize()) {
            throw new IllegalArgumentException("a " + type + " column of " + rows + " rows needs "
                    + rows * type.fixedSize() + " bytes, not " + bufferLength);
        }
    }

    /** A column whose flags and values start at index 0 of their arrays. */
    public BoundColumn(TaosType type, int rows, byte[] isNull, int[] lengths, byte[] buffer, int bufferLength) {
        this(type, rows, isNull, 0, lengths, buffer, 0, bufferLength);
    }

    /** Whether values of {@code type} are bound with a length per row: variable types and DECIMAL (as text). */
    public static boolean isVariable(TaosType type) {
        return type.isVariable() || type.isDecimal();
    }

    /** Whether row {@code row} is NULL. */
    public boolean isNull(int row) {
        return isNull[nullOffset + row] != 0;
    }
}
