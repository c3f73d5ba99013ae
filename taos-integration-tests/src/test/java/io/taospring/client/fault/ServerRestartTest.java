package io.taospring.client.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.TaosException;
import io.taospring.client.stmt.TaosStatement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The embedded server restarted on the same port (over the same data) while a client works with it. */
@Timeout(30)
class ServerRestartTest {

    private final RestartableServer server = RestartableServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void idleSessionCarriesOnAfterARestartOnItsDatabase() {
        Faults.createTable(server.port(), "idle");
        try (TaosClient client = TaosClient.create(Faults.dsn(server.port(), "idle"));
                TaosSession session = client.openSession()) {
            long acknowledged = session.execute(Faults.insert(1, 100));

            server.restart();

            long stored = Faults.count(session); // unqualified table: the database came back with the session
            acknowledged += session.execute(Faults.insert(2, 100));

            assertThat(stored).isEqualTo(100);
            assertThat(Faults.count(session)).isEqualTo(acknowledged).isEqualTo(200);
        }
    }

    @Test
    void sessionThatRanUseReturnsToThatDatabase() {
        Faults.createTable(server.port(), "chosen");
        try (TaosClient client = TaosClient.create("ws://127.0.0.1:" + server.port() + "?" + Faults.FAST);
                TaosSession session = client.openSession()) {
            session.execute("use chosen");
            session.execute(Faults.insert(1, 10));

            server.restart();

            assertThat(Faults.count(session)).isEqualTo(10);
        }
    }

    @Test
    void resultBeingStreamedFailsWithConnectionErrorAndTheSessionRecovers() {
        Faults.createTable(server.port(), "stream");
        try (TaosClient client = TaosClient.create(Faults.dsn(server.port(), "stream"));
                TaosSession session = client.openSession()) {
            for (int batch = 0; batch < 20; batch++) {
                session.execute(Faults.insert(batch, 5_000));
            }
            long read = 0;
            TaosException failure = null;
            try (TaosResult result = session.query("select ts, v from t")) {
                while (result.next()) {
                    if (++read == 5_000) {
                        server.restart();
                    }
                }
            } catch (TaosException e) {
                failure = e;
            }

            assertThat(failure).isInstanceOfSatisfying(ConnectionError.class,
                    e -> assertThat(e.errno()).isEqualTo(ErrorCodes.CONNECTION_CLOSED));
            assertThat(read).isBetween(5_000L, 99_999L);
            assertThat(Faults.count(session)).isEqualTo(100_000);
        }
    }

    @Test
    void batchWriterLosesNoAcknowledgedRowAcrossARestart() throws Exception {
        Faults.createTable(server.port(), "batches");
        int batches = 60;
        int rows = 500;
        Set<Integer> acknowledged = new HashSet<>();
        Set<Integer> failed = new HashSet<>();
        CountDownLatch tenWritten = new CountDownLatch(10);
        try (TaosClient client = TaosClient.create(Faults.dsn(server.port(), "batches"))) {
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try (TaosSession session = client.openSession()) {
                    for (int batch = 0; batch < batches; batch++) {
                        try {
                            assertThat(session.execute(Faults.insert(batch, rows))).isEqualTo(rows);
                            acknowledged.add(batch);
                        } catch (ConnectionError e) {
                            failed.add(batch); // outcome unknown: the client does not send it again
                        }
                        tenWritten.countDown();
                    }
                }
            });
            assertThat(tenWritten.await(10, TimeUnit.SECONDS)).isTrue();
            server.restart();
            writer.get(20, TimeUnit.SECONDS);

            try (TaosSession session = client.openSession()) {
                Map<Integer, Long> stored = Faults.rowsPerBatch(session);
                for (int batch : acknowledged) {
                    assertThat(stored).containsEntry(batch, (long) rows);
                }
                assertThat(stored.keySet()).isSubsetOf(union(acknowledged, failed));
                assertThat(stored.values()).allMatch(count -> count == rows); // a batch is stored whole or not at all
                Report.row("restart during batch writes", "writes in flight fail with ConnectionError ("
                        + failed.size() + " of " + batches + " batches); the next write reconnects",
                        "acknowledged " + acknowledged.size() * rows + ", stored " + Faults.count(session)
                                + ", acknowledged and lost 0");
            }
        }
    }

    @Test
    void preparedStatementIsPreparedAgainOnTheNewSocket() {
        Faults.createTable(server.port(), "bound");
        try (TaosClient client = TaosClient.create(Faults.dsn(server.port(), "bound"));
                TaosSession session = client.openSession();
                TaosStatement stmt = session.prepare("insert into t values (?, ?, ?)")) {
            long acknowledged = stmt.bindRow(1_700_000_000_000L, 1L, 1).bindRow(1_700_000_000_001L, 2L, 1).execute();

            server.restart();

            acknowledged += stmt.bindRow(1_700_000_000_002L, 3L, 2).execute();
            acknowledged += stmt.bindRow(1_700_000_000_003L, 4L, 3).execute();

            assertThat(acknowledged).isEqualTo(4);
            assertThat(Faults.rowsPerBatch(session)).containsExactly(Map.entry(1, 2L), Map.entry(2, 1L),
                    Map.entry(3, 1L));
            Report.row("restart between prepared-statement batches", "recovered: the statement is prepared again on "
                    + "the new socket before its next batch", "rows 4 acknowledged, " + Faults.count(session) + " stored");
        }
    }

    @Test
    void requestsFailWithConnectionErrorWhileTheServerStaysDown() {
        Faults.createTable(server.port(), "down");
        try (TaosClient client = TaosClient.create(Faults.dsn(server.port(), "down"));
                TaosSession session = client.openSession()) {
            session.execute(Faults.insert(1, 10));
            server.stop();

            assertThatThrownBy(() -> Faults.count(session)).isInstanceOfSatisfying(ConnectionError.class, e -> {
                assertThat(e.errno()).isEqualTo(ErrorCodes.UNABLE_TO_CONNECT);
                assertThat(e.getMessage()).contains("8 attempts");
            });

            server.startAgain();
            assertThat(Faults.count(session)).isEqualTo(10);
        }
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
