package io.taospring.embedded.engine;

import io.taospring.client.TaosType;
import io.taospring.client.stmt.BoundColumn;
import io.taospring.embedded.engine.storage.ColumnBatch;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.ColumnVector;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns bound stmt2 columns into storage columns and canonical values, checking each against its column
 * or tag definition the way taosd's bind path does: the buffer type must fit the column, NULL never stands
 * in the primary timestamp, integers stay in range and text within its declared length.
 */
final class BindValues {

    /** TSDB_CODE_TSC_INVALID_OPERATION: a bind that does not fit the statement. */
    static final int INVALID_OPERATION = 0x0200;
    /** TSDB_CODE_TSC_VALUE_OUT_OF_RANGE. */
    static final int VALUE_OUT_OF_RANGE = 0x0224;

    private BindValues() {
    }

    /** The bound values of {@code column} for {@code def}, checked, ready for storage. */
    static ColumnBatch batch(BoundColumn column, ColumnDef def, boolean primaryTimestamp) {
        if (primaryTimestamp) {
            for (int r = 0; r < column.rows(); r++) {
                if (column.isNull(r)) {
                    throw new EngineException(INVALID_OPERATION, "primary timestamp should not be null");
                }
            }
        }
        if (BoundSlots.fits(column, def.type())) {
            return new BoundSlots(column);
        }
        checkCompatible(column.type(), def);
        ColumnVector vector = ColumnVector.create(def.type(), column.rows());
        int offset = 0;
        for (int r = 0; r < column.rows(); r++) {
            vector.append(value(column, r, offset, def, false));
            offset += column.lengths() == null ? 0 : column.lengths()[r];
        }
        checkBufferUsed(column, offset);
        return vector;
    }

    /** The canonical value of a single-row tag record for {@code def}. */
    static Object tag(BoundColumn column, ColumnDef def) {
        if (column.rows() != 1) {
            throw new EngineException(INVALID_OPERATION, "tag " + def.name() + " bound with " + column.rows()
                    + " rows, expected 1");
        }
        checkCompatible(column.type(), def);
        Object value = value(column, 0, 0, def, true);
        checkBufferUsed(column, column.lengths() == null || column.isNull(0) ? 0 : column.lengths()[0]);
        return value;
    }

    private static void checkBufferUsed(BoundColumn column, int variableBytes) {
        if (column.lengths() != null && variableBytes != column.bufferLength()) {
            throw new EngineException(0xFFFF, "bind column lengths sum to " + variableBytes + " bytes, buffer has "
                    + column.bufferLength());
        }
    }

    private static void checkCompatible(TaosType bound, ColumnDef def) {
        TaosType target = def.type();
        boolean fits = bound == target
                || target.isDecimal() && (bound.isText() || isNumeric(bound))
                || BoundColumn.isVariable(target) && !target.isDecimal() && bound.isVariable()
                || isNumeric(target) && isNumeric(bound) && !(isInteger(target) && isFloating(bound));
        if (!fits) {
            throw new EngineException(INVALID_OPERATION, "column type mis-match with buffer type: " + def.name()
                    + " is " + target.sqlName() + ", bound as " + bound.sqlName());
        }
    }

    private static boolean isNumeric(TaosType type) {
        return isInteger(type) || isFloating(type);
    }

    private static boolean isInteger(TaosType type) {
        return !type.isVariable() && !type.isDecimal() && !isFloating(type) && type != TaosType.NULL;
    }

    private static boolean isFloating(TaosType type) {
        return type == TaosType.FLOAT || type == TaosType.DOUBLE;
    }

    private static Object value(BoundColumn column, int row, int offset, ColumnDef def, boolean tag) {
        if (column.isNull(row)) {
            return null;
        }
        if (column.lengths() != null) {
            int from = column.bufferOffset() + offset;
            byte[] bytes = Arrays.copyOfRange(column.buffer(), from, from + column.lengths()[row]);
            return variable(bytes, def, tag);
        }
        ByteBuffer le = ByteBuffer.wrap(column.buffer()).order(ByteOrder.LITTLE_ENDIAN);
        int at = column.bufferOffset() + row * column.type().fixedSize();
        if (isFloating(column.type())) {
            double value = column.type() == TaosType.FLOAT ? le.getFloat(at) : le.getDouble(at);
            return floating(value, def);
        }
        return integer(rawInteger(column.type(), le, at), column.type(), def);
    }

