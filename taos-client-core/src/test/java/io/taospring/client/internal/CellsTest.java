package io.taospring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockBuilder;
import io.taospring.client.codec.RawBlockCodec;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ResultError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CellsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long TS = 1_656_481_855_401L; // 2022-06-29T05:50:55.401Z
    private static final String WKB = "010100000000000000000059400000000000005940";

    static final int TS_C = 0, BOOL_C = 1, TINY = 2, SMALL = 3, INT_C = 4, BIG = 5, FLOAT_C = 6, DOUBLE_C = 7,
            VARCHAR_C = 8, NCHAR_C = 9, UTINY = 10, USMALL = 11, UINT_C = 12, UBIG = 13, VARBINARY_C = 14, GEOMETRY_C = 15,
            DEC64 = 16, DEC128 = 17, BLOB_C = 18, JSON_C = 19;

    private static final List<TaosField> FIELDS = List.of(
            new TaosField("ts", TaosType.TIMESTAMP, 8), new TaosField("b", TaosType.BOOL, 1),
            new TaosField("ti", TaosType.TINYINT, 1), new TaosField("si", TaosType.SMALLINT, 2),
            new TaosField("i", TaosType.INT, 4), new TaosField("bi", TaosType.BIGINT, 8),
            new TaosField("f", TaosType.FLOAT, 4), new TaosField("d", TaosType.DOUBLE, 8),
            new TaosField("vc", TaosType.VARCHAR, 20), new TaosField("nc", TaosType.NCHAR, 10),
            new TaosField("uti", TaosType.UTINYINT, 1), new TaosField("usi", TaosType.USMALLINT, 2),
            new TaosField("ui", TaosType.UINT, 4), new TaosField("ubi", TaosType.UBIGINT, 8),
            new TaosField("vb", TaosType.VARBINARY, 8), new TaosField("g", TaosType.GEOMETRY, 32),
            new TaosField("dec", TaosType.DECIMAL64, 8, 2), new TaosField("dec128", TaosType.DECIMAL, 16, 4),
            new TaosField("bl", TaosType.BLOB, 64), new TaosField("info", TaosType.JSON, 4095));

    private final Cells cells = new Cells(Precision.MILLISECONDS, SHANGHAI);
    private final RawBlock block = allTypes();

    /** Row 0: a value of every type; row 1: NULL everywhere but the timestamp. */
    static RawBlock allTypes() {
        RawBlockBuilder b = new RawBlockBuilder(FIELDS);
        b.appendLong(TS_C, TS).appendBoolean(BOOL_C, true).appendLong(TINY, -128).appendLong(SMALL, 32767)
                .appendLong(INT_C, Integer.MIN_VALUE).appendLong(BIG, 3_000_000_000L).appendDouble(FLOAT_C, 10.3f)
                .appendDouble(DOUBLE_C, 2.75).appendString(VARCHAR_C, "12").appendString(NCHAR_C, "北京🚀")
                .appendLong(UTINY, 255).appendLong(USMALL, 65535).appendLong(UINT_C, 4_294_967_295L)
                .appendLong(UBIG, -1L).appendBytes(VARBINARY_C, new byte[] {(byte) 0xaa, (byte) 0xbb})
                .appendBytes(GEOMETRY_C, HexFormat.of().parseHex(WKB)).appendDecimal(DEC64, new BigDecimal("12.34"))
                .appendDecimal(DEC128, new BigDecimal("4467440737095516.1230")).appendBytes(BLOB_C, new byte[] {0, 1})
                .appendString(JSON_C, "{\"k\":\"v\"}");
        b.appendLong(TS_C, TS + 1);
        for (int c = 1; c < FIELDS.size(); c++) {
            b.appendNull(c);
        }
        return RawBlockCodec.decode(b.encode());
    }

    @Test
    void getIntOfABigintOutsideTheIntRangeIsAResultError() {
        assertThat(cells.getIntegral(block, BIG, 0, Long.MIN_VALUE, Long.MAX_VALUE, "long")).isEqualTo(3_000_000_000L);
        assertThatThrownBy(() -> cells.getIntegral(block, BIG, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, "int"))
                .isInstanceOfSatisfying(ResultError.class, e -> assertThat(e.errno()).isEqualTo(ErrorCodes.CONVERSION))
                .hasMessageContaining("int").hasMessageContaining("3000000000");
        assertThatThrownBy(() -> cells.getObject(block, UTINY, 0, Byte.class)).isInstanceOf(ResultError.class);
        assertThat(cells.getObject(block, UTINY, 0, Short.class)).isEqualTo((short) 255);
    }

    @Test
    void bigintUnsignedReadsExactlyAsBigIntegerAndRefusesToPretendToBeALong() {
        BigInteger max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        assertThat(cells.getObject(block, UBIG, 0)).isEqualTo(max);
        assertThat(cells.getBigInteger(block, UBIG, 0)).isEqualTo(max);
        assertThat(cells.getBigDecimal(block, UBIG, 0)).isEqualTo(new BigDecimal(max));
        assertThat(cells.getDouble(block, UBIG, 0)).isEqualTo(1.8446744073709552E19);
        assertThatThrownBy(() -> cells.getIntegral(block, UBIG, 0, Long.MIN_VALUE, Long.MAX_VALUE, "long"))
                .isInstanceOf(ResultError.class);
    }

    @Test
    void getStringRendersEveryType() {
        List<String> strings = new ArrayList<>();
        for (int c = 0; c < FIELDS.size(); c++) {
            strings.add(cells.getString(block, c, 0));
        }
        assertThat(strings).containsExactly("2022-06-29T05:50:55.401Z", "true", "-128", "32767", "-2147483648",
                "3000000000", "10.3", "2.75", "12", "北京🚀", "255", "65535", "4294967295", "18446744073709551615",
                "aabb", WKB, "12.34", "4467440737095516.1230", "0001", "{\"k\":\"v\"}");
    }

    @Test
    void getObjectReturnsEachTypesJavaClass() {
        for (int c = 0; c < FIELDS.size(); c++) {
            Class<?> expected = FIELDS.get(c).type().javaType();
            assertThat(cells.getObject(block, c, 0)).as(FIELDS.get(c).name()).isInstanceOf(expected);
        }
    }

    @Test
    void timestampsConvertToLocalAndOffsetDateTimesInTheConfiguredZone() {
        assertThat(cells.getObject(block, TS_C, 0, LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2022, 6, 29, 13, 50, 55, 401_000_000));
        assertThat(cells.getObject(block, TS_C, 0, OffsetDateTime.class))
                .isEqualTo(OffsetDateTime.of(2022, 6, 29, 13, 50, 55, 401_000_000, ZoneOffset.ofHours(8)));
        assertThat(cells.getObject(block, TS_C, 0, ZonedDateTime.class).getZone()).isEqualTo(SHANGHAI);
        assertThat(new Cells(Precision.MILLISECONDS, ZoneOffset.UTC).getObject(block, TS_C, 0, LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2022, 6, 29, 5, 50, 55, 401_000_000));
        assertThat(cells.getObject(block, TS_C, 0, Long.class)).isEqualTo(TS);
    }

    @Test
    void timestampsOfFinerPrecisionsAreExact() {
        assertThat(new Cells(Precision.MICROSECONDS, SHANGHAI).getInstant(block, TS_C, 0))
                .isEqualTo(Instant.ofEpochSecond(1_656_481, 855_401_000L));
        assertThat(new Cells(Precision.NANOSECONDS, SHANGHAI).getInstant(block, TS_C, 0))
                .isEqualTo(Instant.ofEpochSecond(1656, 481_855_401L));
    }

    @Test
    void nullsReadAsNullOrZeroForEveryType() {
        for (int c = 1; c < FIELDS.size(); c++) {
            assertThat(cells.getObject(block, c, 1)).isNull();
            assertThat(cells.getString(block, c, 1)).isNull();
            assertThat(cells.getBytes(block, c, 1)).isNull();
            assertThat(cells.getObject(block, c, 1, Integer.class)).isNull();
            assertThat(cells.getBoolean(block, c, 1)).isFalse();
            assertThat(cells.getIntegral(block, c, 1, Long.MIN_VALUE, Long.MAX_VALUE, "long")).isZero();
            assertThat(cells.getDouble(block, c, 1)).isZero();
        }
    }

    @Test
    void convertsBetweenNumbersAndNumericText() {
        assertThat(cells.getObject(block, VARCHAR_C, 0, Integer.class)).isEqualTo(12);
        assertThat(cells.getIntegral(block, DOUBLE_C, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, "int")).isEqualTo(2);
        assertThat(cells.getDouble(block, DEC64, 0)).isEqualTo(12.34);
        assertThat(cells.getBigDecimal(block, FLOAT_C, 0)).isEqualTo(new BigDecimal("10.3"));
        assertThat(cells.getBoolean(block, TINY, 0)).isTrue();
        assertThatThrownBy(() -> cells.getObject(block, NCHAR_C, 0, Integer.class)).isInstanceOf(ResultError.class);
        assertThatThrownBy(() -> cells.getBoolean(block, VARCHAR_C, 0)).isInstanceOf(ResultError.class);
    }

    @Test
    void readsTextAsUtf8Bytes() {
        assertThat(cells.getBytes(block, NCHAR_C, 0)).isEqualTo("北京🚀".getBytes(StandardCharsets.UTF_8));
        assertThat(cells.getBytes(block, VARBINARY_C, 0)).containsExactly(0xaa, 0xbb);
        assertThat(cells.getObject(block, INT_C, 0, byte[].class)).isEqualTo("-2147483648".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesConversionsThatMakeNoSense() {
        assertThatThrownBy(() -> cells.getInstant(block, INT_C, 0)).isInstanceOf(ResultError.class);
        assertThatThrownBy(() -> cells.getObject(block, VARCHAR_C, 0, LocalDateTime.class)).isInstanceOf(ResultError.class);
        assertThatThrownBy(() -> cells.getObject(block, INT_C, 0, UUID.class)).isInstanceOf(ResultError.class)
                .hasMessageContaining("java.util.UUID");
        assertThatThrownBy(() -> cells.getBigDecimal(block, VARBINARY_C, 0)).isInstanceOf(ResultError.class);
    }

    @Test
    void notANumberIsAResultErrorWhenAnExactNumberIsAsked() {
        List<TaosField> fields = List.of(new TaosField("f", TaosType.FLOAT, 4), new TaosField("d", TaosType.DOUBLE, 8));
        RawBlock nan = RawBlockCodec.decode(new RawBlockBuilder(fields).appendDouble(0, Float.NaN)
                .appendDouble(1, Double.POSITIVE_INFINITY).encode());
        for (int c = 0; c < 2; c++) {
            int column = c;
            assertThatThrownBy(() -> cells.getBigDecimal(nan, column, 0)).isInstanceOf(ResultError.class);
            assertThatThrownBy(() -> cells.getIntegral(nan, column, 0, Integer.MIN_VALUE, Integer.MAX_VALUE, "int"))
                    .isInstanceOf(ResultError.class);
        }
        assertThat(cells.getString(nan, 0, 0)).isEqualTo("NaN");
        assertThat(cells.getDouble(nan, 1, 0)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
