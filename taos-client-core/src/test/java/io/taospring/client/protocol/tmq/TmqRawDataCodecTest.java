package io.taospring.client.protocol.tmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockBuilder;
import io.taospring.client.error.InterfaceError;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TMQ raw data of ws-tmq.md 7.3, byte for byte. */
class TmqRawDataCodecTest {

    /** ws-tmq.md 7.3: one block of table d1001 (ts, v, s), offsets 0 and 5. */
    static final byte[] EXAMPLE = HexFormat.of().parseHex((""
            + "01 00 00 00 00 00 00 00 00 01 05 00 00 00 00 00"
            + "00 00 01 00 00 00 01 01 70 01 00 00 00 00 00 00"
            + "00 00 00 00 00 00 00 00 02 00 00 02 00 00 00 5e"
            + "00 00 00 02 00 00 00 03 00 00 00 00 00 00 80 00"
            + "00 00 00 00 00 00 00 09 08 00 00 00 04 04 00 00"
            + "00 08 0c 00 00 00 10 00 00 00 08 00 00 00 04 00"
            + "00 00 00 00 68 e5 cf 8b 01 00 00 e8 6b e5 cf 8b"
            + "01 00 00 40 2a 00 00 00 00 00 00 00 00 00 00 00"
            + "ff ff ff ff 02 00 61 62 00 06 00 09 01 10 02 03"
            + "74 73 00 04 01 08 04 02 76 00 08 01 18 06 02 73"
            + "00 06 64 31 30 30 31 00 00 00 00 00 00 00 00 00").replace(" ", ""));

    static final List<TmqColumn> COLUMNS = List.of(new TmqColumn("ts", TaosType.TIMESTAMP, 8, 1),
            new TmqColumn("v", TaosType.INT, 4, 2), new TmqColumn("s", TaosType.VARCHAR, 12, 3));

    static byte[] exampleBlock() {
        RawBlockBuilder builder = new RawBlockBuilder(List.of(TaosField.of("ts", TaosType.TIMESTAMP),
                TaosField.of("v", TaosType.INT), new TaosField("s", TaosType.VARCHAR, 10)));
        builder.appendLong(0, 1_700_000_000_000L).appendLong(1, 42).appendString(2, "ab");
        builder.appendLong(0, 1_700_000_001_000L).appendNull(1).appendNull(2);
        return TmqRawDataCodec.asTmqBlock(builder.encode());
    }

    @Test
    void decodesTheWorkedExample() {
        TmqRawData data = TmqRawDataCodec.decode(EXAMPLE);

        assertThat(data.requestOffset()).isZero();
        assertThat(data.responseOffset()).isEqualTo(5);
        assertThat(data.blocks()).hasSize(1);
        TmqBlock block = data.blocks().get(0);
        assertThat(block.tableName()).isEqualTo("d1001");
        assertThat(block.precision()).isEqualTo(Precision.MILLISECONDS);
        assertThat(block.columns()).isEqualTo(COLUMNS);
        RawBlock rows = block.decode();
        assertThat(rows.version()).isEqualTo(2);
        assertThat(rows.rowCount()).isEqualTo(2);
        assertThat(rows.getLong(0, 1)).isEqualTo(1_700_000_001_000L);
        assertThat(rows.getLong(1, 0)).isEqualTo(42);
        assertThat(rows.getString(2, 0)).isEqualTo("ab");
        assertThat(rows.isNull(2, 1)).isTrue();
    }

    @Test
    void encodesTheWorkedExampleByteForByte() {
        TmqRawData data = new TmqRawData(0, 5,
                List.of(new TmqBlock("d1001", Precision.MILLISECONDS, COLUMNS, exampleBlock())));

        assertThat(TmqRawDataCodec.encode(data)).isEqualTo(EXAMPLE);
    }

    @Test
    void writesTheRowCountBigEndian() {
        byte[] encoded = TmqRawDataCodec.encode(new TmqRawData(0, 5,
                List.of(new TmqBlock("d1001", Precision.MILLISECONDS, COLUMNS, exampleBlock()))));

        assertThat(Arrays.copyOfRange(encoded, 0x21, 0x29)).containsExactly(0, 0, 0, 0, 0, 0, 0, 2);
    }

    @Test
    void rejectsTruncatedData() {
        assertThatThrownBy(() -> TmqRawDataCodec.decode(Arrays.copyOf(EXAMPLE, 0x60)))
                .isInstanceOf(InterfaceError.class).hasMessageContaining("malformed TMQ raw data");
    }

    @Test
    void rejectsABlockWhoseLengthDisagreesWithItsEntry() {
        byte[] corrupt = EXAMPLE.clone();
        corrupt[0x18] = 0x6F; // entryLen one short of the raw block

        assertThatThrownBy(() -> TmqRawDataCodec.decode(corrupt)).isInstanceOf(InterfaceError.class);
    }

    @Test
    void skipsAFormatVersionHead() {
        byte[] versioned = new byte[EXAMPLE.length - 18 + 5 + 3];
        versioned[0] = 100;
        versioned[1] = 3; // int32 3 (LE): three bytes to skip
        System.arraycopy(EXAMPLE, 18, versioned, 8, EXAMPLE.length - 18);

        TmqRawData data = TmqRawDataCodec.decode(versioned);

        assertThat(data.blocks().get(0).tableName()).isEqualTo("d1001");
    }

    /** Found by fuzzing: a block count of 2^31-1 sized an ArrayList before any block was read. */
    @Test
    void aHugeCountAnywhereIsRejectedWithoutSizingAnAllocationByIt() {
        for (int at = 0; at + 4 <= EXAMPLE.length; at++) {
            byte[] data = EXAMPLE.clone();
            data[at] = (byte) 0xFF;
            data[at + 1] = (byte) 0xFF;
            data[at + 2] = (byte) 0xFF;
            data[at + 3] = (byte) 0x7F;
            try {
                TmqRawDataCodec.decode(data);
            } catch (InterfaceError e) {
                assertThat(e.getMessage()).startsWith("[0x23A1] malformed TMQ raw data");
            }
        }
    }
}
