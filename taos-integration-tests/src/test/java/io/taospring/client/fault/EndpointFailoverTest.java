package io.taospring.client.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Two adapters in front of one cluster ({@code ws://a,b/db}): a client fails over, and skips the dead one. */
@Timeout(30)
class EndpointFailoverTest {

    private final RestartableServer first = RestartableServer.start();
    private final RestartableServer second = RestartableServer.start(first.engine());
    private final FaultProxy toFirst = FaultProxy.to(first.port());
    private final FaultProxy toSecond = FaultProxy.to(second.port());
    private final String dsn = Faults.dsn("127.0.0.1:" + toFirst.port() + ",127.0.0.1:" + toSecond.port(), "fo");

    @AfterEach
    void stop() {
        toFirst.close();
        toSecond.close();
        first.close();
        second.close();
    }

    @Test
    void sessionMovesToTheSecondAdapterWhenTheFirstGoesDown() {
        Faults.createTable(first.port(), "fo");
        try (TaosClient client = TaosClient.create(dsn); TaosSession session = client.openSession()) {
            long acknowledged = session.execute(Faults.insert(1, 100));
            assertThat(toFirst.accepted()).isEqualTo(1);

            first.stop();
            // a read first: were the loss not yet noticed, a write would fail (it is never re-sent), a read is re-sent
            assertThat(Faults.count(session)).isEqualTo(100);
            acknowledged += session.execute(Faults.insert(2, 100));

            assertThat(Faults.count(session)).isEqualTo(acknowledged).isEqualTo(200);
            assertThat(toSecond.accepted()).isEqualTo(1);
            Report.row("first of two adapters goes down", "recovered: the next request reconnects to the second",
                    "rows 200 acknowledged, 200 stored");
        }
    }

    @Test
    void newConnectionsSkipAnAdapterThatFailedRecently() {
        Faults.createTable(second.port(), "fo");
        toFirst.refuseNewConnections(true);
        try (TaosClient client = TaosClient.create(dsn)) {
            for (int i = 0; i < 5; i++) {
                try (TaosSession session = client.openSession()) {
                    session.execute("use fo"); // a session that ran USE is not pooled: each one connects anew
                }
            }

            assertThat(toFirst.accepted()).as("tried once, then put last").isEqualTo(1);
            assertThat(toSecond.accepted()).isEqualTo(5);
            Report.row("first of two adapters refuses connections", "every session opens on the second; the first "
                    + "is tried once per 30 s quarantine", "5 sessions, 1 attempt on the dead adapter");
        }
    }
}