    /** The integer (or BOOL) at {@code at}, unsigned types zero-extended. */
    static long rawInteger(TaosType type, ByteBuffer le, int at) {
        return switch (type) {
            case BOOL, TINYINT -> le.get(at);
            case UTINYINT -> le.get(at) & 0xFF;
            case SMALLINT -> le.getShort(at);
            case USMALLINT -> le.getShort(at) & 0xFFFF;
            case INT -> le.getInt(at);
            case UINT -> le.getInt(at) & 0xFFFF_FFFFL;
            default -> le.getLong(at);
        };
    }

    private static Object floating(double value, ColumnDef def) {
        if (def.type().isDecimal()) {
            return decimal(BigDecimal.valueOf(value), def);
        }
        if (def.type() == TaosType.FLOAT && Double.isFinite(value) && Math.abs(value) > Float.MAX_VALUE) {
            throw outOfRange(value, def);
        }
        return value;
    }

    private static Object integer(long value, TaosType bound, ColumnDef def) {
        TaosType target = def.type();
        if (target == TaosType.BOOL) {
            return value != 0;
        }
        if (isFloating(target)) {
            return bound == TaosType.UBIGINT && value < 0 ? Double.parseDouble(Long.toUnsignedString(value))
                    : (double) value;
        }
        if (target.isDecimal()) {
            return decimal(new BigDecimal(bound == TaosType.UBIGINT ? Long.toUnsignedString(value)
                    : Long.toString(value)), def);
        }
        if (!inRange(value, bound, target)) {
            throw outOfRange(bound == TaosType.UBIGINT ? Long.toUnsignedString(value) : value, def);
        }
        return value;
    }

    private static boolean inRange(long value, TaosType bound, TaosType target) {
        if (target.fixedSize() == 8) {
            boolean unsignedSource = bound == TaosType.UBIGINT;
            return target == TaosType.UBIGINT ? unsignedSource || value >= 0 : !unsignedSource || value >= 0;
        }
        int bits = 8 * target.fixedSize();
        long min = target.isUnsigned() ? 0 : -(1L << (bits - 1));
        long max = target.isUnsigned() ? (1L << bits) - 1 : (1L << (bits - 1)) - 1;
        return value >= min && value <= max;
    }

    private static Object variable(byte[] bytes, ColumnDef def, boolean tag) {
        TaosType target = def.type();
        if (target.isDecimal()) {
            try {
                return decimal(new BigDecimal(new String(bytes, StandardCharsets.US_ASCII).trim()), def);
            } catch (NumberFormatException e) {
                throw new EngineException(INVALID_OPERATION, "invalid decimal data for " + def.name());
            }
        }
        boolean counted = target == TaosType.NCHAR || target == TaosType.JSON;
        int length = counted ? codePoints(bytes) : bytes.length;
        if (target != TaosType.BLOB && length > def.length()) {
            throw Errors.valueTooLong(def.name());
        }
        return tag && target.isText() ? new String(bytes, StandardCharsets.UTF_8) : bytes;
    }

    /** The number of code points in UTF-8 bytes: every byte that does not continue a sequence starts one. */
    private static int codePoints(byte[] utf8) {
        int count = 0;
        for (byte b : utf8) {
            if ((b & 0xC0) != 0x80) {
                count++;
            }
        }
        return count;
    }

    private static BigDecimal decimal(BigDecimal value, ColumnDef def) {
        BigDecimal scaled = value.setScale(def.scale(), RoundingMode.HALF_UP);
        if (scaled.precision() > def.precision()) {
            throw outOfRange(value, def);
        }
        return scaled;
    }

    private static EngineException outOfRange(Object value, ColumnDef def) {
        return new EngineException(VALUE_OUT_OF_RANGE, "Value out of range: " + value + " for " + def.typeName()
                + " " + def.name());
    }
}
