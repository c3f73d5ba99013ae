package io.taospring.client.protocol.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosType;
import io.taospring.client.stmt.BoundColumn;
import io.taospring.client.stmt.BoundTable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class Stmt2BindDataTest {

    /** The frame of ws-stmt.md 4.4. */
    static final String WORKED_EXAMPLE = """
            10 00 00 00 00 00 00 00 07 00 00 00 00 00 00 00
            09 00 00 00 00 00 00 00 01 00 ff ff ff ff 7f 00
            00 00 01 00 00 00 01 00 00 00 02 00 00 00 1c 00
            00 00 21 00 00 00 3d 00 00 00 03 00 64 31 00 18
            00 00 00 18 00 00 00 08 00 00 00 01 00 00 00 00
            01 02 00 00 00 02 00 00 00 53 46 3e 00 00 00 23
            00 00 00 09 00 00 00 02 00 00 00 00 00 00 10 00
            00 00 00 68 e5 cf 8b 01 00 00 e8 6b e5 cf 8b 01
            00 00 1b 00 00 00 04 00 00 00 02 00 00 00 00 01
            00 08 00 00 00 2a 00 00 00 00 00 00 00
            """;

    static byte[] workedExample() {
        return HexFormat.of().parseHex(WORKED_EXAMPLE.replaceAll("\\s", ""));
    }

    static BoundTable exampleTable() {
        BoundColumn loc = new BoundColumn(TaosType.VARCHAR, 1, new byte[] {0}, new int[] {2},
                "SF".getBytes(StandardCharsets.UTF_8), 2);
        ByteBuffer ts = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(1_700_000_000_000L)
                .putLong(1_700_000_001_000L);
        ByteBuffer v = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(42).putInt(0);
        return new BoundTable("d1", List.of(loc), List.of(
                new BoundColumn(TaosType.TIMESTAMP, 2, new byte[] {0, 0}, null, ts.array(), 16),
                new BoundColumn(TaosType.INT, 2, new byte[] {0, 1}, null, v.array(), 8)));
    }

    @Test
    void encodesTheWorkedExampleByteForByte() {
        ByteBuffer frame = BinaryRequests.stmt2Bind(0x10, 7, List.of(exampleTable()));

        byte[] bytes = new byte[frame.remaining()];
        frame.get(bytes);

        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(HexFormat.of().formatHex(workedExample()));
        assertThat(bytes).hasSize(157);
    }

    @Test
    void decodesTheWorkedExample() {
        byte[] frame = workedExample();

        List<BoundTable> tables = Stmt2BindData.decode(frame, BinaryRequests.STMT2_BIND_DATA_OFFSET,
                frame.length - BinaryRequests.STMT2_BIND_DATA_OFFSET);

        assertThat(tables).hasSize(1);
        BoundTable table = tables.get(0);
        assertThat(table.name()).isEqualTo("d1");
        assertThat(table.rows()).isEqualTo(2);
        BoundColumn loc = table.tags().get(0);
        assertThat(new String(loc.buffer(), loc.bufferOffset(), loc.bufferLength(), StandardCharsets.UTF_8))
                .isEqualTo("SF");
        BoundColumn v = table.columns().get(1);
        assertThat(v.type()).isEqualTo(TaosType.INT);
        assertThat(v.isNull(0)).isFalse();
        assertThat(v.isNull(1)).isTrue();
        assertThat(ByteBuffer.wrap(v.buffer()).order(ByteOrder.LITTLE_ENDIAN).getInt(v.bufferOffset())).isEqualTo(42);
        BoundColumn ts = table.columns().get(0);
        assertThat(ByteBuffer.wrap(ts.buffer()).order(ByteOrder.LITTLE_ENDIAN).getLong(ts.bufferOffset() + 8))
                .isEqualTo(1_700_000_001_000L);
    }

    @Test
    void roundTripsSeveralTablesWithoutNamesOrTags() {
        BoundColumn first = new BoundColumn(TaosType.NCHAR, 3, new byte[] {0, 1, 0}, new int[] {3, 0, 2},
                "abcde".getBytes(StandardCharsets.UTF_8), 5);
        BoundColumn second = new BoundColumn(TaosType.BOOL, 1, new byte[] {0}, null, new byte[] {1}, 1);
        List<BoundTable> tables = List.of(new BoundTable(null, List.of(), List.of(first)),
                new BoundTable(null, List.of(), List.of(new BoundColumn(TaosType.NCHAR, 1, new byte[] {1},
                        new int[] {0}, new byte[0], 0))));
        ByteBuffer out = ByteBuffer.allocate(Stmt2BindData.size(tables));
        Stmt2BindData.encode(tables, out);

        List<BoundTable> decoded = Stmt2BindData.decode(out.array(), 0, out.capacity());

        assertThat(decoded).extracting(BoundTable::name).containsExactly(null, null);
        assertThat(decoded.get(0).columns().get(0).lengths()).containsExactly(3, 0, 2);
        assertThat(decoded.get(1).columns().get(0).isNull(0)).isTrue();
        assertThat(out.getInt(16)).as("no table-name section").isZero();
        assertThat(out.getInt(20)).as("no tag section").isZero();
        assertThat(second.rows()).isEqualTo(1);
    }

    @Test
    void reusesAFrameBufferThatIsLargeEnough() {
        ByteBuffer reuse = ByteBuffer.allocate(4096);

        ByteBuffer frame = BinaryRequests.stmt2Bind(0x10, 7, List.of(exampleTable()), reuse);

        assertThat(frame).isSameAs(reuse);
        byte[] bytes = new byte[frame.remaining()];
        frame.get(bytes);
        assertThat(bytes).isEqualTo(workedExample());
    }

    @Test
    void rejectsTruncatedBindData() {
        byte[] frame = workedExample();

        assertThatThrownBy(() -> Stmt2BindData.decode(frame, BinaryRequests.STMT2_BIND_DATA_OFFSET,
                frame.length - BinaryRequests.STMT2_BIND_DATA_OFFSET - 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTablesThatDisagreeOnTheirShape() {
        BoundTable named = exampleTable();
        BoundTable unnamed = new BoundTable(null, named.tags(), named.columns());

        assertThatThrownBy(() -> BinaryRequests.stmt2Bind(1, 1, List.of(named, unnamed)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
