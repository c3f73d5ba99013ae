package io.taospring.client.transport.nativ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.Precision;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosField;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.OperationalError;
import io.taospring.client.error.ProgrammingError;
import io.taospring.client.error.TaosException;
import io.taospring.client.transport.QueryResponse;
import io.taospring.client.transport.TransportConnection;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NativeQueryTest {

    @RegisterExtension
    final TaosFake fake = new TaosFake();

    private final NativeTransport transport = TaosFake.transport();

    @AfterEach
    void closeTransport() {
        transport.close();
    }

    @Test
    void connectsWithTheConfiguredHostUserPasswordDatabaseAndPort() {
        try (TransportConnection connection = transport.connect(TaosFake.config())) {
            assertThat(connection.serverVersion()).isEqualTo("3.3.6.0-fake");
        }
        assertThat(TaosFake.calls()).contains("taos_connect ip=localhost user=root pass=taosdata db=power port=6030");
    }

    @Test
    void reportsTheVersionOfTheLoadedLibrary() {
        assertThat(transport.clientVersion()).isEqualTo("3.3.6.0");
    }

    @Test
    void failsToConnectWithTheLibrarysCodeAndMessage() {
        assertThatThrownBy(() -> transport.connect(TaosConfig.fromDsn("taos://root:wrong@localhost:6030")))
                .isInstanceOf(ConnectionError.class)
                .satisfies(e -> assertThat(((TaosException) e).errno()).isEqualTo(0x0357))
                .hasMessageContaining("Authentication failure");
    }

    @Test
    void triesTheNextEndpointWhenOneIsUnreachable() {
        try (TransportConnection connection = transport.connect(TaosConfig.fromDsn("taos://root:taosdata@unreachable:6030,localhost:6031"))) {
            assertThat(connection.isClosed()).isFalse();
        }
        assertThat(TaosFake.calls()).contains("ip=unreachable").contains("ip=localhost user=root pass=taosdata db=(null) port=6031");
    }

    @Test
    void refusesQueriesOnAClosedConnection() {
        TransportConnection connection = transport.connect(TaosFake.config());
        connection.close();
        connection.close();
        assertThat(connection.isClosed()).isTrue();
        assertThatThrownBy(() -> connection.query("select * from multi", 1)).isInstanceOf(ConnectionError.class);
    }

    @Test
    void readsEveryTypeWithItsFieldsFromARawBlock() {
        try (TransportConnection connection = transport.connect(TaosFake.config());
             QueryResponse response = connection.query("select * from alltypes", 7)) {
            assertThat(response.isUpdate()).isFalse();
            assertThat(response.precision()).isEqualTo(Precision.MILLISECONDS);
            assertThat(response.fields()).extracting(TaosField::type).containsExactly(TaosType.TIMESTAMP, TaosType.BOOL,
                    TaosType.TINYINT, TaosType.SMALLINT, TaosType.INT, TaosType.BIGINT, TaosType.FLOAT, TaosType.DOUBLE,
                    TaosType.VARCHAR, TaosType.NCHAR, TaosType.UTINYINT, TaosType.USMALLINT, TaosType.UINT,
                    TaosType.UBIGINT, TaosType.VARBINARY, TaosType.GEOMETRY, TaosType.DECIMAL64, TaosType.JSON,
                    TaosType.BLOB, TaosType.DECIMAL);
            assertThat(response.fields().get(8)).isEqualTo(new TaosField("vc", TaosType.VARCHAR, 10));
            assertThat(response.fields().get(9)).isEqualTo(new TaosField("nc", TaosType.NCHAR, 4));
            assertThat(response.fields().get(16)).isEqualTo(new TaosField("dec", TaosType.DECIMAL64, 8, 2));
            assertThat(response.fields().get(19)).isEqualTo(new TaosField("dec128", TaosType.DECIMAL, 16, 4));
            RawBlock block = response.nextBlock();
            assertThat(block.rowCount()).isEqualTo(2);
            assertThat(row(block, 0)).containsExactly(1700000000000L, true, (byte) -8, (short) -1600, -320000,
                    -6400000000L, 1.5f, 2.25, "hello", "\u6e29\u5ea6", (short) 250, 65000, 4000000000L,
                    new BigInteger("18446744073709551615"), new byte[] {1, 2, (byte) 0xFF}, geometryPoint(),
                    new BigDecimal("123.45"), "{\"k\":1}", "blob!".getBytes(StandardCharsets.US_ASCII),
                    new BigDecimal("12345.6789"));
            for (int column = 1; column < block.columnCount(); column++) {
                assertThat(block.isNull(column, 1)).as("column %d of row 1", column).isTrue();
            }
            assertThat(response.nextBlock()).isNull();
        }
        assertThat(TaosFake.calls()).contains("taos_query_with_reqid sql=select * from alltypes reqId=7");
    }

    private static List<Object> row(RawBlock block, int row) {
        List<Object> values = new ArrayList<>();
        for (int column = 0; column < block.columnCount(); column++) {
            values.add(column == 0 ? block.getLong(column, row) : block.getObject(column, row));
        }
        return values;
    }

    private static byte[] geometryPoint() {
        return new byte[] {1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xF0, 0x3F, 0, 0, 0, 0, 0, 0, 0, 0x40};
    }

    @Test
    void fetchesEveryBlockOfAMultiBlockResultAndFreesItAtTheEnd() {
        try (TransportConnection connection = transport.connect(TaosFake.config());
             QueryResponse response = connection.query("select * from multi", 8)) {
            List<Integer> sizes = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (RawBlock block = response.nextBlock(); block != null; block = response.nextBlock()) {
                sizes.add(block.rowCount());
                for (int row = 0; row < block.rowCount(); row++) {
                    values.add(block.getLong(0, row));
                }
            }
            assertThat(sizes).containsExactly(3, 3, 1);
            assertThat(values).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(TaosFake.liveHandles()).as("only the connection").isEqualTo(1);
            assertThat(response.nextBlock()).isNull();
        }
    }

    @Test
    void keepsABlockReadableAfterTheNextFetchInvalidatesTheLibrarysCopy() {
        try (TransportConnection connection = transport.connect(TaosFake.config());
             QueryResponse response = connection.query("select * from multi", 9)) {
            RawBlock first = response.nextBlock();
            response.nextBlock(); // the fake overwrites the first block's native memory here
            assertThat(first.getLong(0, 0)).isZero();
            assertThat(first.getLong(0, 2)).isEqualTo(2L);
        }
    }

    @Test
    void reportsQueryErrorsWithTheServerCodeAndFreesTheResult() {
        try (TransportConnection connection = transport.connect(TaosFake.config())) {
            assertThatThrownBy(() -> connection.query("select * from nothing", 10))
                    .isInstanceOf(ProgrammingError.class)
                    .hasMessageContaining("Table does not exist")
                    .satisfies(e -> {
                        TaosException error = (TaosException) e;
                        assertThat(error.errno()).isEqualTo(0x2603);
                        assertThat(error.reqId()).hasValue(10);
                        assertThat(error.sql()).hasValue("select * from nothing");
                    });
            assertThatThrownBy(() -> connection.query("bad sql", 11))
                    .isInstanceOf(ProgrammingError.class)
                    .satisfies(e -> assertThat(((TaosException) e).errno()).isEqualTo(0x2600));
            assertThat(TaosFake.liveHandles()).as("only the connection").isEqualTo(1);
        }
    }

    @Test
    void reportsAFetchErrorAndFreesTheResult() {
        try (TransportConnection connection = transport.connect(TaosFake.config());
             QueryResponse response = connection.query("select * from fetchfail", 12)) {
            assertThat(response.nextBlock().rowCount()).isEqualTo(3);
            assertThatThrownBy(response::nextBlock)
                    .isInstanceOf(OperationalError.class)
                    .hasMessageContaining("fetch failed in the fake")
                    .satisfies(e -> assertThat(((TaosException) e).errno()).isEqualTo(0x0711));
            assertThat(TaosFake.liveHandles()).isEqualTo(1);
            assertThat(response.nextBlock()).isNull();
        }
    }

    @Test
    void answersAnUpdateWithItsAffectedRowsAndFreesTheResultAtOnce() {
        try (TransportConnection connection = transport.connect(TaosFake.config());
             QueryResponse response = connection.query("insert into d1 values (now, 1) (now, 2) (now, 3)", 13)) {
            assertThat(response.isUpdate()).isTrue();
            assertThat(response.affectedRows()).isEqualTo(3);
            assertThat(response.fields()).isEmpty();
            assertThat(TaosFake.liveHandles()).isEqualTo(1);
            assertThat(response.nextBlock()).isNull();
        }
    }

    @Test
    void servesTheSessionApiThroughATaosDsn() {
        try (TaosClient client = TaosClient.create("taos://root:taosdata@localhost:6030/power");
             TaosSession session = client.openSession()) {
            assertThat(session.execute("insert into d1 values (now, 1)")).isEqualTo(3);
            try (TaosResult result = session.query("select * from alltypes")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInstant(0)).isEqualTo(Instant.ofEpochMilli(1700000000000L));
                assertThat(result.getString(9)).isEqualTo("\u6e29\u5ea6");
                assertThat(result.getBigDecimal(16)).isEqualByComparingTo("123.45");
                assertThat(result.next()).isTrue();
                assertThat(result.isNull(4)).isTrue();
                assertThat(result.next()).isFalse();
            }
        }
    }

    @Test
    void setsProcessGlobalOptionsThroughTheVariadicCall() {
        transport.setGlobalOptions(Map.of(TaosLibrary.OPTION_CONFIGDIR, "/etc/taos"));
        assertThat(TaosFake.calls()).contains("taos_options option=3 arg=/etc/taos");
    }
}
