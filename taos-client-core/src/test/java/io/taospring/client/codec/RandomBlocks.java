package io.taospring.client.codec;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random blocks for property tests: a schema drawn from every column type, random values with random
 * nulls, and the values each cell must read back as ({@link RawBlock#getObject} form; null for NULL).
 */
final class RandomBlocks {

    /** Every type a column can have. */
    static final List<TaosType> COLUMN_TYPES = Arrays.stream(TaosType.values())
            .filter(type -> type != TaosType.NULL)
            .toList();

    private static final BigInteger TWO_POW_63 = BigInteger.ONE.shiftLeft(63);
    private static final BigInteger TWO_POW_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger DECIMAL_MAX = BigInteger.TEN.pow(38).subtract(BigInteger.ONE);
    private static final long DECIMAL64_MAX = 999_999_999_999_999_999L;

    private RandomBlocks() {
    }

    /** One column: its field and the value of every row. */
    record Column(TaosField field, List<Object> values) {
    }

    /** A block to encode: columns of equal length. */
    record Sample(List<Column> columns, int rows) {

        List<TaosField> fields() {
            return columns.stream().map(Column::field).toList();
        }

        /** Encodes the sample, appending column by column. */
        byte[] encode() {
            RawBlockBuilder builder = new RawBlockBuilder(fields());
            for (int c = 0; c < columns.size(); c++) {
                for (Object value : columns.get(c).values()) {
                    append(builder, c, columns.get(c).field().type(), value);
                }
            }
            return builder.encode();
        }

        /** Encodes the sample, appending row by row. */
        byte[] encodeRowByRow() {
            RawBlockBuilder builder = new RawBlockBuilder(fields());
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns.size(); c++) {
                    append(builder, c, columns.get(c).field().type(), columns.get(c).values().get(r));
                }
            }
            return builder.encode();
        }

        Object value(int column, int row) {
            return columns.get(column).values().get(row);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("Sample[rows=" + rows);
            for (Column column : columns) {
                text.append(", ").append(column.field()).append('=')
                        .append(column.values().stream().map(RandomBlocks::comparable).toList());
            }
            return text.append(']').toString();
        }
    }

    /** Blocks of 0..maxRows rows (rarely 0) and 1..maxColumns columns of any type. */
    static Arbitrary<Sample> samples(int maxRows, int maxColumns) {
        Arbitrary<Integer> rows = Arbitraries.integers().between(0, maxRows).edgeCases(edges -> edges.includeOnly(1));
        return rows.flatMap(count -> column(count).list().ofMinSize(1).ofMaxSize(maxColumns)
                .map(columns -> new Sample(columns, count)));
    }

    /** A column of {@code rows} values of a random type, about a quarter of them NULL. */
    static Arbitrary<Column> column(int rows) {
        return Arbitraries.of(COLUMN_TYPES).flatMap(RandomBlocks::field).flatMap(field ->
                values(field).injectNull(0.25).list().ofSize(rows).map(values -> new Column(field, values)));
    }

    /** A field of {@code type}: a random scale for decimals, generous declared lengths otherwise. */
    static Arbitrary<TaosField> field(TaosType type) {
        if (type.isDecimal()) {
            return Arbitraries.integers().between(0, Decimals.maxPrecision(type))
                    .map(scale -> new TaosField("c", type, type.fixedSize(), scale));
        }
        int length = switch (type) {
            case NCHAR -> 64;
            case JSON -> 4095;
            case BLOB -> 4 << 20;
            default -> type.isVariable() ? 256 : type.fixedSize();
        };
        return Arbitraries.just(new TaosField("c", type, length));
    }

    /** Non-null values of a field, as {@link RawBlock#getObject} returns them. */
    static Arbitrary<Object> values(TaosField field) {
        int scale = field.scale();
        return switch (field.type()) {
            case BOOL -> Arbitraries.of(true, false).map(Object.class::cast);
            case TINYINT -> Arbitraries.bytes().map(Object.class::cast);
            case SMALLINT -> Arbitraries.shorts().map(Object.class::cast);
            case INT -> Arbitraries.integers().map(Object.class::cast);
            case BIGINT, TIMESTAMP -> Arbitraries.longs().map(Object.class::cast);
            case FLOAT -> Arbitraries.floats().withSpecialValue(Float.NaN).withSpecialValue(Float.NEGATIVE_INFINITY)
                    .withSpecialValue(-0.0f).map(Object.class::cast);
            case DOUBLE -> Arbitraries.doubles().withSpecialValue(Double.NaN)
                    .withSpecialValue(Double.POSITIVE_INFINITY).withSpecialValue(Double.MIN_VALUE)
                    .map(Object.class::cast);
            case UTINYINT -> Arbitraries.shorts().between((short) 0, (short) 255).map(Object.class::cast);
            case USMALLINT -> Arbitraries.integers().between(0, 65535).map(Object.class::cast);
            case UINT -> Arbitraries.longs().between(0, 0xFFFF_FFFFL).map(Object.class::cast);
            case UBIGINT -> unsignedLongs().map(Object.class::cast);
            case VARCHAR, NCHAR -> text(24).map(Object.class::cast);
            case JSON -> text(12).map(text -> (Object) ("{\"k\":\"" + text.replace("\"", "") + "\"}"));
            case VARBINARY, GEOMETRY, BLOB -> Arbitraries.bytes().array(byte[].class).ofMaxSize(48)
                    .map(Object.class::cast);
            case DECIMAL64 -> Arbitraries.longs().between(-DECIMAL64_MAX, DECIMAL64_MAX)
                    .map(unscaled -> (Object) BigDecimal.valueOf(unscaled, scale));
            case DECIMAL -> Arbitraries.bigIntegers().between(DECIMAL_MAX.negate(), DECIMAL_MAX)
                    .map(unscaled -> (Object) new BigDecimal(unscaled, scale));
            case NULL -> throw new IllegalArgumentException("NULL is not a column type");
        };
    }

    /** BIGINT UNSIGNED values, half of them at or above 2^63. */
    static Arbitrary<BigInteger> unsignedLongs() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, TWO_POW_63.subtract(BigInteger.ONE)),
                Arbitraries.bigIntegers().between(TWO_POW_63, TWO_POW_64.subtract(BigInteger.ONE))));
    }

    /** Text of up to {@code maxCodePoints} code points: ASCII, other BMP characters and non-BMP ones. */
    static Arbitrary<String> text(int maxCodePoints) {
        Arbitrary<Integer> codePoint = Arbitraries.oneOf(List.of(
                Arbitraries.integers().between(0x20, 0x7E),
                Arbitraries.integers().between(0xA0, 0xD7FF),
                Arbitraries.integers().between(0x1_0000, 0x10_FFFF)));
        return codePoint.list().ofMaxSize(maxCodePoints)
                .map(points -> new String(points.stream().mapToInt(Integer::intValue).toArray(), 0, points.size()));
    }

    /** A value through the builder method that fits its type (NULL through {@link RawBlockBuilder#appendNull}). */
    static void append(RawBlockBuilder builder, int column, TaosType type, Object value) {
        if (value == null) {
            builder.appendNull(column);
            return;
        }
        switch (type) {
            case BOOL -> builder.appendBoolean(column, (Boolean) value);
            case FLOAT, DOUBLE -> builder.appendDouble(column, ((Number) value).doubleValue());
            case UBIGINT -> builder.appendLong(column, ((BigInteger) value).longValue());
            case DECIMAL, DECIMAL64 -> builder.appendDecimal(column, (BigDecimal) value);
            case VARCHAR, NCHAR, JSON -> builder.appendString(column, (String) value);
            case VARBINARY, GEOMETRY, BLOB -> builder.appendBytes(column, (byte[]) value);
            default -> builder.appendLong(column, ((Number) value).longValue());
        }
    }

    /** A value that compares by content (byte arrays as hex). */
    static Object comparable(Object value) {
        return value instanceof byte[] bytes ? "0x" + HexFormat.of().formatHex(bytes) : value;
    }
}
