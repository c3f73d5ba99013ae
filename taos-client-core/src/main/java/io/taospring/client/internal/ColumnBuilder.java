package io.taospring.client.internal;

import io.taospring.client.Precision;
import io.taospring.client.TaosType;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.StatementError;
import io.taospring.client.stmt.BindField;
import io.taospring.client.stmt.BoundColumn;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;

/**
 * The values bound to one placeholder of the current table, already in the wire layout of
 * {@link BoundColumn}: primitive arrays are copied straight into little-endian slots, without boxing.
 * Every append checks the Java type and range against the placeholder's TDengine type first.
 */
final class ColumnBuilder {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final BigInteger UNSIGNED_LONG_LIMIT = BigInteger.ONE.shiftLeft(64);
    private static final int INITIAL_ROWS = 16;

    private final BindField field;
    private final TaosType type;
    private final boolean primaryTimestamp;
    private final boolean variable;
    private final int width;
    private byte[] isNull;
    private int[] lengths;
    private byte[] buffer;
    private int rows;
    private int bufferLength;
    /** Arrays handed out by {@link #build()} and not yet sent, then free for the next batch. */
    private final java.util.List<Arrays3> handedOut = new java.util.ArrayList<>();
    private final java.util.ArrayDeque<Arrays3> spare = new java.util.ArrayDeque<>();

    /** The three arrays of one column's values. */
    private record Arrays3(byte[] isNull, int[] lengths, byte[] buffer) {
    }

    /** A builder for {@code field}; {@code primaryTimestamp} forbids NULLs. */
    ColumnBuilder(BindField field, boolean primaryTimestamp) {
        this.field = field;
        this.type = field.type();
        this.primaryTimestamp = primaryTimestamp;
        this.variable = BoundColumn.isVariable(type);
        this.width = variable ? 0 : type.fixedSize();
        allocate(INITIAL_ROWS);
    }

    private void allocate(int capacity) {
        isNull = new byte[capacity];
        lengths = variable ? new int[capacity] : null;
        buffer = new byte[variable ? capacity * 16 : capacity * width];
        rows = 0;
        bufferLength = 0;
    }

    /** The number of rows bound. */
    int rows() {
        return rows;
    }

    /** The placeholder this column binds. */
    BindField field() {
        return field;
    }

    /** The rows and bytes bound so far, to roll back to. */
    long mark() {
        return (long) rows << 32 | bufferLength;
    }

    /** Drops everything bound after {@code mark}. */
    void reset(long mark) {
        rows = (int) (mark >>> 32);
        bufferLength = (int) mark;
    }

    /**
     * Hands the bound rows over as a column and starts empty again, on arrays of an earlier batch that was
     * sent ({@link #recycle()}) or on new ones sized like this batch.
     */
    BoundColumn build() {
        BoundColumn column = new BoundColumn(type, rows, isNull, lengths, buffer, bufferLength);
        handedOut.add(new Arrays3(isNull, lengths, buffer));
        Arrays3 reused = spare.poll();
        if (reused == null) {
            allocate(Math.max(INITIAL_ROWS, rows));
        } else {
            isNull = reused.isNull();
            lengths = reused.lengths();
            buffer = reused.buffer();
            rows = 0;
            bufferLength = 0;
        }
        return column;
    }

    /** The columns built so far have been sent: their arrays can hold the next batch. */
    void recycle() {
        spare.addAll(handedOut);
        handedOut.clear();
    }

    // ---- primitive arrays ----

    void appendBooleans(boolean[] values, boolean[] nulls) {
        require(type == TaosType.BOOL, "boolean");
        int at = startFixed(values.length, nulls);
        for (int i = 0; i < values.length; i++) {
            buffer[at + i] = (byte) (values[i] && !isNullAt(nulls, i) ? 1 : 0);
        }
        finish(values.length);
    }

    void appendBytes(byte[] values, boolean[] nulls) {
        requireInteger("byte");
        int at = startFixed(values.length, nulls);
        if (width == 1) {
            System.arraycopy(values, 0, buffer, at, values.length);
            zeroNulls(nulls, at);
        } else {
            for (int i = 0; i < values.length; i++) {
                putInteger(at + i * width, values[i], nulls, i);
            }
        }
        finish(values.length);
    }

    void appendShorts(short[] values, boolean[] nulls) {
        requireInteger("short");
        int at = startFixed(values.length, nulls);
        for (int i = 0; i < values.length; i++) {
            if (width == 2) {
                SHORT.set(buffer, at + 2 * i, isNullAt(nulls, i) ? 0 : values[i]);
            } else {
                putInteger(at + i * width, values[i], nulls, i);
            }
        }
        finish(values.length);
    }

    void appendInts(int[] values, boolean[] nulls) {
        requireInteger("int");
        int at = startFixed(values.length, nulls);
        if (width == 4 && nulls == null) {
            littleEndian(at).asIntBuffer().put(values);
            finish(values.length);
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (width == 4) {
                INT.set(buffer, at + 4 * i, isNullAt(nulls, i) ? 0 : values[i]);
            } else {
                putInteger(at + i * width, values[i], nulls, i);
            }
        }
        finish(values.length);
    }

