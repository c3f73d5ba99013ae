package io.taospring.embedded.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.taospring.client.Fuzz;
import io.taospring.client.protocol.ws.JsonReply;
import io.taospring.client.protocol.ws.WsJson;
import io.taospring.embedded.EmbeddedTaosServer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The embedded server's {@code /ws} handling on hostile input, over a bare socket. Garbage text frames and
 * binary frames with wrong headers are answered with JSON errors (every text reply is a well-formed reply
 * object) and the connection keeps serving: a {@code version} request sent after each is answered.
 * Oversized frames (claimed lengths up to 2^63) and frames breaking RFC 6455 (unmasked, reserved opcodes or
 * bits) close that connection only, without the server allocating what the frame claims, and the server
 * goes on serving others.
 */
@Tag("fuzz")
class WsMessageFuzzTest {

    private static final Fuzz FUZZ = Fuzz.target("embedded server WebSocket message handling");
    /** The test's own side: frames and replies of a few KB. */
    private static final long CASE_ALLOCATION_LIMIT = 16L << 20;
    private static final int[] JSON_ALPHABET = "{}[]:,\"\\ 0123456789.-tfnulrsaeicoqdb_\u00e9".codePoints()
            .toArray();
    private static final List<String> TEXT_SEEDS = List.of(
            "{\"action\":\"query\",\"args\":{\"req_id\":11,\"sql\":\"select server_version()\"}}",
            "{\"action\":\"conn\",\"args\":{\"req_id\":12,\"user\":\"root\",\"password\":\"taosdata\",\"db\":\"\"}}",
            "{\"action\":\"fetch\",\"args\":{\"req_id\":13,\"id\":1}}",
            "{\"action\":\"fetch_block\",\"args\":{\"req_id\":14,\"id\":1}}",
            "{\"action\":\"free_result\",\"args\":{\"req_id\":15,\"id\":1}}",
            "{\"action\":\"stmt2_init\",\"args\":{\"req_id\":16,\"single_stb_insert\":false}}",
            "{\"action\":\"stmt2_prepare\",\"args\":{\"req_id\":17,\"stmt_id\":1,\"sql\":\"insert into ? values(?,?)\"}}",
            "{\"action\":\"insert\",\"args\":{\"req_id\":18,\"protocol\":1,\"precision\":\"ms\",\"data\":\"m v=1i 1\"}}",
            "{\"action\":\"options_connection\",\"args\":{\"req_id\":19,\"options\":[{\"option\":1,\"value\":\"UTC\"}]}}");
    /** Claimed frame lengths beyond the server's 64 MiB limit. */
    private static final long[] OVERSIZED = {(64L << 20) + 1, 1L << 31, 1L << 40, Long.MAX_VALUE};

    private static EmbeddedTaosServer server;
    private final WsJson json = new WsJson();
    private final AtomicLong probes = new AtomicLong(1L << 40);
    private RawWebSocket ws;

    @BeforeAll
    static void startServer() {
        server = EmbeddedTaosServer.builder().port(0).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
        FUZZ.report();
    }

    @BeforeEach
    void connect() throws IOException {
        ws = RawWebSocket.open(server.port(), "/ws");
        ws.send(1, TEXT_SEEDS.get(1).getBytes(StandardCharsets.UTF_8));
        assertThat(json.parse(ws.read().text()).code()).isZero();
    }

    @AfterEach
    void disconnect() throws IOException {
        ws.close();
    }

    @Test
    void garbageTextFramesAreAnsweredAndTheConnectionKeepsServing() {
        qt().withExamples(FUZZ.examples(2_000)).forAll(integers().between(0, TEXT_SEEDS.size() - 1), Fuzz.edits(),
                Fuzz.text(JSON_ALPHABET, 120), integers().between(0, 2))
                .checkAssert((seed, edits, random, pick) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT, () -> {
                    String text = pick == 0 ? random : Fuzz.mutate(TEXT_SEEDS.get(seed), edits, JSON_ALPHABET);
                    ws.send(1, text.getBytes(StandardCharsets.UTF_8));
                    assertStillServing();
                }));
    }

    @Test
    void binaryFramesWithWrongHeadersAreAnsweredAndTheConnectionKeepsServing() {
        qt().withExamples(FUZZ.examples(2_000)).forAll(integers().between(0, 2), longs().all())
                .checkAssert((kind, seed) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT, () -> {
                    ws.send(2, Fuzz.mutate(binarySeed(kind), new Random(seed)));
                    assertStillServing();
                }));
    }

    @Test
    void oversizedAndMalformedFramesCloseOnlyTheirConnection() {
        qt().withExamples(FUZZ.examples(300)).forAll(integers().between(0, 5), longs().all())
                .checkAssert((kind, seed) -> FUZZ.bounded(CASE_ALLOCATION_LIMIT, () -> {
                    try (RawWebSocket victim = RawWebSocket.open(server.port(), "/ws")) {
                        sendViolation(victim, kind, new Random(seed));
                        assertThat(victim.closedByServer()).as("connection closed after violation " + kind).isTrue();
                    }
                    assertStillServing();
                }));
    }

    /** Oversized (masked or not, text or binary), unmasked, reserved opcode, RSV bits set, bad continuation. */
    private static void sendViolation(RawWebSocket ws, int kind, Random random) throws IOException {
        byte[] some = new byte[1 + random.nextInt(64)];
        random.nextBytes(some);
        switch (kind) {
            case 0, 1 -> ws.sendRaw(0x80 | (kind + 1), true, OVERSIZED[random.nextInt(OVERSIZED.length)], some);
            case 2 -> ws.sendRaw(0x80 | 1, false, some.length, some);
            case 3 -> ws.sendRaw(0x80 | (3 + random.nextInt(5)), true, some.length, some);
            case 4 -> ws.sendRaw(0x80 | 0x40 | 2, true, some.length, some);
            default -> ws.sendRaw(0x80, true, some.length, some);
        }
    }

    private static byte[] binarySeed(int kind) {
        byte[] sql = "select server_version()".getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = ByteBuffer.allocate(30 + sql.length + 16).order(ByteOrder.LITTLE_ENDIAN);
        frame.putLong(21).putLong(kind == 1 ? 1 : 0).putLong(kind == 0 ? 6 : kind == 1 ? 7 : 9).putShort((short) 1);
        if (kind == 0) {
            frame.putInt(sql.length).put(sql);
        } else {
            frame.putInt(0).putLong(3).putInt(1);
        }
        return java.util.Arrays.copyOf(frame.array(), frame.position());
    }

    /**
     * Sends a {@code version} request and reads until its answer: every text frame on the way must be a
     * well-formed reply object, and the connection must still be open.
     */
    private void assertStillServing() throws IOException {
        long reqId = probes.incrementAndGet();
        ws.send(1, ("{\"action\":\"version\",\"args\":{\"req_id\":" + reqId + "}}").getBytes(StandardCharsets.UTF_8));
        while (true) {
            RawWebSocket.Frame frame = ws.read();
            assertThat(frame.opcode()).as("the connection was closed").isNotEqualTo(8);
            if (frame.opcode() != 1) {
                continue;
            }
            JsonReply reply = json.parse(frame.text());
            if (reply.action().equals("version") && reply.reqId() == reqId) {
                assertThat(reply.code()).isZero();
                return;
            }
            assertThat(reply.code() != 0 || reply.action() != null).isTrue();
        }
    }
}
