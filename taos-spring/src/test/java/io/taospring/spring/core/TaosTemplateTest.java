package io.taospring.spring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosSession;
import io.taospring.client.jdbc.TaosDataSource;
import io.taospring.client.observation.RequestInfo;
import io.taospring.client.observation.RequestObservation;
import io.taospring.client.observation.RequestObserver;
import io.taospring.embedded.EmbeddedTaosServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.BadSqlGrammarException;

/** TaosTemplate against the embedded server: the JdbcTemplate API plus the TDengine extras. */
class TaosTemplateTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedTaosServer server;

    private final List<RequestInfo> sent = new CopyOnWriteArrayList<>();
    private TaosTemplate taos;
    private String db;

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void createTable() {
        TaosDataSource dataSource = new TaosDataSource("jdbc:taos:ws://127.0.0.1:" + server.port());
        dataSource.setRequestObserver(new RequestObserver() {
            @Override
            public RequestObservation start(RequestInfo request) {
                sent.add(request);
                return RequestObservation.NONE;
            }
        });
        taos = new TaosTemplate(dataSource);
        db = "tpl_" + DATABASES.incrementAndGet();
        taos.execute("create database " + db);
        taos.execute("create table " + db + ".m (ts timestamp, v int)");
    }

    private void insertRows(int count) {
        StringBuilder sql = new StringBuilder("insert into " + db + ".m values ");
        for (int i = 0; i < count; i++) {
            sql.append('(').append(1_700_000_000_000L + i).append(", ").append(i).append(") ");
        }
        taos.update(sql.toString());
    }

    @Test
    void offersTheJdbcTemplateApi() {
        taos.update("insert into " + db + ".m values (?, ?)", Instant.ofEpochMilli(1_700_000_000_000L), 7);
        assertThat(taos.queryForObject("select v from " + db + ".m", Integer.class)).isEqualTo(7);
        assertThat(taos.queryForList("select count(*) as n from " + db + ".m")).hasSize(1);
    }

    @Test
    void streamsLargeResultsRowByRow() {
        insertRows(20_000);
        try (Stream<Integer> values = taos.stream("select v from " + db + ".m", (rs, n) -> rs.getInt(1))) {
            assertThat(values.mapToLong(Integer::longValue).sum()).isEqualTo(19_999L * 20_000 / 2);
        }
    }

    @Test
    void streamCallbackClosesTheStreamAndReturnsItsResult() {
        insertRows(10);
        long count = taos.withStream("select v from " + db + ".m", (rs, n) -> rs.getInt(1), Stream::count);
        assertThat(count).isEqualTo(10);
        assertThat(taos.queryForObject("select count(*) from " + db + ".m", Long.class)).isEqualTo(10L);
    }

    @Test
    void executeManyRunsOneStatementPerParameterRow() {
        long affected = taos.executeMany("insert into " + db + ".m values (?, ?)",
                List.of(List.of(1_700_000_000_000L, 1), List.of(1_700_000_000_001L, 2)));
        assertThat(affected).isEqualTo(2);
        assertThat(taos.queryForObject("select sum(v) from " + db + ".m", Long.class)).isEqualTo(3L);
    }

    @Test
    void reqIdVariantsSendTheCallersReqId() {
        assertThat(taos.execute(4242L, "insert into " + db + ".m values (1700000000000, 5)")).isEqualTo(1);
        List<Integer> values = taos.query(4343L, "select v from " + db + ".m", (row, n) -> row.getInt(0));
        assertThat(values).containsExactly(5);
        assertThat(sent).extracting(RequestInfo::reqId).contains(4242L, 4343L);
    }

    @Test
    void sessionAccessReachesTheSessionBehindTheConnection() {
        String version = taos.executeInSession(TaosSession::serverVersion);
        assertThat(version).isNotBlank();
    }

    @Test
    void translatesSyntaxErrorsAndUnknownTablesToBadSqlGrammar() {
        assertThatThrownBy(() -> taos.queryForList("selec * from " + db + ".m"))
                .isInstanceOf(BadSqlGrammarException.class);
        assertThatThrownBy(() -> taos.queryForList("select * from " + db + ".nope"))
                .isInstanceOf(BadSqlGrammarException.class);
        assertThatThrownBy(() -> taos.query(1L, "select * from " + db + ".nope", (row, n) -> n))
                .isInstanceOf(BadSqlGrammarException.class);
    }

    @Test
    void translatesAnUnreachableServerToAResourceFailure() {
        TaosTemplate unreachable = new TaosTemplate(new TaosDataSource("jdbc:taos:ws://127.0.0.1:1?connect_timeout=2s"));
        assertThatThrownBy(() -> unreachable.queryForList("select 1"))
                .isInstanceOf(DataAccessResourceFailureException.class);
    }

    @Test
    void sessionCallbacksSeeEveryRowOfALargeResult() {
        insertRows(5_000);
        List<Integer> values = new ArrayList<>(taos.query(7L, "select v from " + db + ".m", (row, n) -> n));
        assertThat(values).hasSize(5_000).startsWith(0, 1, 2).endsWith(4_999);
    }
}
