package io.taospring.client.protocol.tmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.taospring.client.Fuzz;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.TaosException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The TMQ reply parsers on garbage: JSON replies are parsed or rejected as malformed; a
 * {@code fetch_raw_data} frame is decoded, its raw data and every block in it readable, or rejected with a
 * {@link TaosException} of the malformed-response or malformed-block kind. Never another exception.
 */
@Tag("fuzz")
class TmqReplyFuzzTest {

    private static final Fuzz FUZZ = Fuzz.target("TMQ reply parsers (JSON and fetch_raw_data)");
    private static final long CASE_ALLOCATION_LIMIT = 16L << 20;
    private static final int[] JSON_ALPHABET = "{}[]:,\"\\ 0123456789.-+eEtrufalsn_acipodvgq\u00e9".codePoints()
            .toArray();
    private static final List<String> SEEDS = List.of(
            "{\"code\":0,\"message\":\"\",\"action\":\"poll\",\"req_id\":4,\"timing\":9,\"have_message\":true,"
                    + "\"topic\":\"t\",\"database\":\"db\",\"vgroup_id\":2,\"message_type\":1,\"message_id\":5,"
                    + "\"offset\":12}",
            "{\"code\":0,\"action\":\"assignment\",\"req_id\":3,\"assignment\":[{\"vgroup_id\":2,\"offset\":0,"
                    + "\"begin\":0,\"end\":10}]}",
            "{\"code\":0,\"action\":\"committed\",\"req_id\":8,\"committed\":[1,-2147467247]}",
            "{\"code\":16407,\"message\":\"Invalid status, please subscribe topic first\",\"action\":\"poll\"}");

    private final TmqJson json = new TmqJson();

    @AfterAll
    static void report() {
        FUZZ.report();
    }

    @Test
    void randomAndMutatedJsonIsParsedOrRejectedAsMalformed() {
        qt().withExamples(FUZZ.examples(3_000)).forAll(integers().between(0, SEEDS.size() - 1), Fuzz.edits(),
                Fuzz.text(JSON_ALPHABET, 120), integers().between(0, 1))
                .checkAssert((seed, edits, random, pick) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT, () -> {
                    String text = pick == 0 ? random : Fuzz.mutate(SEEDS.get(seed), edits, JSON_ALPHABET);
                    try {
                        assertThat(json.parse(text)).isNotNull();
                    } catch (InterfaceError e) {
                        assertThat(e.errno()).isEqualTo(ErrorCodes.MALFORMED_RESPONSE);
                    }
                }));
    }

    @Test
    void corruptFetchRawDataFramesAreDecodedOrRejected() {
        byte[] frame = FetchRawDataReply.encode(7, 5, 0, "", 1, FetchRawDataReply.RAW_TYPE_DATA,
                TmqRawDataCodecTest.EXAMPLE);
        qt().withExamples(FUZZ.examples(3_000)).forAll(longs().all())
                .checkAssert(seed -> FUZZ.bounded(CASE_ALLOCATION_LIMIT,
                        () -> decodeOrReject(Fuzz.mutate(frame, new Random(seed)))));
    }

    private static void decodeOrReject(byte[] frame) {
        try {
            FetchRawDataReply reply = FetchRawDataReply.decode(frame);
            if (reply.code() != 0 || reply.rawType() != FetchRawDataReply.RAW_TYPE_DATA) {
                return;
            }
            for (TmqBlock block : reply.rawData().blocks()) {
                RawBlock decoded = block.decode();
                for (int c = 0; c < decoded.columnCount(); c++) {
                    for (int r = 0; r < decoded.rowCount(); r++) {
                        decoded.getObject(c, r);
                    }
                }
            }
        } catch (TaosException e) {
            assertThat(e.errno()).isIn(ErrorCodes.MALFORMED_RESPONSE, ErrorCodes.MALFORMED_BLOCK);
        }
    }
}
