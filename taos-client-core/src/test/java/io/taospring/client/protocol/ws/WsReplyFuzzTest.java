package io.taospring.client.protocol.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.taospring.client.Fuzz;
import io.taospring.client.codec.RandomBlocks;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockCodec;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.ResultError;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket reply parsers on garbage: a JSON reply is parsed or rejected as a malformed response
 * ({@link InterfaceError}, {@link ErrorCodes#MALFORMED_RESPONSE}); a {@code fetch_raw_block} frame is decoded,
 * its block readable cell by cell, or rejected as malformed (the frame) or a malformed block
 * ({@link ResultError}). Never another exception, never an allocation out of proportion.
 */
@Tag("fuzz")
class WsReplyFuzzTest {

    private static final Fuzz FUZZ = Fuzz.target("WebSocket reply parsers (JSON and fetch_raw_block)");
    private static final long CASE_ALLOCATION_LIMIT = 16L << 20;
    private static final int[] JSON_ALPHABET = "{}[]:,\"\\ 0123456789.-+eEtrufalsn_aciodqxyz\u00e9\u6c49"
            .codePoints().toArray();
    private static final List<String> SEEDS = List.of(
            "{\"code\":0,\"message\":\"\",\"action\":\"query\",\"req_id\":6,\"timing\":1034000,\"id\":1,"
                    + "\"is_update\":false,\"affected_rows\":0,\"fields_count\":3,"
                    + "\"fields_names\":[\"ts\",\"current\",\"location\"],\"fields_types\":[9,6,8],"
                    + "\"fields_lengths\":[8,4,24],\"precision\":0,\"fields_precisions\":[0,0,0],"
                    + "\"fields_scales\":[0,0,0]}",
            "{\"code\":9728,\"message\":\"syntax error near \\\"x\\\"\",\"action\":\"query\",\"req_id\":5}",
            "{\"code\":0,\"message\":\"\",\"action\":\"conn\",\"req_id\":7,\"timing\":3456789,\"version\":\"3.3.6.13\"}",
            "{\"code\":0,\"action\":\"stmt2_prepare\",\"req_id\":2,\"stmt_id\":1,\"is_insert\":true,"
                    + "\"fields\":[{\"name\":\"ts\",\"field_type\":9,\"precision\":0,\"scale\":0,\"bytes\":8,"
                    + "\"bind_type\":1}],\"fields_count\":1}");

    private final WsJson json = new WsJson();

    @AfterAll
    static void report() {
        FUZZ.report();
    }

    @Test
    void randomJsonIsParsedOrRejectedAsMalformed() {
        qt().withExamples(FUZZ.examples(2_000)).forAll(Fuzz.text(JSON_ALPHABET, 200))
                .checkAssert(text -> FUZZ.bounded(CASE_ALLOCATION_LIMIT, () -> parseOrReject(text)));
    }

    @Test
    void mutatedRepliesAreParsedOrRejectedAsMalformed() {
        qt().withExamples(FUZZ.examples(2_000)).forAll(integers().between(0, SEEDS.size() - 1), Fuzz.edits())
                .checkAssert((seed, edits) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT,
                        () -> parseOrReject(Fuzz.mutate(SEEDS.get(seed), edits, JSON_ALPHABET))));
    }

    @Test
    void corruptFetchRawBlockFramesAreDecodedOrRejected() {
        qt().withExamples(FUZZ.examples(2_000)).forAll(RandomBlocks.samples(8, 5), longs().all())
                .checkAssert((sample, seed) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT, () -> {
                    byte[] block = sample.encode();
                    byte[] frame = FetchRawBlockReplyTest.dataFrame(3, 1, block, block.length);
                    decodeOrReject(Fuzz.mutate(frame, new Random(seed)));
                }));
    }

    private void parseOrReject(String text) {
        try {
            JsonReply reply = json.parse(text);
            assertThat(reply).isNotNull();
        } catch (InterfaceError e) {
            assertThat(e.errno()).isEqualTo(ErrorCodes.MALFORMED_RESPONSE);
        }
    }

    private static void decodeOrReject(byte[] frame) {
        FetchRawBlockReply reply;
        try {
            reply = FetchRawBlockReply.decode(frame);
        } catch (InterfaceError e) {
            assertThat(e.errno()).isEqualTo(ErrorCodes.MALFORMED_RESPONSE);
            return;
        }
        if (reply.finished()) {
            return;
        }
        try {
            RawBlock block = RawBlockCodec.decode(reply.frame(), reply.blockOffset(), reply.blockLength());
            for (int c = 0; c < block.columnCount(); c++) {
                for (int r = 0; r < block.rowCount(); r++) {
                    block.getObject(c, r);
                }
            }
        } catch (ResultError e) {
            assertThat(e.errno()).isEqualTo(ErrorCodes.MALFORMED_BLOCK);
        }
    }
}
