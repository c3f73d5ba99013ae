package io.taospring.client.transport.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosConfig;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockBuilder;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.OperationalError;
import io.taospring.client.internal.ReqIdGenerator;
import io.taospring.client.protocol.ws.WsJson;
import io.taospring.client.transport.QueryResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class WsQueryResponseTest {

    private static final String HEAD = "{\"code\":0,\"message\":\"\",\"action\":\"binary_query\",\"req_id\":%d,\"id\":5,"
            + "\"is_update\":false,\"fields_names\":[\"ts\",\"v\"],\"fields_types\":[9,4],\"fields_lengths\":[8,4],"
            + "\"precision\":2}";

    private final TaosConfig config = TaosConfig.builder().requestTimeout(Duration.ofSeconds(5)).build();
    private final WsConnection connection = new WsConnection(config, new WsJson(), new ReqIdGenerator(), "test:6041");
    private final ScriptedChannel channel = new ScriptedChannel(connection.sink());
    private final Deque<byte[]> blocks = new ArrayDeque<>();
    private int fetches;

    @Test
    void streamsEveryBlockAndPrefetchesTheNextWhileTheCallerReads() {
        blocks.add(block(0, 3));
        blocks.add(block(3, 2));
        start(this::serveBlocks);

        try (QueryResponse response = connection.query("select ts, v from t", 11)) {
            assertThat(response.fields()).extracting(TaosField::type).containsExactly(TaosType.TIMESTAMP, TaosType.INT);
            assertThat(response.precision().sqlName()).isEqualTo("ns");
            RawBlock first = response.nextBlock();
            assertThat(first.rowCount()).isEqualTo(3);
            assertThat(fetches).as("the next blocks are requested before the caller asks")
                    .isEqualTo(1 + WsQueryResponse.PREFETCH);
            assertThat(response.nextBlock().getLong(1, 1)).isEqualTo(4);
            assertThat(response.nextBlock()).isNull();
        }
        assertThat(sentFreeResult()).as("a finished result needs no free_result").isFalse();
    }

    @Test
    void sendsEveryFetchOfAResultWithOneReqIdAndIgnoresRepliesAfterTheEnd() {
        blocks.add(block(0, 3));
        start((ch, message) -> {
            if (message instanceof byte[] request && isFetch(request)) {
                fetches++;
                byte[] next = blocks.poll();
                ch.replyBinary(fetches <= 2 ? frame(reqIdOf(request), 0, "", next)
                        : frame(reqIdOf(request), 0xFFFF, "result is nil", null));
            } else {
                answerQuery(ch, message);
            }
        });

        try (QueryResponse response = connection.query("select ts, v from t", 11)) {
            assertThat(response.nextBlock().rowCount()).isEqualTo(3);
            assertThat(response.nextBlock()).isNull();
            assertThat(response.nextBlock()).isNull();
        }
        assertThat(channel.sent.stream().filter(m -> m instanceof byte[] b && isFetch(b)).map(m -> reqIdOf((byte[]) m))
                .distinct()).hasSize(1);
    }

    @Test
    void handsOutTheBlocksThatArrivedBeforeTheSocketWasLostThenFails() {
        for (int i = 0; i < WsQueryResponse.PREFETCH; i++) {
            blocks.add(block(i * 2, 2));
        }
        start((ch, message) -> {
            serveBlocks(ch, message);
            if (blocks.isEmpty()) {
                ch.drop("connection reset");
            }
        });

        try (QueryResponse response = connection.query("select ts, v from t", 11)) {
            for (int i = 0; i < WsQueryResponse.PREFETCH; i++) {
                assertThat(response.nextBlock().getLong(1, 0)).isEqualTo(i * 2);
            }
            assertThatThrownBy(response::nextBlock).isInstanceOfSatisfying(ConnectionError.class,
                    e -> assertThat(e.errno()).isEqualTo(ErrorCodes.CONNECTION_CLOSED));
        }
    }

    @Test
    void freesAnUnfinishedResultOnClose() {
        blocks.add(block(0, 3));
        blocks.add(block(3, 3));
        start(this::serveBlocks);

        try (QueryResponse response = connection.query("select ts, v from t", 11)) {
            response.nextBlock();
        }

        assertThat(sentFreeResult()).isTrue();
    }

    @Test
    void raisesAFetchErrorWithTheServersCode() {
        start((ch, message) -> {
            if (message instanceof byte[] request && isFetch(request)) {
                ch.replyBinary(frame(reqIdOf(request), 0x073B, "Timeout for long time no fetch", null));
            } else {
                answerQuery(ch, message);
            }
        });

        try (QueryResponse response = connection.query("select ts, v from t", 11)) {
            assertThatThrownBy(response::nextBlock).isInstanceOfSatisfying(OperationalError.class, e -> {
                assertThat(e.errno()).isEqualTo(0x073B);
                assertThat(e.sql()).hasValue("select ts, v from t");
            });
            assertThat(response.nextBlock()).isNull();
        }
    }

    @Test
    void rejectsABlockWhoseColumnsDoNotMatchTheResult() {
        RawBlockBuilder oneColumn = new RawBlockBuilder(List.of(TaosField.of("ts", TaosType.TIMESTAMP)));
        oneColumn.appendLong(0, 1);
        blocks.add(oneColumn.encode());
        start(this::serveBlocks);

        try (QueryResponse response = connection.query("select ts, v from t", 11)) {
            assertThatThrownBy(response::nextBlock).isInstanceOfSatisfying(InterfaceError.class,
                    e -> assertThat(e.errno()).isEqualTo(ErrorCodes.MALFORMED_RESPONSE));
        }
    }

    private void start(java.util.function.BiConsumer<ScriptedChannel, Object> server) {
        channel.answering(WsConnectionTest::acceptingServer);
        connection.start(channel);
        channel.answering(server);
    }

    private void serveBlocks(ScriptedChannel ch, Object message) {
        if (message instanceof byte[] request && isFetch(request)) {
            fetches++;
            ch.replyBinary(frame(reqIdOf(request), 0, "", blocks.poll()));
        } else if (message instanceof byte[]) {
            answerQuery(ch, message);
        }
    }

    private static void answerQuery(ScriptedChannel ch, Object message) {
        if (message instanceof byte[] request) {
            ch.replyText(String.format(HEAD, reqIdOf(request)));
        }
    }

    private boolean sentFreeResult() {
        return channel.sent.stream().anyMatch(m -> m instanceof String s && s.contains("free_result"));
    }

    private static boolean isFetch(byte[] request) {
        return ByteBuffer.wrap(request).order(ByteOrder.LITTLE_ENDIAN).getLong(16) == 7;
    }

    private static long reqIdOf(byte[] request) {
        return ByteBuffer.wrap(request).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    }

    private static byte[] block(int first, int rows) {
        RawBlockBuilder builder = new RawBlockBuilder(List.of(TaosField.of("ts", TaosType.TIMESTAMP),
                TaosField.of("v", TaosType.INT)));
        for (int i = first; i < first + rows; i++) {
            builder.appendLong(0, 1_700_000_000_000_000_000L + i).appendLong(1, i);
        }
        return builder.encode();
    }

    /** A fetch_raw_block reply: data when {@code block} is set, else finished. */
    static byte[] frame(long reqId, int code, String message, byte[] block) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        int size = 51 + text.length + (block == null ? 0 : 4 + block.length);
        ByteBuffer frame = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        frame.putLong(-1L).putLong(7).putShort((short) 1).putLong(0).putLong(reqId).putInt(code).putInt(text.length)
                .put(text).putLong(5).put((byte) (block == null ? 1 : 0));
        if (block != null) {
            frame.putInt(block.length).put(block);
        }
        return frame.array();
    }
}
