package io.taospring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosType;
import io.taospring.client.error.StatementError;
import io.taospring.client.protocol.ws.BinaryRequests;
import io.taospring.client.stmt.BindField;
import io.taospring.client.stmt.BoundTable;
import io.taospring.client.stmt.TaosStatement;
import io.taospring.client.transport.TransportStatement;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultTaosStatementTest {

    /** ws-stmt.md 4.4: {@code INSERT INTO ? USING sensors TAGS(?) VALUES(?,?)}, ms database. */
    private static final List<BindField> SENSORS = List.of(
            new BindField("tbname", TaosType.VARCHAR, 271, 0, 0, BindField.Kind.TABLE_NAME),
            new BindField("loc", TaosType.VARCHAR, 22, 0, 0, BindField.Kind.TAG),
            new BindField("ts", TaosType.TIMESTAMP, 8, 0, 0, BindField.Kind.COLUMN),
            new BindField("v", TaosType.INT, 4, 0, 0, BindField.Kind.COLUMN));

    private static final String WORKED_EXAMPLE = "100000000000000007000000000000000900000000000000"
            + "0100ffffffff7f000000010000000100000002000000"
            + "1c000000210000003d00000003006431001800000018000000080000000100000000010200000002000000"
            + "53463e000000230000000900000002000000000000100000000068e5cf8b01000"
            + "0e86be5cf8b0100001b000000040000000200000000010008000000"
            + "2a00000000000000";

    private final List<List<BoundTable>> executed = new ArrayList<>();
    private boolean closed;

    private TaosStatement statement() {
        return new DefaultTaosStatement("INSERT INTO ? USING sensors TAGS(?) VALUES(?,?)", new TransportStatement() {
            @Override
            public boolean isInsert() {
                return true;
            }

            @Override
            public List<BindField> fields() {
                return SENSORS;
            }

            @Override
            public long execute(List<BoundTable> tables, long reqId) {
                executed.add(tables);
                // encode now, as the transport does, before the statement reuses its arrays
                ByteBuffer frame = BinaryRequests.stmt2Bind(0x10, 7, tables);
                byte[] bytes = new byte[frame.remaining()];
                frame.get(bytes);
                frames.add(HexFormat.of().formatHex(bytes));
                return tables.stream().mapToInt(BoundTable::rows).sum();
            }

            @Override
            public void close() {
                closed = true;
            }
        }, new ReqIdGenerator(), s -> { });
    }

    private final List<String> frames = new ArrayList<>();

    @Test
    void bindsTheWorkedExampleRowByRow() {
        try (TaosStatement stmt = statement()) {
            stmt.setTableName("d1").setTags("SF");
            stmt.bindRow(Instant.ofEpochMilli(1_700_000_000_000L), 42).bindRow(1_700_000_001_000L, null);

            assertThat(stmt.execute()).isEqualTo(2);
        }
        assertThat(frames).containsExactly(WORKED_EXAMPLE);
        assertThat(closed).isTrue();
    }

    @Test
    void bindsTheWorkedExampleColumnByColumn() {
        try (TaosStatement stmt = statement()) {
            stmt.setTableName("d1").setTags("SF");
            stmt.bindTimestamps(new long[] {1_700_000_000_000L, 1_700_000_001_000L})
                    .bindInts(1, new int[] {42, 99}, new boolean[] {false, true}).addBatch();

            stmt.execute();
        }
        assertThat(frames).containsExactly(WORKED_EXAMPLE);
    }

    @Test
    void columnsBoundInPiecesEncodeAsTheSameRowsBoundOneByOne() {
        try (TaosStatement stmt = statement()) {
            stmt.setTableName("d1").setTags("SF").bindRow(1L, 10).bindRow(2L, 20).bindRow(3L, 30)
                    .bindRow(4L, null).bindRow(5L, Integer.MIN_VALUE);
            stmt.execute();
            // a row first, so that the bulk copies of null-free arrays start in the middle of the buffers
            stmt.setTableName("d1").setTags("SF").bindRow(1L, 10)
                    .bindTimestamps(new long[] {2L, 3L}).bindInts(1, new int[] {20, 30})
                    .bindTimestamps(new long[] {4L, 5L}).bindInts(1, new int[] {0, Integer.MIN_VALUE},
                            new boolean[] {true, false}).addBatch();
            stmt.execute();
        }
        assertThat(frames).hasSize(2);
        assertThat(frames.get(1)).isEqualTo(frames.get(0));
    }

    @Test
    void isReusableAfterExecuteAndSendsEveryTableOfABatch() {
        try (TaosStatement stmt = statement()) {
            stmt.setTableName("d1").setTags("SF").bindRow(1L, 1).addBatch();
            stmt.setTableName("d2").setTags("LA").bindRow(1L, 2).bindRow(2L, 3).addBatch();
            assertThat(stmt.execute()).isEqualTo(3);
            stmt.setTableName("d1").setTags("SF").bindRow(5L, 5);
            assertThat(stmt.execute()).isEqualTo(1);
        }
        assertThat(executed).hasSize(2);
        assertThat(executed.get(0)).extracting(BoundTable::name).containsExactly("d1", "d2");
        assertThat(executed.get(1)).extracting(BoundTable::rows).containsExactly(1);
    }

    @Test
    void refusesMisuseBeforeSendingAnything() {
        try (TaosStatement stmt = statement()) {
            assertThatThrownBy(() -> stmt.bindRow(1L, 1).addBatch())
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x022B));
            assertThatThrownBy(() -> stmt.setTableName("d1"))
                    .as("rows of an unnamed table are pending").isInstanceOf(StatementError.class);
            assertThatThrownBy(() -> stmt.bindInts(1, new int[] {Integer.MAX_VALUE}).bindShorts(5, new short[1], null))
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x230D));
            assertThatThrownBy(() -> stmt.bindLongs(1, new long[] {1L << 40}))
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x23A4));
            assertThatThrownBy(() -> stmt.bindRow(1L, 1.5))
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x23A4));
            assertThatThrownBy(() -> stmt.bindLongs(0, new long[] {1}, new boolean[] {true}))
                    .isInstanceOfSatisfying(StatementError.class, e -> assertThat(e.errno()).isEqualTo(0x23A4));
        }
        assertThat(executed).isEmpty();
    }

    @Test
    void rollsBackARowThatFailsHalfWay() {
        try (TaosStatement stmt = statement()) {
            stmt.setTableName("d1").setTags("SF").bindRow(1L, 1);
            assertThatThrownBy(() -> stmt.bindRow(2L, "two")).isInstanceOf(StatementError.class);
            assertThat(stmt.execute()).isEqualTo(1);
        }
    }
}
