package io.taospring.client.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of {@code protocol/raw-block.md} section 5, byte for byte. */
class RawBlockWorkedExampleTest {

    /** The 94 bytes of the example: ts TIMESTAMP, v INT, s VARCHAR(10); rows (1700000000000, 42, "ab"), (1700000001000, NULL, NULL). */
    static final byte[] EXAMPLE = HexFormat.of().parseHex(""
            + "010000005e000000020000000300000000000080000000000000000009080000"
            + "00040400000008" + "0c00000010000000080000000400000000" + "0068e5cf8b010000"
            + "e86be5cf8b010000" + "402a00000000000000" + "00000000ffffffff" + "0200616200");

    static final List<TaosField> FIELDS = List.of(
            TaosField.of("ts", TaosType.TIMESTAMP),
            TaosField.of("v", TaosType.INT),
            new TaosField("s", TaosType.VARCHAR, 10));

    @Test
    void exampleIsNinetyFourBytes() {
        assertThat(EXAMPLE).hasSize(94);
    }

    @Test
    void decodesTheExampleToItsStatedValues() {
        RawBlock block = RawBlockCodec.decode(EXAMPLE);

        assertThat(block.version()).isEqualTo(1);
        assertThat(block.groupId()).isZero();
        assertThat(block.rowCount()).isEqualTo(2);
        assertThat(block.columnCount()).isEqualTo(3);
        assertThat(List.of(block.type(0), block.type(1), block.type(2)))
                .containsExactly(TaosType.TIMESTAMP, TaosType.INT, TaosType.VARCHAR);
        assertThat(List.of(block.internalWidth(0), block.internalWidth(1), block.internalWidth(2)))
                .containsExactly(8, 4, 12);
        assertThat(block.getLong(0, 0)).isEqualTo(1_700_000_000_000L);
        assertThat(block.getLong(0, 1)).isEqualTo(1_700_000_001_000L);
        assertThat(block.getLong(1, 0)).isEqualTo(42);
        assertThat(block.isNull(1, 1)).isTrue();
        assertThat(block.getString(2, 0)).isEqualTo("ab");
        assertThat(block.isNull(2, 1)).isTrue();
        assertThat(block.getString(2, 1)).isNull();
    }

    @Test
    void encodingTheExampleRowsReproducesItsBytes() {
        RawBlockBuilder builder = new RawBlockBuilder(FIELDS);
        builder.appendLong(0, 1_700_000_000_000L).appendLong(1, 42).appendString(2, "ab");
        builder.appendLong(0, 1_700_000_001_000L).appendNull(1).appendNull(2);

        assertThat(builder.rowCount()).isEqualTo(2);
        assertThat(builder.encode()).isEqualTo(EXAMPLE);
    }

    @Test
    void decodesTheExampleAsATmqBlockOfVersionTwo() {
        byte[] tmq = EXAMPLE.clone();
        tmq[0] = 2;

        RawBlock block = RawBlockCodec.decode(tmq);

        assertThat(block.version()).isEqualTo(2);
        assertThat(block.getLong(1, 0)).isEqualTo(42);
        assertThat(block.getString(2, 0)).isEqualTo("ab");
    }

    @Test
    void toleratesAMissingBlankFillByte() {
        byte[] withoutBlankFill = Arrays.copyOf(EXAMPLE, 93);
        withoutBlankFill[4] = 93;

        RawBlock block = RawBlockCodec.decode(withoutBlankFill);

        assertThat(block.getLong(0, 1)).isEqualTo(1_700_000_001_000L);
        assertThat(block.getString(2, 0)).isEqualTo("ab");
    }

    @Test
    void decodesABlockInsideALargerBufferAndIgnoresBytesAfterItsTotalLength() {
        byte[] framed = new byte[10 + EXAMPLE.length + 7];
        Arrays.fill(framed, (byte) 0x5A);
        System.arraycopy(EXAMPLE, 0, framed, 10, EXAMPLE.length);

        RawBlock block = RawBlockCodec.decode(framed, 10, EXAMPLE.length + 7);

        assertThat(block.getLong(0, 0)).isEqualTo(1_700_000_000_000L);
        assertThat(block.getString(2, 0)).isEqualTo("ab");
        assertThat(block.isNull(2, 1)).isTrue();
    }
}
