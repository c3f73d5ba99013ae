package io.taospring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockBuilder;
import io.taospring.client.codec.RawBlockCodec;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ResultError;
import io.taospring.client.transport.QueryResponse;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultTaosResultTest {

    private static final List<TaosField> FIELDS = List.of(new TaosField("ts", TaosType.TIMESTAMP, 8),
            new TaosField("Value", TaosType.BIGINT, 8), new TaosField("big", TaosType.UBIGINT, 8));

    /** A transport response that hands out prepared blocks and records how it is used. */
    static final class ScriptedResponse implements QueryResponse {
        private final Deque<RawBlock> blocks;
        private final List<TaosField> fields;
        private final Precision precision;
        private final long affectedRows;
        int fetches;
        int closes;

        ScriptedResponse(List<TaosField> fields, Precision precision, List<RawBlock> blocks) {
            this(fields, precision, blocks, -1);
        }

        ScriptedResponse(List<TaosField> fields, Precision precision, List<RawBlock> blocks, long affectedRows) {
            this.fields = fields;
            this.precision = precision;
            this.blocks = new ArrayDeque<>(blocks);
            this.affectedRows = affectedRows;
        }

        @Override
        public long reqId() {
            return 99;
        }

        @Override
        public boolean isUpdate() {
            return affectedRows >= 0;
        }

        @Override
        public long affectedRows() {
            return Math.max(affectedRows, 0);
        }

        @Override
        public List<TaosField> fields() {
            return fields;
        }

        @Override
        public Precision precision() {
            return precision;
        }

        @Override
        public RawBlock nextBlock() {
            fetches++;
            return blocks.poll();
        }

        @Override
        public void close() {
            closes++;
        }
    }

    /** A block of rows {@code [ts = first + i, value = first + i, big = 2^64-1]} for i in 0..rows-1. */
    private static RawBlock block(long first, int rows) {
        RawBlockBuilder builder = new RawBlockBuilder(FIELDS);
        for (int i = 0; i < rows; i++) {
            builder.appendLong(0, first + i).appendLong(1, first + i).appendLong(2, -1L);
        }
        return RawBlockCodec.decode(builder.encode());
    }

    private final List<DefaultTaosResult> closedResults = new ArrayList<>();

    private DefaultTaosResult result(ScriptedResponse response, ZoneId zone) {
        return new DefaultTaosResult(response, zone, closedResults::add);
    }

    @Test
    void iteratesAcrossBlocksSkippingEmptyOnesAndFetchesLazily() {
        ScriptedResponse response = new ScriptedResponse(FIELDS, Precision.MILLISECONDS,
                List.of(block(0, 2), block(100, 0), block(10, 3)));
        DefaultTaosResult result = result(response, ZoneOffset.UTC);
        assertThat(response.fetches).isZero();
        List<Long> values = new ArrayList<>();
        while (result.next()) {
            values.add(result.getLong(1));
        }
        assertThat(values).containsExactly(0L, 1L, 10L, 11L, 12L);
        assertThat(result.next()).isFalse();
        assertThat(response.fetches).isEqualTo(4);
    }

    @Test
    void readingBeforeTheFirstRowOrAfterTheLastIsAResultError() {
        DefaultTaosResult result = result(new ScriptedResponse(FIELDS, Precision.MILLISECONDS, List.of(block(0, 1))),
                ZoneOffset.UTC);
        assertThatThrownBy(() -> result.getLong(1)).isInstanceOf(ResultError.class);
        assertThat(result.next()).isTrue();
        assertThatThrownBy(() -> result.getLong(3)).isInstanceOf(ResultError.class).hasMessageContaining("column index 3");
        assertThat(result.next()).isFalse();
        assertThatThrownBy(() -> result.getLong(1)).isInstanceOf(ResultError.class);
    }

    @Test
    void aClosedResultRefusesEveryReadAndClosesItsResponseOnce() {
        ScriptedResponse response = new ScriptedResponse(FIELDS, Precision.MILLISECONDS, List.of(block(0, 2)));
        DefaultTaosResult result = result(response, ZoneOffset.UTC);
        assertThat(result.next()).isTrue();
        result.close();
        result.close();
        assertThat(result.isClosed()).isTrue();
        assertThat(response.closes).isEqualTo(1);
        assertThat(closedResults).containsExactly(result);
        assertThatThrownBy(result::next).isInstanceOfSatisfying(ResultError.class,
                e -> assertThat(e.errno()).isEqualTo(ErrorCodes.RESULT_CLOSED));
        assertThatThrownBy(() -> result.getObject(0)).isInstanceOf(ResultError.class);
    }

    @Test
    void timestampsFollowThePrecisionAndTheZone() {
        DefaultTaosResult result = result(new ScriptedResponse(FIELDS, Precision.NANOSECONDS,
                List.of(block(1_656_481_855_401_123_456L, 1))), ZoneId.of("Asia/Shanghai"));
        assertThat(result.next()).isTrue();
        assertThat(result.precision()).isEqualTo(Precision.NANOSECONDS);
        assertThat(result.getLong(0)).isEqualTo(1_656_481_855_401_123_456L);
        assertThat(result.getInstant(0)).isEqualTo(Instant.ofEpochSecond(1_656_481_855L, 401_123_456L));
        assertThat(result.getObject(0, LocalDateTime.class)).isEqualTo(LocalDateTime.of(2022, 6, 29, 13, 50, 55, 401_123_456));
        assertThat(result.getLocalDateTime(0)).isEqualTo(LocalDateTime.of(2022, 6, 29, 13, 50, 55, 401_123_456));
        assertThat(result.getOffsetDateTime(0).getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(result.getObject(2, BigInteger.class)).isEqualTo(new BigInteger("18446744073709551615"));
    }

    @Test
    void toMapsReadsTheRemainingRowsByNameInColumnOrderAndCloses() {
        ScriptedResponse response = new ScriptedResponse(FIELDS, Precision.MILLISECONDS, List.of(block(5, 2)));
        DefaultTaosResult result = result(response, ZoneOffset.UTC);
        List<Map<String, Object>> maps = result.toMaps();
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("ts", Instant.ofEpochMilli(5));
        first.put("Value", 5L);
        first.put("big", new BigInteger("18446744073709551615"));
        assertThat(maps).hasSize(2);
        assertThat(maps.get(0)).containsExactlyEntriesOf(first);
        assertThat(result.isClosed()).isTrue();
        assertThat(response.closes).isEqualTo(1);
    }

    @Test
    void findsColumnsByNameIgnoringCase() {
        DefaultTaosResult result = result(new ScriptedResponse(FIELDS, Precision.MILLISECONDS, List.of()), ZoneOffset.UTC);
        assertThat(result.columnIndex("value")).isEqualTo(1);
        assertThat(result.columnIndex("TS")).isZero();
        assertThat(result.columnIndex("missing")).isEqualTo(-1);
        assertThat(result.fieldCount()).isEqualTo(3);
    }

    @Test
    void anUpdateHasNoRowsAndReportsItsAffectedRows() {
        ScriptedResponse response = new ScriptedResponse(List.of(), Precision.MILLISECONDS, List.of(), 7);
        DefaultTaosResult result = result(response, ZoneOffset.UTC);
        assertThat(result.affectedRows()).isEqualTo(7);
        assertThat(result.fields()).isEmpty();
        assertThat(result.next()).isFalse();
        assertThat(response.fetches).isZero();
        assertThat(result.reqId()).isEqualTo(99);
    }
}
