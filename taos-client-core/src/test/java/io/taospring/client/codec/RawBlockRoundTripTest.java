package io.taospring.client.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RandomBlocks.Sample;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Encoding random blocks of every type and decoding them gives back every value. */
class RawBlockRoundTripTest {

    @Provide
    Arbitrary<Sample> samples() {
        return RandomBlocks.samples(40, 8);
    }

    @Property(tries = 2500)
    void decodesEveryValueThatWasEncoded(@ForAll("samples") Sample sample) {
        RawBlock block = RawBlockCodec.decode(sample.encode());

        assertThat(block.rowCount()).isEqualTo(sample.rows());
        assertThat(block.columnCount()).isEqualTo(sample.columns().size());
        for (int c = 0; c < block.columnCount(); c++) {
            TaosField field = sample.fields().get(c);
            assertThat(block.type(c)).isEqualTo(field.type());
            assertThat(block.internalWidth(c)).isEqualTo(expectedWidth(field));
            for (int r = 0; r < sample.rows(); r++) {
                Object expected = sample.value(c, r);
                assertThat(block.isNull(c, r)).as("isNull column %d row %d", c, r).isEqualTo(expected == null);
                assertThat(RandomBlocks.comparable(block.getObject(c, r))).as("getObject column %d row %d", c, r)
                        .isEqualTo(RandomBlocks.comparable(expected));
                if (expected != null) {
                    assertTypedAccessors(block, c, r, field.type(), expected);
                }
            }
        }
    }

    @Property(tries = 800)
    void reencodingADecodedBlockReproducesItsBytes(@ForAll("samples") Sample sample) {
        byte[] bytes = sample.encode();
        RawBlock block = RawBlockCodec.decode(bytes);

        RawBlockBuilder builder = new RawBlockBuilder(sample.fields());
        for (int c = 0; c < block.columnCount(); c++) {
            for (int r = 0; r < block.rowCount(); r++) {
                RandomBlocks.append(builder, c, block.type(c), block.getObject(c, r));
            }
        }

        assertThat(builder.encode()).isEqualTo(bytes);
    }

    @Property(tries = 500)
    void appendingRowByRowEncodesTheSameBytesAsColumnByColumn(@ForAll("samples") Sample sample) {
        assertThat(sample.encodeRowByRow()).isEqualTo(sample.encode());
    }

    @Property(tries = 500)
    void decodesAVersionTwoBlockLikeVersionOne(@ForAll("samples") Sample sample) {
        byte[] bytes = sample.encode();
        byte[] tmq = bytes.clone();
        tmq[RawBlockCodec.VERSION_OFFSET] = RawBlockCodec.VERSION_TMQ;

        RawBlock query = RawBlockCodec.decode(bytes);
        RawBlock block = RawBlockCodec.decode(tmq);

        assertThat(block.version()).isEqualTo(2);
        for (int c = 0; c < block.columnCount(); c++) {
            for (int r = 0; r < block.rowCount(); r++) {
                assertThat(RandomBlocks.comparable(block.getObject(c, r)))
                        .isEqualTo(RandomBlocks.comparable(query.getObject(c, r)));
            }
        }
    }

    private static int expectedWidth(TaosField field) {
        return switch (field.type()) {
            case DECIMAL -> 16 << 24 | 38 << 8 | field.scale();
            case DECIMAL64 -> 8 << 24 | 18 << 8 | field.scale();
            default -> field.internalWidth();
        };
    }

    private static void assertTypedAccessors(RawBlock block, int c, int r, TaosType type, Object expected) {
        switch (type) {
            case BOOL -> {
                assertThat(block.getBoolean(c, r)).isEqualTo(expected);
                assertThat(block.getLong(c, r)).isEqualTo((Boolean) expected ? 1 : 0);
            }
            case FLOAT, DOUBLE -> assertSameDouble(block.getDouble(c, r), ((Number) expected).doubleValue());
            case UBIGINT -> {
                assertThat(block.getLong(c, r)).isEqualTo(((BigInteger) expected).longValue());
                assertSameDouble(block.getDouble(c, r), ((BigInteger) expected).doubleValue());
            }
            case DECIMAL, DECIMAL64 -> {
                assertThat(block.getDecimal(c, r)).isEqualTo(expected);
                assertThat(block.decimalScale(c)).isEqualTo(((BigDecimal) expected).scale());
            }
            case VARCHAR, JSON, NCHAR -> {
                assertThat(block.getString(c, r)).isEqualTo(expected);
                assertThat(block.getBytes(c, r)).isEqualTo(((String) expected).getBytes(StandardCharsets.UTF_8));
            }
            case VARBINARY, GEOMETRY, BLOB -> assertThat(block.getBytes(c, r)).isEqualTo(expected);
            default -> {
                assertThat(block.getLong(c, r)).isEqualTo(((Number) expected).longValue());
                assertSameDouble(block.getDouble(c, r), ((Number) expected).doubleValue());
            }
        }
    }

    /** Same value, NaN included, -0.0 distinct from 0.0. */
    private static void assertSameDouble(double actual, double expected) {
        assertThat(Double.doubleToLongBits(actual)).as("%s vs %s", actual, expected)
                .isEqualTo(Double.doubleToLongBits(expected));
    }
}
