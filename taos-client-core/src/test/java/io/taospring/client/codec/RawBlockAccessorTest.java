package io.taospring.client.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ResultError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What each accessor of {@link RawBlock} returns, per column type, and what it refuses. */
class RawBlockAccessorTest {

    @Test
    void readsUnsignedIntegersZeroExtended() {
        RawBlock block = oneRow(List.of(TaosField.of("a", TaosType.UTINYINT), TaosField.of("b", TaosType.USMALLINT),
                TaosField.of("c", TaosType.UINT), TaosField.of("d", TaosType.UBIGINT)),
                b -> b.appendLong(0, 255).appendLong(1, 65535).appendLong(2, 0xFFFF_FFFFL).appendLong(3, -1L));

        assertThat(block.getLong(0, 0)).isEqualTo(255);
        assertThat(block.getLong(1, 0)).isEqualTo(65535);
        assertThat(block.getLong(2, 0)).isEqualTo(4_294_967_295L);
        assertThat(block.getLong(3, 0)).isEqualTo(-1L);
        assertThat(block.getObject(0, 0)).isEqualTo((short) 255);
        assertThat(block.getObject(1, 0)).isEqualTo(65535);
        assertThat(block.getObject(2, 0)).isEqualTo(4_294_967_295L);
        assertThat(block.getObject(3, 0)).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(block.getDouble(3, 0)).isEqualTo(1.8446744073709552E19);
    }

    @Test
    void boxesEachTypeAsItsJavaTypeAndTimestampsAsTheStoredLong() {
        List<TaosField> fields = RandomBlocks.COLUMN_TYPES.stream()
                .map(type -> type.isVariable() ? new TaosField(type.name(), type, 16) : TaosField.of(type.name(), type))
                .toList();
        RawBlockBuilder builder = new RawBlockBuilder(fields);
        for (int c = 0; c < fields.size(); c++) {
            RandomBlocks.append(builder, c, fields.get(c).type(), sampleValue(fields.get(c).type()));
        }

        RawBlock block = RawBlockCodec.decode(builder.encode());

        for (int c = 0; c < fields.size(); c++) {
            TaosType type = fields.get(c).type();
            Class<?> expected = type == TaosType.TIMESTAMP ? Long.class : type.javaType();
            assertThat(block.getObject(c, 0)).as("%s", type).isInstanceOf(expected);
        }
    }

    @Test
    void readsBoolAsZeroOrOneAndAnyNonZeroByteAsTrue() {
        byte[] bytes = new RawBlockBuilder(List.of(TaosField.of("b", TaosType.BOOL)))
                .appendBoolean(0, true).appendBoolean(0, false).appendBoolean(0, true).encode();
        int values = (int) RawBlockCodec.dataStart(1) + 1;
        bytes[values + 2] = 7;

        RawBlock block = RawBlockCodec.decode(bytes);

        assertThat(block.getLong(0, 0)).isEqualTo(1);
        assertThat(block.getLong(0, 1)).isZero();
        assertThat(block.getBoolean(0, 2)).isTrue();
        assertThat(block.getLong(0, 2)).isEqualTo(1);
        assertThat(block.getObject(0, 2)).isEqualTo(true);
    }

