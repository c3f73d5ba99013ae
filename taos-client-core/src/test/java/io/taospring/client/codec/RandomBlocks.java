package io.taospring.client.codec;

import static org.quicktheories.generators.SourceDSL.longs;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.ArrayList;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Random blocks for property tests: a schema drawn from every column type, random values with random
 * nulls, and the values each cell must read back as ({@link RawBlock#getObject} form; null for NULL).
 */
public final class RandomBlocks {

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
    public record Column(TaosField field, List<Object> values) {
    }

    /** A block to encode: columns of equal length. */
    public record Sample(List<Column> columns, int rows) {

        List<TaosField> fields() {
            return columns.stream().map(Column::field).toList();
        }

        /** Encodes the sample, appending column by column. */
        public byte[] encode() {
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

    /**
     * Blocks of 0..maxRows rows (rarely 0, often 1) and 1..maxColumns columns of any type, each drawn from
     * a seed so that QuickTheories reports a failing case by a reproducible seed.
     */
    public static Gen<Sample> samples(int maxRows, int maxColumns) {
        return longs().all().map(seed -> sample(new Random(seed), maxRows, maxColumns));
    }

    /** One random block. */
    static Sample sample(Random random, int maxRows, int maxColumns) {
        int rows = switch (random.nextInt(10)) {
            case 0 -> 1;
            case 1 -> random.nextInt(50) == 0 ? 0 : maxRows;
            default -> random.nextInt(maxRows + 1);
        };
        int columns = 1 + random.nextInt(maxColumns);
        List<Column> drawn = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            drawn.add(column(random, rows));
        }
        return new Sample(drawn, rows);
    }

    /** A column of {@code rows} values of a random type, about a quarter of them NULL. */
    static Column column(Random random, int rows) {
        TaosField field = field(random, COLUMN_TYPES.get(random.nextInt(COLUMN_TYPES.size())));
        List<Object> values = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            values.add(random.nextInt(4) == 0 ? null : value(random, field));
        }
        return new Column(field, values);
    }

    /** A field of {@code type}: a random scale for decimals, generous declared lengths otherwise. */
    static TaosField field(Random random, TaosType type) {
        if (type.isDecimal()) {
            return new TaosField("c", type, type.fixedSize(), random.nextInt(Decimals.maxPrecision(type) + 1));
        }
        int length = switch (type) {
            case NCHAR -> 64;
            case JSON -> 4095;
            case BLOB -> 4 << 20;
            default -> type.isVariable() ? 256 : type.fixedSize();
        };
        return new TaosField("c", type, length);
    }

    /** A non-null value of a field, as {@link RawBlock#getObject} returns it; edge values are frequent. */
    static Object value(Random random, TaosField field) {
        int scale = field.scale();
        return switch (field.type()) {
            case BOOL -> random.nextBoolean();
            case TINYINT -> (byte) edgeOr(random, random.nextInt(), Byte.MIN_VALUE, Byte.MAX_VALUE);
            case SMALLINT -> (short) edgeOr(random, random.nextInt(), Short.MIN_VALUE, Short.MAX_VALUE);
            case INT -> (int) edgeOr(random, random.nextInt(), Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT, TIMESTAMP -> edgeOr(random, random.nextLong(), Long.MIN_VALUE, Long.MAX_VALUE);
            case FLOAT -> pick(random, Float.intBitsToFloat(random.nextInt()), Float.NaN, Float.NEGATIVE_INFINITY, -0.0f);
            case DOUBLE -> pick(random, Double.longBitsToDouble(random.nextLong()), Double.NaN,
                    Double.POSITIVE_INFINITY, Double.MIN_VALUE);
            case UTINYINT -> (short) edgeOr(random, random.nextInt(256), 0, 255);
            case USMALLINT -> (int) edgeOr(random, random.nextInt(65536), 0, 65535);
            case UINT -> edgeOr(random, random.nextLong() & 0xFFFF_FFFFL, 0, 0xFFFF_FFFFL);
            case UBIGINT -> unsignedLong(random);
            case VARCHAR, NCHAR -> text(random, 24);
            case JSON -> "{\"k\":\"" + text(random, 12).replace("\"", "") + "\"}";
            case VARBINARY, GEOMETRY, BLOB -> bytes(random, 48);
            case DECIMAL64 -> BigDecimal.valueOf(random.nextLong() % (DECIMAL64_MAX + 1), scale);
            case DECIMAL -> new BigDecimal(new BigInteger(127, random).mod(DECIMAL_MAX.add(BigInteger.ONE))
                    .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)), scale);
            case NULL -> throw new IllegalArgumentException("NULL is not a column type");
        };
    }

    private static long edgeOr(Random random, long value, long min, long max) {
        return switch (random.nextInt(8)) {
            case 0 -> min;
            case 1 -> max;
            default -> value;
        };
    }

    @SafeVarargs
    private static <T> T pick(Random random, T usual, T... special) {
        return random.nextInt(4) == 0 ? special[random.nextInt(special.length)] : usual;
    }

    /** BIGINT UNSIGNED values, half of them at or above 2^63. */
    static BigInteger unsignedLong(Random random) {
        BigInteger low = new BigInteger(63, random);
        return random.nextBoolean() ? low : low.add(TWO_POW_63).min(TWO_POW_64.subtract(BigInteger.ONE));
    }

    /** Text of up to {@code maxCodePoints} code points: ASCII, other BMP characters and non-BMP ones. */
    static String text(Random random, int maxCodePoints) {
        int[] points = new int[random.nextInt(maxCodePoints + 1)];
        for (int i = 0; i < points.length; i++) {
            points[i] = switch (random.nextInt(3)) {
                case 0 -> 0x20 + random.nextInt(0x7E - 0x20 + 1);
                case 1 -> 0xA0 + random.nextInt(0xD7FF - 0xA0 + 1);
                default -> 0x1_0000 + random.nextInt(0x10_FFFF - 0x1_0000 + 1);
            };
        }
        return new String(points, 0, points.length);
    }

    private static byte[] bytes(Random random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
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
