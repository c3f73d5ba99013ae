package io.taospring.client.codec;

import static io.taospring.client.codec.RawBlockWorkedExampleTest.EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ResultError;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each structural check of the decoder, on the worked example with one field broken. Positions in the
 * example: version 0, total length 4, rows 8, cols 12, flag 16; schema entries at 28, 33, 38 (widths one
 * byte later); column lengths at 43, 47, 51; ts at 55, v at 72, s offsets at 81 and 85, s value area at
 * 89; blankFill at 93.
 */
class RawBlockValidationTest {

    private static final int COL1_WIDTH = 34;
    private static final int COL2_TYPE = 38;
    private static final int LENGTH_1 = 47;
    private static final int LENGTH_2 = 51;
    private static final int S_OFFSET_0 = 81;
    private static final int S_OFFSET_1 = 85;
    private static final int S_VALUE_AREA = 89;

    @Test
    void rejectsATruncatedHeader() {
        assertMalformed(Arrays.copyOf(EXAMPLE, 27), "truncated header: 27 of 28 bytes", 0);
    }

    @Test
    void rejectsAnEmptyInput() {
        assertMalformed(new byte[0], "truncated header: 0 of 28 bytes", 0);
    }

    @Test
    void rejectsAnUnknownVersion() {
        assertMalformed(withInt(EXAMPLE, 0, 3), "unsupported version 3", 0);
    }

    @Test
    void rejectsATotalLengthShorterThanTheHeader() {
        assertMalformed(withInt(EXAMPLE, 4, 27), "total length 27 is shorter than the 28-byte header", 4);
    }

    @Test
    void rejectsABlockShorterThanItsTotalLength() {
        assertMalformed(Arrays.copyOf(EXAMPLE, 90), "header claims 94 bytes but only 90 are present", 4);
    }

    @Test
    void rejectsANegativeRowCount() {
        assertMalformed(withInt(EXAMPLE, 8, -1), "negative row count -1", 8);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejectsAColumnCountBelowOne(int cols) {
        assertMalformed(withInt(EXAMPLE, 12, cols), "column count " + cols + " is not positive", 12);
    }

    @Test
    void rejectsMoreColumnsThanTheBlockCanHold() {
        assertMalformed(withInt(EXAMPLE, 12, 8), "8 columns need 100 bytes", 12);
    }

    @Test
    void rejectsAFlagSegmentWithoutTheSchemaBit() {
        assertMalformed(withInt(EXAMPLE, 16, 0), "flag segment 0x00000000 lacks the column-schema bit", 16);
    }

    @ParameterizedTest
    @ValueSource(ints = {19, 22, 100, -1})
    void rejectsAnUnknownTypeId(int typeId) {
        byte[] block = EXAMPLE.clone();
        block[COL2_TYPE] = (byte) typeId;

        assertMalformed(block, "column 2 has unknown type id " + typeId, COL2_TYPE);
    }

    @Test
    void rejectsAFixedSchemaWidthThatIsNotTheTypeSize() {
        assertMalformed(withInt(EXAMPLE, COL1_WIDTH, 8), "column 1 (INT) has schema width 8, expected 4", COL1_WIDTH);
    }

    @Test
    void rejectsADecimalWidthWithAScaleAbovePrecision() {
        byte[] block = new RawBlockBuilder(List.of(new TaosField("d", TaosType.DECIMAL64, 8, 2)))
                .appendDecimal(0, new BigDecimal("1.25")).encode();
        int width = RawBlockCodec.HEADER_SIZE + RawBlockCodec.SCHEMA_WIDTH_OFFSET;

        assertMalformed(withInt(block, width, 8 << 24 | 10 << 8 | 11),
                "column 0 (DECIMAL64) has schema width 0x08000a0b: storage 8, precision 10, scale 11", width);
        assertMalformed(withInt(block, width, 16 << 24 | 10 << 8 | 2), "storage 16", width);
    }

    @Test
    void rejectsAFixedColumnLengthOtherThanRowsTimesSize() {
        assertMalformed(withInt(EXAMPLE, LENGTH_1, 12), "column 1 (INT) has length 12, expected 2 rows x 4 bytes = 8",
                LENGTH_1);
    }

    @Test
    void rejectsANegativeVariableColumnLength() {
        assertMalformed(withInt(EXAMPLE, LENGTH_2, -4), "column 2 (VARCHAR) has negative length -4", LENGTH_2);
    }

    @Test
    void rejectsAColumnThatEndsBeyondTheBlock() {
        assertMalformed(withInt(EXAMPLE, LENGTH_2, 6), "column 2 (VARCHAR) ends at byte 95, beyond the block's 94 bytes",
                S_OFFSET_0);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 1000, -2, Integer.MIN_VALUE})
    void rejectsAnOffsetOutsideTheValueArea(int offset) {
        assertMalformed(withInt(EXAMPLE, S_OFFSET_1, offset),
                "column 2 (VARCHAR) row 1 has offset " + offset + " outside its 4-byte value area", S_OFFSET_1);
    }

