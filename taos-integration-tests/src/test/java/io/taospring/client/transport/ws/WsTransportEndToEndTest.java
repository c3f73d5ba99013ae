package io.taospring.client.transport.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ProgrammingError;
import io.taospring.embedded.EmbeddedTaosServer;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WsTransportEndToEndTest {

    private static EmbeddedTaosServer server;
    private static TaosClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedTaosServer.builder().port(0).build().start();
        try (TaosClient admin = TaosClient.create("ws://127.0.0.1:" + server.port());
                TaosSession session = admin.openSession()) {
            session.execute("create database if not exists e2e precision 'ns'");
        }
        client = TaosClient.create(dsn("root", "taosdata") + "?request_timeout=20s");
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    private static String dsn(String user, String password) {
        return "ws://" + user + ":" + password + "@127.0.0.1:" + server.port() + "/e2e";
    }

    @Test
    void readsEveryTypeAndNullsBack() {
        try (TaosSession s = client.openSession()) {
            s.execute("create stable if not exists every_type (ts timestamp, b bool, i8 tinyint, i16 smallint,"
                    + " i32 int, i64 bigint, u8 tinyint unsigned, u16 smallint unsigned, u32 int unsigned,"
                    + " u64 bigint unsigned, f float, d double, vc varchar(20), nc nchar(10), vb varbinary(8),"
                    + " g geometry(64)) tags (info json)");
            s.execute("insert into et1 using every_type tags ('{\"k\":\"v\"}') values (1700000000000000001, true,"
                    + " -128, -32768, -2147483648, -9223372036854775808, 255, 65535, 4294967295,"
                    + " 18446744073709551615, 3.25, 2.5e300, 'hello', '电表🙂', '\\x0a0b', 'POINT(100 100)')"
                    + " (1700000000000000002, null, null, null, null, null, null, null, null, null, null, null,"
                    + " null, null, null, null)");

            try (TaosResult r = s.query("select *, info from et1 order by ts")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getLong(0)).isEqualTo(1700000000000000001L);
                assertThat(r.getInstant(0)).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 1));
                assertThat(r.getBoolean(1)).isTrue();
                assertThat(r.getByte(2)).isEqualTo((byte) -128);
                assertThat(r.getShort(3)).isEqualTo((short) -32768);
                assertThat(r.getInt(4)).isEqualTo(Integer.MIN_VALUE);
                assertThat(r.getLong(5)).isEqualTo(Long.MIN_VALUE);
                assertThat(r.getObject(6)).isEqualTo((short) 255);
                assertThat(r.getObject(7)).isEqualTo(65535);
                assertThat(r.getObject(8)).isEqualTo(4294967295L);
                assertThat(r.getObject(9)).isEqualTo(new BigInteger("18446744073709551615"));
                assertThat(r.getFloat(10)).isEqualTo(3.25f);
                assertThat(r.getDouble(11)).isEqualTo(2.5e300);
                assertThat(r.getObject(12)).isEqualTo("hello");
                assertThat(r.getString(13)).isEqualTo("电表🙂");
                assertThat(r.getBytes(14)).containsExactly(0x0a, 0x0b);
                assertThat(r.getString(15)).isEqualTo("010100000000000000000059400000000000005940");
                assertThat(r.getString(16)).isEqualTo("{\"k\":\"v\"}");
                assertThat(r.next()).isTrue();
                for (int c = 1; c <= 15; c++) {
                    assertThat(r.isNull(c)).as("column %d", c).isTrue();
                    assertThat(r.getObject(c)).isNull();
                }
                assertThat(r.next()).isFalse();
            }
        }
    }

    @Test
    void streamsEveryBlockOfLargeResultsInOrderEveryTime() {
        int rows = 100_000;
        try (TaosSession s = client.openSession()) {
            s.execute("create table if not exists many (ts timestamp, v int)");
            insertSequence(s, "many", rows);
            // repeated: blocks are prefetched several at a time, and a lost or reordered block is intermittent
            for (int scan = 0; scan < 5; scan++) {
                long expected = 0;
                try (TaosResult r = s.query("select ts, v from many")) {
                    while (r.next()) {
                        assertThat(r.getInt(1)).as("scan %d", scan).isEqualTo(expected);
                        expected++;
                    }
                }
                assertThat(expected).as("rows of scan %d", scan).isEqualTo(rows);
            }
        }
    }

    @Test
    void reportsServerErrorsWithTheirCodes() {
        try (TaosSession s = client.openSession()) {
            assertThatThrownBy(() -> s.query("selec * from many")).isInstanceOfSatisfying(ProgrammingError.class,
                    e -> assertThat(e.errno()).isEqualTo(0x2600));
            assertThatThrownBy(() -> s.query("select * from no_such_table", 4242))
                    .isInstanceOfSatisfying(ProgrammingError.class, e -> {
                        assertThat(e.errno()).isEqualTo(0x2603);
                        assertThat(e.reqId()).hasValue(4242);
                        assertThat(e.sql()).hasValue("select * from no_such_table");
                    });
            assertThatThrownBy(() -> s.execute("use no_such_db")).isInstanceOfSatisfying(ProgrammingError.class,
                    e -> assertThat(e.errno()).isEqualTo(0x0388));
        }
    }

    @Test
    void refusesAWrongPasswordAtConnect() {
        try (TaosClient wrong = TaosClient.create(dsn("root", "nope"))) {
            assertThatThrownBy(wrong::openSession).isInstanceOfSatisfying(ConnectionError.class,
                    e -> assertThat(e.errno()).isEqualTo(0x0357));
        }
    }

    @Test
    void servesEightThreadsSharingOneClient() throws Exception {
        try (TaosSession s = client.openSession()) {
            s.execute("create stable if not exists shared (ts timestamp, v int) tags (t int)");
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(threads.submit(() -> writeAndCount(thread)));
            }
            for (Future<Long> result : results) {
                assertThat(result.get(50, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static long writeAndCount(int thread) {
        for (int round = 0; round < 20; round++) {
            try (TaosSession s = client.openSession()) {
                StringBuilder sql = new StringBuilder("insert into shared_" + thread + " using shared tags ("
                        + thread + ") values");
                for (int i = 0; i < 10; i++) {
                    sql.append(" (").append(1_700_000_000_000_000_000L + round * 10L + i).append(", ").append(i).append(')');
                }
                s.execute(sql.toString());
            }
        }
        try (TaosSession s = client.openSession(); TaosResult r = s.query("select count(*) from shared_" + thread)) {
            r.next();
            return r.getLong(0);
        }
    }

    @Test
    void failsClearlyWhenTheServerStopsMidFetch() {
        EmbeddedTaosServer doomed = EmbeddedTaosServer.builder().port(0).build().start();
        TaosConfig config = TaosConfig.fromDsn("ws://127.0.0.1:" + doomed.port()).toBuilder()
                .requestTimeout(Duration.ofSeconds(10)).build();
        try (TaosClient c = TaosClient.create(config); TaosSession s = c.openSession()) {
            s.execute("create database d");
            s.execute("create table d.t (ts timestamp, v int)");
            insertSequence(s, "d.t", 30_000);
            TaosResult r = s.query("select * from d.t");
            assertThat(r.next()).isTrue();
            doomed.close();
            assertThatThrownBy(() -> {
                while (r.next()) {
                    r.getInt(1);
                }
            }).isInstanceOf(ConnectionError.class);
        } finally {
            doomed.close();
        }
    }

    @Test
    void releasesItsThreadsOnClose() throws Exception {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        try (TaosClient c = TaosClient.create(dsn("root", "taosdata")); TaosSession s = c.openSession()) {
            s.serverVersion();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!newTransportThreads(before).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(newTransportThreads(before)).isEmpty();
    }

    private static List<Thread> newTransportThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("taos-ws-") && !before.contains(t) && t.isAlive()).toList();
    }

    static void insertSequence(TaosSession s, String table, int rows) {
        for (int start = 0; start < rows; start += 1000) {
            StringBuilder sql = new StringBuilder("insert into ").append(table).append(" values");
            for (int i = start; i < Math.min(rows, start + 1000); i++) {
                sql.append(" (").append(1_600_000_000_000_000_000L + i).append(", ").append(i).append(')');
            }
            s.execute(sql.toString());
        }
    }
}
