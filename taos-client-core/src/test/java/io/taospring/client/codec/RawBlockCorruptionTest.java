package io.taospring.client.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import io.taospring.client.Fuzz;
import io.taospring.client.TaosType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import io.taospring.client.codec.RandomBlocks.Sample;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ResultError;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Corrupt and truncated blocks end in a {@link ResultError} ({@link ErrorCodes#MALFORMED_BLOCK}) or in a
 * block whose every cell can be read: never another exception, and never an allocation out of proportion
 * to the input.
 */
@Tag("fuzz")
class RawBlockCorruptionTest {

    private static final Fuzz FUZZ = Fuzz.target("raw block decoder");
    /** Per case, with the sample's own encoding: a claimed size would cost far more. */
    private static final long CASE_ALLOCATION_LIMIT = 32L << 20;

    /** Each case runs on a fresh thread: load and initialise the decoder's classes outside the measured cases. */
    @BeforeAll
    static void warmUp() {
        qt().withExamples(20).forAll(RandomBlocks.samples(24, 6)).checkAssert(sample -> decodeAndReadEveryCell(sample.encode()));
    }

    @AfterAll
    static void report() {
        FUZZ.report();
    }

    /** Far more than any sample (at most a few dozen KB) needs, far less than a claimed size would cost. */
    private static final long ALLOCATION_LIMIT = 4L << 20;

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Integers that break size arithmetic: extremes, small sizes, and values near powers of two. */
    private static Gen<Integer> hostileInts() {
        return integers().all().mix(integers().between(-2, 300), 30)
                .mix(arbitrary().pick(Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 8, 1 << 30,
                        Integer.MAX_VALUE - 3, 0xFFFF, 0x1_0000, 0x1000_0000, -1), 30);
    }

    @Test
    void flippedBytesNeverEscapeAsAnotherException() {
        qt().withExamples(FUZZ.examples(3000)).forAll(RandomBlocks.samples(24, 6), longs().all())
                .checkAssert((sample, randomSeed) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT,
                        () -> flippedBytesNeverEscapeAsAnotherException(sample, new Random(randomSeed))));
    }

    private static void flippedBytesNeverEscapeAsAnotherException(Sample sample, Random random) {
        byte[] bytes = sample.encode();
        int flips = 1 + random.nextInt(4);
        int structure = (int) Math.min(bytes.length, RawBlockCodec.dataStart(sample.columns().size()) + 64);
        for (int i = 0; i < flips; i++) {
            int at = random.nextBoolean() ? random.nextInt(structure) : random.nextInt(bytes.length);
            bytes[at] ^= (byte) (1 + random.nextInt(255));
        }

        decodeAndReadEveryCell(bytes);
    }

    @Test
    void hostileHeaderAndLengthFieldsNeverEscapeAsAnotherException() {
        qt().withExamples(FUZZ.examples(1500)).forAll(RandomBlocks.samples(24, 6), hostileInts(), longs().all())
                .checkAssert((sample, value, randomSeed) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT,
                        () -> hostileHeaderAndLengthFieldsNeverEscapeAsAnotherException(sample, value, new Random(randomSeed))));
    }

    private static void hostileHeaderAndLengthFieldsNeverEscapeAsAnotherException(Sample sample, int value, Random random) {
        byte[] bytes = sample.encode();
        int cols = sample.columns().size();
        int[] fields = {
            RawBlockCodec.TOTAL_LENGTH_OFFSET, RawBlockCodec.ROWS_OFFSET, RawBlockCodec.COLS_OFFSET,
            RawBlockCodec.HEADER_SIZE + RawBlockCodec.SCHEMA_ENTRY_SIZE * random.nextInt(cols)
                    + RawBlockCodec.SCHEMA_WIDTH_OFFSET,
            RawBlockCodec.HEADER_SIZE + RawBlockCodec.SCHEMA_ENTRY_SIZE * cols
                    + RawBlockCodec.COLUMN_LENGTH_SIZE * random.nextInt(cols),
            (int) RawBlockCodec.dataStart(cols) + random.nextInt(Math.max(1, bytes.length - 4
                    - (int) RawBlockCodec.dataStart(cols))),
        };
        int at = Math.min(fields[random.nextInt(fields.length)], bytes.length - 4);
        LittleEndian.putInt(bytes, at, value);

        decodeAndReadEveryCell(bytes);
    }

    @Test
    void insertedOrDeletedBytesNeverEscapeAsAnotherException() {
        qt().withExamples(FUZZ.examples(1000)).forAll(RandomBlocks.samples(24, 6), longs().all())
                .checkAssert((sample, randomSeed) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT,
                        () -> insertedOrDeletedBytesNeverEscapeAsAnotherException(sample, new Random(randomSeed))));
    }

    private static void insertedOrDeletedBytesNeverEscapeAsAnotherException(Sample sample, Random random) {
        byte[] bytes = sample.encode();
        int at = random.nextInt(bytes.length);
        int count = 1 + random.nextInt(8);
        byte[] changed;
        if (random.nextBoolean()) {
            byte[] inserted = new byte[count];
            random.nextBytes(inserted);
            changed = new byte[bytes.length + count];
            System.arraycopy(bytes, 0, changed, 0, at);
            System.arraycopy(inserted, 0, changed, at, count);
            System.arraycopy(bytes, at, changed, at + count, bytes.length - at);
        } else {
            int removed = Math.min(count, bytes.length - at);
            changed = new byte[bytes.length - removed];
            System.arraycopy(bytes, 0, changed, 0, at);
            System.arraycopy(bytes, at + removed, changed, at, bytes.length - at - removed);
        }

        decodeAndReadEveryCell(changed);
    }

    @Test
    void everyTruncationIsRejected() {
        qt().withExamples(FUZZ.examples(1000)).forAll(RandomBlocks.samples(24, 6), longs().all())
                .checkAssert((sample, randomSeed) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT,
                        () -> everyTruncationIsRejected(sample, new Random(randomSeed))));
    }

    private static void everyTruncationIsRejected(Sample sample, Random random) {
        byte[] bytes = sample.encode();
        byte[] truncated = Arrays.copyOf(bytes, random.nextInt(bytes.length));

        assertThatThrownBy(() -> RawBlockCodec.decode(truncated))
                .isInstanceOfSatisfying(ResultError.class,
                        e -> assertThat(e.errno()).isEqualTo(ErrorCodes.MALFORMED_BLOCK));
    }

    @Test
    void aTruncationThatTheHeaderAgreesWithIsRejectedUnlessOnlyTheBlankFillIsMissing() {
        qt().withExamples(FUZZ.examples(1000)).forAll(RandomBlocks.samples(24, 6), longs().all())
                .checkAssert((sample, randomSeed) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT,
                        () -> aTruncationThatTheHeaderAgreesWithIsRejectedUnlessOnlyTheBlankFillIsMissing(sample, new Random(randomSeed))));
    }

    private static void aTruncationThatTheHeaderAgreesWithIsRejectedUnlessOnlyTheBlankFillIsMissing(Sample sample, Random random) {
        byte[] bytes = sample.encode();
        int length = random.nextBoolean() ? bytes.length - 1 : random.nextInt(bytes.length);
        byte[] truncated = Arrays.copyOf(bytes, length);
        if (length >= RawBlockCodec.TOTAL_LENGTH_OFFSET + 4) {
            LittleEndian.putInt(truncated, RawBlockCodec.TOTAL_LENGTH_OFFSET, length);
        }

        if (length == bytes.length - 1) {
            assertThat(RawBlockCodec.decode(truncated).rowCount()).isEqualTo(sample.rows());
        } else {
            assertThatThrownBy(() -> RawBlockCodec.decode(truncated))
                    .isInstanceOfSatisfying(ResultError.class,
                            e -> assertThat(e.errno()).isEqualTo(ErrorCodes.MALFORMED_BLOCK));
        }
    }

    /** Decodes, then reads every cell through every accessor that fits its type; any failure but a malformed block fails. */
    static void decodeAndReadEveryCell(byte[] bytes) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        RawBlock block;
        try {
            block = RawBlockCodec.decode(bytes);
        } catch (ResultError e) {
            assertThat(e.errno()).as(e.getMessage()).isEqualTo(ErrorCodes.MALFORMED_BLOCK);
            assertThat(e.getMessage()).contains("at byte");
            return;
        } finally {
            assertThat(THREADS.getCurrentThreadAllocatedBytes() - before).isLessThan(ALLOCATION_LIMIT);
        }
        for (int c = 0; c < block.columnCount(); c++) {
            for (int r = 0; r < block.rowCount(); r++) {
                readCell(block, c, r);
            }
        }
    }

    private static void readCell(RawBlock block, int c, int r) {
        TaosType type = block.type(c);
        block.isNull(c, r);
        block.getObject(c, r);
        if (type.isVariable()) {
            block.getBytes(c, r);
        }
        if (type.isText()) {
            block.getString(c, r);
        }
        if (type.isDecimal()) {
            block.getDecimal(c, r);
        }
        if (!type.isVariable() && type != TaosType.NULL) {
            block.getDouble(c, r);
        }
    }
}
