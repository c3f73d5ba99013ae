package io.taospring.client.transport.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.taospring.client.Fuzz;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.Operation;
import io.taospring.client.error.TaosException;
import io.taospring.client.transport.QueryResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;

/**
 * The REST answer reader on garbage: a body is read to its last row, every cell converted, or rejected with
 * a {@link TaosException} (a malformed response, or the server's own error when the body says so); never
 * another exception.
 */
@Tag("fuzz")
class RestResponseFuzzTest {

    private static final Fuzz FUZZ = Fuzz.target("REST response reader");
    private static final long CASE_ALLOCATION_LIMIT = 16L << 20;
    private static final int[] JSON_ALPHABET = "{}[]:,\"\\ 0123456789.-+eEtrufalsn_cdoimTZ\u00e9\u6c49"
            .codePoints().toArray();
    private static final List<String> SEEDS = List.of(
            "{\"code\":0,\"column_meta\":[[\"affected_rows\",\"INT\",4]],\"data\":[[0]],\"rows\":1}",
            "{\"code\":0,\"column_meta\":[[\"ts\",\"TIMESTAMP\",8],[\"current\",\"FLOAT\",4],[\"n\",\"NCHAR\",10],"
                    + "[\"b\",\"BOOL\",1],[\"u\",\"BIGINT UNSIGNED\",8],[\"d\",\"DECIMAL(10,2)\",8],"
                    + "[\"v\",\"VARBINARY\",8]],\"data\":[[\"2022-05-01T08:00:00.000Z\",10.3,\"\u6c49\",true,"
                    + "18446744073709551615,\"12.50\",\"0a0b\"],[null,null,null,null,null,null,null]],\"rows\":2}",
            "{\"code\":9728,\"desc\":\"syntax error near \\\"x\\\"\",\"timing\":91234}");

    private final RestResponseReader reader = new RestResponseReader(JsonFactory.builder().build());

    @AfterAll
    static void report() {
        FUZZ.report();
    }

    @Test
    void randomBodiesAreReadOrRejected() {
        qt().withExamples(FUZZ.examples(1_500)).forAll(Fuzz.text(JSON_ALPHABET, 160))
                .checkAssert(body -> FUZZ.bounded(CASE_ALLOCATION_LIMIT, () -> readOrReject(body)));
    }

    @Test
    void mutatedBodiesAreReadOrRejected() {
        qt().withExamples(FUZZ.examples(3_000)).forAll(integers().between(0, SEEDS.size() - 1), Fuzz.edits())
                .checkAssert((seed, edits) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT,
                        () -> readOrReject(Fuzz.mutate(SEEDS.get(seed), edits, JSON_ALPHABET))));
    }

    private void readOrReject(String body) {
        RequestContext context = new RequestContext(Operation.QUERY, 1, "select *");
        try {
            QueryResponse response = reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                    context);
            try {
                for (RawBlock block = response.nextBlock(); block != null; block = response.nextBlock()) {
                    for (int c = 0; c < block.columnCount(); c++) {
                        for (int r = 0; r < block.rowCount(); r++) {
                            block.getObject(c, r);
                        }
                    }
                }
            } finally {
                response.close();
            }
        } catch (TaosException e) {
            assertThat(e.errno()).as(e.getMessage()).isNotZero();
            assertThat(e.getMessage()).isNotEmpty();
        }
    }

    @Test
    void aMalformedBodyIsAMalformedResponse() {
        RequestContext context = new RequestContext(Operation.QUERY, 1, "select 1");
        try {
            reader.read(new ByteArrayInputStream("{\"code\":0,\"column_meta\":[[1".getBytes(StandardCharsets.UTF_8)),
                    context).nextBlock();
        } catch (TaosException e) {
            assertThat(e.errno()).isEqualTo(ErrorCodes.MALFORMED_RESPONSE);
            return;
        }
        throw new AssertionError("a truncated body was accepted");
    }
}
