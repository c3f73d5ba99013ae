package io.taospring.client.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.OperationalError;
import io.taospring.client.error.TaosException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Faults of the network between client and server, injected by a loopback proxy. */
@Timeout(30)
class NetworkFaultTest {

    private final RestartableServer server = RestartableServer.start();
    private final FaultProxy proxy = FaultProxy.to(server.port());
    private TaosClient client;
    private TaosSession session;

    @BeforeEach
    void connect() {
        Faults.createTable(server.port(), "net");
        client = TaosClient.create(Faults.dsn(proxy.port(), "net"));
        session = client.openSession();
        session.execute(Faults.insert(0, 100));
    }

    @AfterEach
    void stop() {
        session.close();
        client.close();
        proxy.close();
        server.close();
    }

    @Test
    void stalledServerTimesOutTheRequestAndTheSocketServesOnAfterwards() {
        proxy.stall();

        assertThatThrownBy(() -> Faults.count(session)).isInstanceOfSatisfying(OperationalError.class,
                e -> assertThat(e.errno()).isEqualTo(ErrorCodes.REQUEST_TIMEOUT));

        proxy.resume();
        assertThat(Faults.count(session)).isEqualTo(100);
        assertThat(proxy.accepted()).as("no new socket was needed").isEqualTo(1);
        Report.row("server stalls beyond request_timeout", "OperationalError 0x231E; the late reply is dropped and "
                + "the same socket serves the next request", "rows 100 acknowledged, 100 stored");
    }

    @Test
    void sendThatTheStalledServerNeverReadsIsGivenUpAndNotApplied() {
        proxy.stall();
        String huge = Faults.insert(1, 400_000); // ~16 MB: far more than the loopback buffers hold

        assertThatThrownBy(() -> session.execute(huge)).isInstanceOfSatisfying(ConnectionError.class, e -> {
            assertThat(e.errno()).isEqualTo(ErrorCodes.CONNECTION_CLOSED);
            assertThat(e.getMessage()).contains("not completed within");
        });

        proxy.resume();
        assertThat(Faults.rowsPerBatch(session)).containsExactly(Map.entry(0, 100L));
        Report.row("server stops reading during a large write", "ConnectionError 0x2301 after the send timeout "
                + "(request_timeout); the next request reconnects", "rows 100 acknowledged, 100 stored; the "
                + "unsent batch is not stored");
    }

    @Test
    void idleSocketHalfClosedByTheServerSideIsReplacedOnTheNextRequest() throws Exception {
        proxy.halfCloseTowardsClients();
        Thread.sleep(100); // let the client read the end of stream, as an idle client would

        assertThat(Faults.count(session)).isEqualTo(100);
        assertThat(proxy.accepted()).isEqualTo(2);
        Report.row("server half-closes an idle socket", "recovered: the next request reconnects", "rows 100 "
                + "acknowledged, 100 stored");
    }

    @Test
    void writeInFlightWhenTheSocketIsHalfClosedFailsAndIsNotSentAgain() throws Exception {
        proxy.stall();
        CompletableFuture<Long> write = CompletableFuture.supplyAsync(() -> session.execute(Faults.insert(1, 50)));
        Thread.sleep(100); // the insert is sent and held by the proxy
        proxy.halfCloseTowardsClients();

        ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> write.get(10, TimeUnit.SECONDS));
        assertThat(failure.getCause()).isInstanceOfSatisfying(ConnectionError.class,
                e -> assertThat(e.errno()).isEqualTo(ErrorCodes.CONNECTION_CLOSED));

        proxy.resume(); // the held insert may still reach the server: the client cannot know, so it never re-sends
        long stored = Faults.count(session);
        assertThat(stored).isIn(100L, 150L);
        assertThat(Faults.rowsPerBatch(session).getOrDefault(1, 0L)).isIn(0L, 50L);
        Report.row("socket half-closed while a write is in flight", "ConnectionError 0x2301, not re-sent",
                "rows 100 acknowledged, " + stored + " stored (the unacknowledged batch of 50 was applied: "
                        + (stored == 150) + ")");
    }

    @Test
    void readOnlyQueryWhoseSocketIsCutIsSentAgainTransparently() throws Exception {
        proxy.stall();
        CompletableFuture<Long> read = CompletableFuture.supplyAsync(() -> Faults.count(session));
        Thread.sleep(100);
        proxy.cutAll();
        proxy.resume();

        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(100);
        assertThat(proxy.accepted()).isEqualTo(2);
        Report.row("connection reset during a SELECT", "recovered: the read-only query is sent once more on a new "
                + "socket", "rows 100 stored, 100 read");
    }

    @Test
    void streamCutMidResultFailsWithConnectionErrorAfterTheRowsReceived() {
        for (int batch = 1; batch <= 10; batch++) {
            session.execute(Faults.insert(batch, 5_000));
        }
        long read = 0;
        long previous = -1;
        TaosException failure = null;
        try (TaosResult result = session.query("select ts, v from t")) {
            proxy.cutAfterServerBytes(200_000);
            while (result.next()) {
                read++;
                assertThat(result.getLong(1)).as("rows in order, none twice").isGreaterThan(previous);
                previous = result.getLong(1);
            }
        } catch (TaosException e) {
            failure = e;
        }
        proxy.cutAfterServerBytes(-1);

        assertThat(failure).isInstanceOfSatisfying(ConnectionError.class,
                e -> assertThat(e.errno()).isEqualTo(ErrorCodes.CONNECTION_CLOSED));
        assertThat(read).isPositive().isLessThan(50_100);
        assertThat(Faults.count(session)).isEqualTo(50_100);
        Report.row("connection cut in the middle of a result", "ConnectionError 0x2301 after " + read
                + " of 50100 rows; the next query reconnects", "50100 stored; the rows read came in order, none twice");
    }

    @Test
    void slowLinkDeliversEverything() {
        for (int batch = 1; batch <= 4; batch++) {
            session.execute(Faults.insert(batch, 5_000));
        }
        proxy.slowDown(Duration.ofMillis(2));

        long read = 0;
        long sum = 0;
        try (TaosResult result = session.query("select v from t")) {
            while (result.next()) {
                read++;
                sum += result.getLong(0);
            }
        }

        assertThat(read).isEqualTo(20_100);
        assertThat(sum).isEqualTo(expectedSum());
        Report.row("slow link (2 ms per 16 KiB chunk)", "success", "20100 rows stored, 20100 read, checksum equal");
    }

    @Test
    void refusedConnectionsExhaustTheAttemptsThenTheSessionRecovers() {
        proxy.refuseNewConnections(true);
        proxy.cutAll();

        assertThatThrownBy(() -> Faults.count(session)).isInstanceOfSatisfying(ConnectionError.class,
                e -> assertThat(e.errno()).isEqualTo(ErrorCodes.UNABLE_TO_CONNECT));
        int attempts = proxy.accepted() - 1;

        proxy.refuseNewConnections(false);
        assertThat(Faults.count(session)).isEqualTo(100);
        assertThat(attempts).isEqualTo(8);
        Report.row("adapter unreachable longer than the reconnect attempts", "ConnectionError 0x000B after "
                + attempts + " attempts; the next request reconnects once it is back", "rows 100 stored");
    }

    private static long expectedSum() {
        long sum = 0;
        for (int i = 0; i < 100; i++) {
            sum += i;
        }
        for (int batch = 1; batch <= 4; batch++) {
            for (int i = 0; i < 5_000; i++) {
                sum += (long) batch * 1_000_000 + i;
            }
        }
        return sum;
    }
}