    @Test
    void rejectsAValueThatOverrunsTheValueArea() {
        byte[] block = EXAMPLE.clone();
        block[S_VALUE_AREA] = 3;

        assertMalformed(block, "column 2 (VARCHAR) row 0: a 3-byte value at offset 0 overruns its 4-byte value area",
                S_VALUE_AREA);
    }

    @Test
    void rejectsABlobLengthPrefixBeyondTheValueArea() {
        byte[] block = new RawBlockBuilder(List.of(new TaosField("b", TaosType.BLOB, 100)))
                .appendBytes(0, new byte[] {1, 2, 3}).encode();
        int area = (int) RawBlockCodec.dataStart(1) + RawBlockCodec.OFFSET_SIZE;

        assertMalformed(withInt(block, area, -1), "a 4294967295-byte value at offset 0 overruns its 7-byte value area",
                area);
    }

    @Test
    void rejectsAnNcharValueLengthThatIsNotAMultipleOfFour() {
        byte[] block = new RawBlockBuilder(List.of(new TaosField("n", TaosType.NCHAR, 4)))
                .appendString(0, "a").encode();
        int area = (int) RawBlockCodec.dataStart(1) + RawBlockCodec.OFFSET_SIZE;
        block[area] = 3;

        assertMalformed(block, "column 0 (NCHAR) row 0: value length 3 is not a multiple of 4", area);
    }

    @Test
    void rejectsAHugeRowClaimWithoutAllocatingForIt() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        byte[] claim = withInt(EXAMPLE, 8, Integer.MAX_VALUE);

        long before = threads.getCurrentThreadAllocatedBytes();
        assertMalformed(claim, "column 0 (TIMESTAMP) has length 16, expected 2147483647 rows x 8 bytes", 43);
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(1 << 20);
    }

    @Test
    void rejectsAHugeRowClaimOnAVariableColumnBeforeReadingItsOffsets() {
        byte[] block = new RawBlockBuilder(List.of(new TaosField("s", TaosType.VARCHAR, 8)))
                .appendString(0, "x").encode();

        assertMalformed(withInt(block, 8, Integer.MAX_VALUE), "column 0 (VARCHAR) ends at byte 8589934628", 37);
    }

    @Test
    void rejectsAnOffsetAndLengthOutsideTheArrayAsAProgrammingError() {
        assertThatThrownBy(() -> RawBlockCodec.decode(EXAMPLE, 10, EXAMPLE.length))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void acceptsABlockOfZeroRows() {
        byte[] block = new RawBlockBuilder(RawBlockWorkedExampleTest.FIELDS).encode();

        RawBlock decoded = RawBlockCodec.decode(block);

        assertThat(decoded.rowCount()).isZero();
        assertThat(decoded.columnCount()).isEqualTo(3);
        assertThat(block).hasSize(28 + 9 * 3 + 1);
    }

    private static byte[] withInt(byte[] block, int at, int value) {
        byte[] copy = block.clone();
        LittleEndian.putInt(copy, at, value);
        return copy;
    }

    private static void assertMalformed(byte[] block, String problem, int at) {
        assertThatThrownBy(() -> RawBlockCodec.decode(block))
                .isInstanceOfSatisfying(ResultError.class, e -> {
                    assertThat(e.errno()).isEqualTo(ErrorCodes.MALFORMED_BLOCK);
                    assertThat(e.getMessage()).contains(problem).contains("(at byte " + at + ")");
                });
    }
}