    void appendLongs(long[] values, boolean[] nulls) {
        requireInteger("long");
        int at = startFixed(values.length, nulls);
        if (width == 8 && nulls == null) {
            littleEndian(at).asLongBuffer().put(values);
            finish(values.length);
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (width == 8) {
                LONG.set(buffer, at + 8 * i, isNullAt(nulls, i) ? 0L : values[i]);
            } else {
                putInteger(at + i * width, values[i], nulls, i);
            }
        }
        finish(values.length);
    }

    void appendFloats(float[] values, boolean[] nulls) {
        require(type == TaosType.FLOAT || type == TaosType.DOUBLE, "float");
        int at = startFixed(values.length, nulls);
        if (type == TaosType.FLOAT && nulls == null) {
            littleEndian(at).asFloatBuffer().put(values);
            finish(values.length);
            return;
        }
        for (int i = 0; i < values.length; i++) {
            float value = isNullAt(nulls, i) ? 0 : values[i];
            if (type == TaosType.FLOAT) {
                INT.set(buffer, at + 4 * i, Float.floatToRawIntBits(value));
            } else {
                LONG.set(buffer, at + 8 * i, Double.doubleToRawLongBits(value));
            }
        }
        finish(values.length);
    }

    void appendDoubles(double[] values, boolean[] nulls) {
        require(type == TaosType.DOUBLE, "double");
        int at = startFixed(values.length, nulls);
        if (nulls == null) {
            littleEndian(at).asDoubleBuffer().put(values);
            finish(values.length);
            return;
        }
        for (int i = 0; i < values.length; i++) {
            LONG.set(buffer, at + 8 * i, Double.doubleToRawLongBits(isNullAt(nulls, i) ? 0 : values[i]));
        }
        finish(values.length);
    }

    void appendStrings(String[] values) {
        require(type.isText() || type.isDecimal(), "String");
        for (String value : values) {
            appendVariable(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }
    }

    void appendBinaries(byte[][] values) {
        require(type.isBinary() || type == TaosType.VARCHAR, "byte[]");
        for (byte[] value : values) {
            appendVariable(value);
        }
    }

    // ---- single values ----

    /** Appends one value of any supported Java type; null is NULL. */
    void appendObject(Object value) {
        if (value == null) {
            appendNull();
        } else if (variable) {
            appendVariable(variableBytes(value));
        } else {
            growFixed(1);
            isNull[rows] = 0;
            putFixedObject(rows * width, value);
            finish(1);
        }
    }

    private void appendNull() {
        if (primaryTimestamp) {
            throw invalid("the primary timestamp (" + field.name() + ") must not be NULL");
        }
        if (variable) {
            appendVariable(null);
        } else {
            growFixed(1);
            isNull[rows] = 1;
            Arrays.fill(buffer, rows * width, (rows + 1) * width, (byte) 0);
            finish(1);
        }
    }

    private byte[] variableBytes(Object value) {
        if (value instanceof String text && (type.isText() || type.isDecimal())) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (value instanceof byte[] bytes && (type.isBinary() || type == TaosType.VARCHAR)) {
            return bytes;
        }
        if (type.isDecimal() && (value instanceof BigDecimal || value instanceof BigInteger || isWholeNumber(value))) {
            String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
            return text.getBytes(StandardCharsets.US_ASCII);
        }
        throw wrongType(value);
    }

    private void putFixedObject(int at, Object value) {
        switch (type) {
            case BOOL -> buffer[at] = (byte) (booleanValue(value) ? 1 : 0);
            case FLOAT -> INT.set(buffer, at, Float.floatToRawIntBits(floatValue(value)));
            case DOUBLE -> LONG.set(buffer, at, Double.doubleToRawLongBits(doubleValue(value)));
            case TIMESTAMP -> LONG.set(buffer, at, timestampValue(value));
            default -> putChecked(at, integerValue(value));
        }
    }

    private boolean booleanValue(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrongType(value);
    }

    private float floatValue(Object value) {
        double number = doubleValue(value);
        if (Double.isFinite(number) && Math.abs(number) > Float.MAX_VALUE) {
            throw invalid("value " + value + " is out of range for FLOAT column " + field.name());
        }
        return (float) number;
    }

    private double doubleValue(Object value) {
        if (value instanceof Number number && !(value instanceof BigInteger)) {
            return number.doubleValue();
        }
        throw wrongType(value);
    }

    private long timestampValue(Object value) {
        Precision precision = Precision.fromCode(field.precision());
        Instant instant;
        if (value instanceof Long units) {
            return units;
        } else if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof Date date) {
            instant = date.toInstant();
        } else if (value instanceof OffsetDateTime offset) {
            instant = offset.toInstant();
        } else if (value instanceof ZonedDateTime zoned) {
            instant = zoned.toInstant();
        } else {
            throw wrongType(value);
        }
        try {
            return precision.fromInstant(instant);
        } catch (ArithmeticException e) {
            throw invalid("timestamp " + instant + " does not fit in 64 bits at " + precision.sqlName());
        }
    }

