package io.taospring.client.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link RawBlockBuilder} lays out the schema and refuses what it cannot encode. */
class RawBlockBuilderTest {

    @Test
    void bulkAppendsEncodeTheSameBytesAsValueByValueAppends() {
        List<TaosField> fields = List.of(TaosField.of("ts", TaosType.TIMESTAMP), TaosField.of("v", TaosType.INT),
                TaosField.of("f", TaosType.FLOAT));
        long[] ts = {1, Long.MIN_VALUE, Long.MAX_VALUE};
        int[] v = {0, Integer.MIN_VALUE, Integer.MAX_VALUE};
        float[] f = {1.5f, Float.NaN, -0.0f};
        RawBlockBuilder bulk = new RawBlockBuilder(fields);
        bulk.appendLongs(0, ts, 0, 3).appendInts(1, v, 0, 3).appendFloats(2, f, 0, 3);
        RawBlockBuilder single = new RawBlockBuilder(fields);
        for (int i = 0; i < 3; i++) {
            single.appendLong(0, ts[i]).appendLong(1, v[i]).appendDouble(2, f[i]);
        }

        assertThat(bulk.encode()).isEqualTo(single.encode());
    }

    @Test
    void bulkAppendsRejectColumnsOfAnotherType() {
        RawBlockBuilder builder = new RawBlockBuilder(List.of(TaosField.of("s", TaosType.SMALLINT),
                TaosField.of("d", TaosType.DOUBLE)));

        assertThatThrownBy(() -> builder.appendInts(0, new int[] {1}, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.appendFloats(1, new float[] {1}, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storesAValueEqualToThePreviousOneOnce() {
        RawBlockBuilder builder = new RawBlockBuilder(List.of(new TaosField("tag", TaosType.VARCHAR, 24)));
        byte[] reused = "California".getBytes(StandardCharsets.UTF_8);
        builder.appendBytes(0, reused).appendBytes(0, reused.clone()).appendBytes(0, "Texas".getBytes(StandardCharsets.UTF_8));
        reused[0] = 'X';
        builder.appendBytes(0, reused);

        RawBlock block = RawBlockCodec.decode(builder.encode());

        assertThat(block.getString(0, 0)).isEqualTo("California");
        assertThat(block.getString(0, 1)).isEqualTo("California");
        assertThat(block.getString(0, 2)).isEqualTo("Texas");
        assertThat(block.getString(0, 3)).isEqualTo("Xalifornia");
    }

    @Test
    void writesInternalWidthsIntoTheSchema() {
        RawBlock block = RawBlockCodec.decode(new RawBlockBuilder(List.of(
                new TaosField("v", TaosType.VARCHAR, 24), new TaosField("n", TaosType.NCHAR, 10),
                new TaosField("b", TaosType.BLOB, 100), new TaosField("g", TaosType.GEOMETRY, 50),
                new TaosField("d", TaosType.DECIMAL, 16, 5), new TaosField("e", TaosType.DECIMAL64, 8, 3),
                TaosField.of("t", TaosType.TINYINT))).encode());

        assertThat(block.internalWidth(0)).isEqualTo(26);
        assertThat(block.internalWidth(1)).isEqualTo(42);
        assertThat(block.internalWidth(2)).isEqualTo(104);
        assertThat(block.internalWidth(3)).isEqualTo(52);
        assertThat(block.internalWidth(4)).isEqualTo(0x10_00_26_05);
        assertThat(block.internalWidth(5)).isEqualTo(0x08_00_12_03);
        assertThat(block.internalWidth(6)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "BOOL, 2", "BOOL, -1", "TINYINT, 128", "TINYINT, -129", "UTINYINT, 256", "UTINYINT, -1",
        "SMALLINT, 32768", "USMALLINT, 65536", "USMALLINT, -1", "INT, 2147483648", "INT, -2147483649",
        "UINT, 4294967296", "UINT, -1"})
    void rejectsIntegersOutsideTheColumnRange(TaosType type, long value) {
        RawBlockBuilder builder = new RawBlockBuilder(List.of(TaosField.of("c", type)));

        assertThatThrownBy(() -> builder.appendLong(0, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value " + value + " is out of range for column 0 (" + type + ")");
        assertThat(builder.rowCount()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"TINYINT, -128", "TINYINT, 127", "UTINYINT, 255", "SMALLINT, -32768", "USMALLINT, 65535",
        "INT, -2147483648", "UINT, 4294967295", "UBIGINT, -1", "TIMESTAMP, -1"})
    void acceptsTheEndsOfEachRange(TaosType type, long value) {
        byte[] bytes = new RawBlockBuilder(List.of(TaosField.of("c", type))).appendLong(0, value).encode();

        long read = RawBlockCodec.decode(bytes).getLong(0, 0);

        assertThat(read).isEqualTo(value);
    }

    @Test
    void rejectsAppendsThatDoNotFitTheColumnType() {
        RawBlockBuilder builder = new RawBlockBuilder(List.of(TaosField.of("i", TaosType.INT),
                new TaosField("s", TaosType.VARCHAR, 4), TaosField.of("d", TaosType.DOUBLE),
                new TaosField("v", TaosType.VARBINARY, 4)));

        assertThatThrownBy(() -> builder.appendString(0, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appendString does not fit column 0 (i, INT)");
        assertThatThrownBy(() -> builder.appendLong(1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.appendDouble(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.appendLong(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.appendBoolean(0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.appendDecimal(0, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.appendString(3, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.appendBytes(0, new byte[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.appendLongs(2, new long[0], 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.appendDoubles(0, new double[0], 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToEncodeColumnsOfDifferentLengths() {
        RawBlockBuilder builder = new RawBlockBuilder(RawBlockWorkedExampleTest.FIELDS);
        builder.appendLong(0, 1).appendLong(0, 2).appendLong(1, 3).appendString(2, "a").appendString(2, "b");

        assertThat(builder.rowCount()).isEqualTo(1);
        assertThatThrownBy(builder::encode)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("columns hold different numbers of values: column 0 (ts) holds 2, column 1 (v) holds 1");
    }

    @Test
    void encodesTheSameBytesAfterResetAsAFreshBuilder() {
        RawBlockBuilder reused = new RawBlockBuilder(RawBlockWorkedExampleTest.FIELDS);
        for (int r = 0; r < 20; r++) {
            reused.appendNull(0).appendNull(1).appendString(2, "stale value " + r);
        }
        reused.encode();
        reused.reset();

        reused.appendLong(0, 1_700_000_000_000L).appendLong(1, 42).appendString(2, "ab");
        reused.appendLong(0, 1_700_000_001_000L).appendNull(1).appendNull(2);

        assertThat(reused.encode()).isEqualTo(RawBlockWorkedExampleTest.EXAMPLE);
    }

    @Test
    void bulkAppendsEncodeLikeSingleAppends() {
        List<TaosField> fields = List.of(TaosField.of("t", TaosType.TIMESTAMP), TaosField.of("s", TaosType.SMALLINT),
                TaosField.of("f", TaosType.FLOAT), TaosField.of("d", TaosType.DOUBLE));
        long[] longs = {10, -20, 30, 32767, -32768};
        double[] doubles = {1.5, -0.0, Double.NaN, 1e300, 3};
        RawBlockBuilder single = new RawBlockBuilder(fields);
        for (int i = 1; i < 4; i++) {
            single.appendLong(0, longs[i]).appendLong(1, longs[i]).appendDouble(2, doubles[i])
                    .appendDouble(3, doubles[i]);
        }

        RawBlockBuilder bulk = new RawBlockBuilder(fields).appendLongs(0, longs, 1, 4).appendLongs(1, longs, 1, 4)
                .appendDoubles(2, doubles, 1, 4).appendDoubles(3, doubles, 1, 4);

        assertThat(bulk.encode()).isEqualTo(single.encode());
    }

    @Test
    void aBulkAppendStopsAtTheFirstValueOutOfRange() {
        RawBlockBuilder builder = new RawBlockBuilder(List.of(TaosField.of("t", TaosType.TINYINT)));

        assertThatThrownBy(() -> builder.appendLongs(0, new long[] {1, 2, 300, 4}, 0, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.rowCount()).isEqualTo(2);
    }

    @Test
    void rescalesDecimalsHalfUpAndRejectsTooManyDigits() {
        RawBlockBuilder builder = new RawBlockBuilder(List.of(new TaosField("d", TaosType.DECIMAL64, 8, 2)));
        builder.appendDecimal(0, new BigDecimal("1.005")).appendDecimal(0, new BigDecimal("-7"));

        RawBlock block = RawBlockCodec.decode(builder.encode());

        assertThat(block.getDecimal(0, 0)).isEqualTo(new BigDecimal("1.01"));
        assertThat(block.getDecimal(0, 1)).isEqualTo(new BigDecimal("-7.00"));
        assertThatThrownBy(() -> builder.appendDecimal(0, new BigDecimal("1e17")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 18 digits");
    }

    @Test
    void rejectsADecimalScaleAboveThePrecision() {
        assertThatThrownBy(() -> new RawBlockBuilder(List.of(new TaosField("d", TaosType.DECIMAL64, 8, 19))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale 19 outside 0..18");
    }

    @Test
    void rejectsAValueLongerThanItsLengthPrefixAllows() {
        RawBlockBuilder builder = new RawBlockBuilder(List.of(new TaosField("v", TaosType.VARBINARY, 100)));

        assertThatThrownBy(() -> builder.appendBytes(0, new byte[65536]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536 bytes");
    }

    @Test
    void encodesABlobLongerThanATwoByteLengthPrefix() {
        byte[] blob = new byte[70_000];
        Arrays.fill(blob, (byte) 0x42);
        byte[] bytes = new RawBlockBuilder(List.of(new TaosField("b", TaosType.BLOB, 4 << 20)))
                .appendBytes(0, blob).encode();

        assertThat(RawBlockCodec.decode(bytes).getBytes(0, 0)).isEqualTo(blob);
    }

    @Test
    void takesNcharBytesAsUtf8() {
        byte[] bytes = new RawBlockBuilder(List.of(new TaosField("n", TaosType.NCHAR, 4)))
                .appendBytes(0, "é𝄞".getBytes(StandardCharsets.UTF_8)).encode();

        RawBlock block = RawBlockCodec.decode(bytes);

        assertThat(block.getString(0, 0)).isEqualTo("é𝄞");
        assertThat(LittleEndian.getUnsignedShort(bytes, (int) RawBlockCodec.dataStart(1) + 4)).isEqualTo(8);
    }

    @Test
    void rejectsABuilderWithoutColumns() {
        assertThatThrownBy(() -> new RawBlockBuilder(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