    @Test
    void readsNcharWithCharactersOutsideTheBasicPlane() {
        String text = "温度 \uD83C\uDF21\uFE0F 𝄞";
        RawBlock block = oneRow(List.of(new TaosField("n", TaosType.NCHAR, 16)), b -> b.appendString(0, text));

        assertThat(block.getString(0, 0)).isEqualTo(text);
        assertThat(block.getBytes(0, 0)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAnNcharCodePointOutsideUnicodeAsTheReplacementCharacter() {
        byte[] bytes = new RawBlockBuilder(List.of(new TaosField("n", TaosType.NCHAR, 2)))
                .appendString(0, "ab").encode();
        int firstCodePoint = (int) RawBlockCodec.dataStart(1) + RawBlockCodec.OFFSET_SIZE + 2;
        LittleEndian.putInt(bytes, firstCodePoint, 0x11_0000);

        assertThat(RawBlockCodec.decode(bytes).getString(0, 0)).isEqualTo("\uFFFDb");
    }

    @Test
    void readsDecimalsWithTheScaleOfTheSchema() {
        RawBlock block = oneRow(List.of(new TaosField("d", TaosType.DECIMAL, 16, 4),
                new TaosField("e", TaosType.DECIMAL64, 8, 2)), b -> b
                .appendDecimal(0, new BigDecimal("-4467440737095516123456789012345.1230"))
                .appendDecimal(1, new BigDecimal("-12.5")));

        assertThat(block.decimalScale(0)).isEqualTo(4);
        assertThat(block.decimalPrecision(0)).isEqualTo(38);
        assertThat(block.getDecimal(0, 0)).isEqualTo(new BigDecimal("-4467440737095516123456789012345.1230"));
        assertThat(block.decimalScale(1)).isEqualTo(2);
        assertThat(block.decimalPrecision(1)).isEqualTo(18);
        assertThat(block.getDecimal(1, 0)).isEqualTo(new BigDecimal("-12.50"));
        assertThat(block.getDouble(1, 0)).isEqualTo(-12.5);
    }

    @Test
    void readsNullAsZeroFalseOrNull() {
        RawBlock block = oneRow(List.of(TaosField.of("i", TaosType.INT), TaosField.of("f", TaosType.DOUBLE),
                TaosField.of("b", TaosType.BOOL), new TaosField("s", TaosType.VARCHAR, 4),
                new TaosField("v", TaosType.VARBINARY, 4), new TaosField("d", TaosType.DECIMAL64, 8, 1)),
                b -> {
                    for (int c = 0; c < 6; c++) {
                        b.appendNull(c);
                    }
                });

        assertThat(block.getLong(0, 0)).isZero();
        assertThat(block.getDouble(1, 0)).isZero();
        assertThat(block.getBoolean(2, 0)).isFalse();
        assertThat(block.getString(3, 0)).isNull();
        assertThat(block.getBytes(4, 0)).isNull();
        assertThat(block.getDecimal(5, 0)).isNull();
        for (int c = 0; c < 6; c++) {
            assertThat(block.isNull(c, 0)).isTrue();
            assertThat(block.getObject(c, 0)).isNull();
        }
    }

    @Test
    void refusesAccessorsThatDoNotFitTheColumnType() {
        RawBlock block = oneRow(List.of(TaosField.of("i", TaosType.INT), new TaosField("s", TaosType.VARCHAR, 4),
                TaosField.of("f", TaosType.FLOAT), new TaosField("v", TaosType.VARBINARY, 4)),
                b -> b.appendLong(0, 1).appendString(1, "x").appendDouble(2, 1.5).appendBytes(3, new byte[] {1}));

        assertConversion(() -> block.getString(0, 0), "cannot read column 0 of type INT as String");
        assertConversion(() -> block.getBytes(0, 0), "as byte[]");
        assertConversion(() -> block.getBoolean(0, 0), "as boolean");
        assertConversion(() -> block.getDecimal(0, 0), "as BigDecimal");
        assertConversion(() -> block.getLong(1, 0), "cannot read column 1 of type VARCHAR as long");
        assertConversion(() -> block.getDouble(1, 0), "as double");
        assertConversion(() -> block.getLong(2, 0), "cannot read column 2 of type FLOAT as long");
        assertConversion(() -> block.getString(3, 0), "cannot read column 3 of type VARBINARY as String");
        assertConversion(() -> block.decimalScale(0), "as decimal");
    }

    @Test
    void refusesAnAccessorThatDoesNotFitEvenForANullValue() {
        RawBlock block = oneRow(List.of(new TaosField("s", TaosType.VARCHAR, 4)), b -> b.appendNull(0));

        assertConversion(() -> block.getLong(0, 0), "as long");
        assertConversion(() -> block.getDouble(0, 0), "as double");
    }

    @Test
    void rejectsIndexesOutsideTheBlock() {
        RawBlock block = RawBlockCodec.decode(RawBlockWorkedExampleTest.EXAMPLE);

        assertThatThrownBy(() -> block.getLong(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> block.getString(2, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> block.isNull(3, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> block.type(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static Object sampleValue(TaosType type) {
        return switch (type) {
            case BOOL -> true;
            case FLOAT -> 1.5f;
            case DOUBLE -> 2.5;
            case UBIGINT -> BigInteger.TEN;
            case DECIMAL, DECIMAL64 -> BigDecimal.ONE;
            case VARCHAR, NCHAR, JSON -> "{}";
            case VARBINARY, GEOMETRY, BLOB -> new byte[] {1, 2};
            default -> 7L;
        };
    }

    private static RawBlock oneRow(List<TaosField> fields, Consumer<RawBlockBuilder> row) {
        RawBlockBuilder builder = new RawBlockBuilder(fields);
        row.accept(builder);
        return RawBlockCodec.decode(builder.encode());
    }

    private static void assertConversion(Executable read, String message) {
        assertThatThrownBy(read::execute)
                .isInstanceOfSatisfying(ResultError.class, e -> {
                    assertThat(e.errno()).isEqualTo(ErrorCodes.CONVERSION);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