    private long integerValue(Object value) {
        if (isWholeNumber(value)) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && type == TaosType.UBIGINT) {
            if (big.signum() < 0 || big.compareTo(UNSIGNED_LONG_LIMIT) >= 0) {
                throw invalid("value " + big + " is out of range for " + type.sqlName() + " column " + field.name());
            }
            return big.longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        throw wrongType(value);
    }

    private static boolean isWholeNumber(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    // ---- layout ----

    private int startFixed(int count, boolean[] nulls) {
        if (nulls != null && nulls.length != count) {
            throw new StatementError(ErrorCodes.PARAMETER_MISMATCH, nulls.length + " null flags for " + count
                    + " values of column " + field.name());
        }
        growFixed(count);
        for (int i = 0; i < count; i++) {
            boolean isNullRow = isNullAt(nulls, i);
            if (isNullRow && primaryTimestamp) {
                throw invalid("the primary timestamp (" + field.name() + ") must not be NULL (row " + i + ")");
            }
            isNull[rows + i] = (byte) (isNullRow ? 1 : 0);
        }
        return rows * width;
    }

    private void zeroNulls(boolean[] nulls, int at) {
        if (nulls != null) {
            for (int i = 0; i < nulls.length; i++) {
                if (nulls[i]) {
                    buffer[at + i] = 0;
                }
            }
        }
    }

    private void finish(int count) {
        rows += count;
        bufferLength = rows * width;
    }

    /**
     * The buffer from {@code at} as little-endian values: a bulk put through it is one copy (byte-swapped on a
     * big-endian machine) instead of a store per value.
     */
    private ByteBuffer littleEndian(int at) {
        return ByteBuffer.wrap(buffer, at, buffer.length - at).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static boolean isNullAt(boolean[] nulls, int i) {
        return nulls != null && nulls[i];
    }

    /** Writes an integer of a narrower or wider Java type, range-checked against the column's type. */
    private void putInteger(int at, long value, boolean[] nulls, int i) {
        if (isNullAt(nulls, i)) {
            putRaw(at, 0);
        } else {
            putChecked(at, value);
        }
    }

    private void putChecked(int at, long value) {
        if (width < 8 && (value < minimum() || value > maximum())) {
            throw invalid("value " + value + " is out of range for " + type.sqlName() + " column " + field.name());
        }
        putRaw(at, value);
    }

    private void putRaw(int at, long value) {
        switch (width) {
            case 1 -> buffer[at] = (byte) value;
            case 2 -> SHORT.set(buffer, at, (short) value);
            case 4 -> INT.set(buffer, at, (int) value);
            default -> LONG.set(buffer, at, value);
        }
    }

    private long minimum() {
        return type.isUnsigned() ? 0 : -(1L << (8 * width - 1));
    }

    private long maximum() {
        return type.isUnsigned() ? (1L << (8 * width)) - 1 : (1L << (8 * width - 1)) - 1;
    }

    private void growFixed(int count) {
        int needed = rows + count;
        if (needed > isNull.length) {
            int capacity = Math.max(needed, isNull.length * 2);
            isNull = Arrays.copyOf(isNull, capacity);
            buffer = Arrays.copyOf(buffer, capacity * width);
        }
    }

    private void appendVariable(byte[] value) {
        if (value == null && primaryTimestamp) {
            throw invalid("the primary timestamp (" + field.name() + ") must not be NULL");
        }
        int length = value == null ? 0 : value.length;
        if (rows == isNull.length) {
            isNull = Arrays.copyOf(isNull, rows * 2);
            lengths = Arrays.copyOf(lengths, rows * 2);
        }
        if (bufferLength + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(bufferLength + length, buffer.length * 2));
        }
        isNull[rows] = (byte) (value == null ? 1 : 0);
        lengths[rows] = length;
        if (value != null) {
            System.arraycopy(value, 0, buffer, bufferLength, length);
        }
        rows++;
        bufferLength += length;
    }

    // ---- checks ----

    private void require(boolean accepted, String javaType) {
        if (!accepted) {
            throw invalid("cannot bind " + javaType + " values to " + type.sqlName() + " column " + field.name());
        }
    }

    private void requireInteger(String javaType) {
        require(!variable && type != TaosType.BOOL && type != TaosType.FLOAT && type != TaosType.DOUBLE, javaType);
    }

    private StatementError wrongType(Object value) {
        return invalid("cannot bind a " + value.getClass().getName() + " to " + type.sqlName() + " "
                + field.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + field.name());
    }

    private static StatementError invalid(String message) {
        return new StatementError(ErrorCodes.INVALID_PARAMETER_VALUE, message);
    }
}
