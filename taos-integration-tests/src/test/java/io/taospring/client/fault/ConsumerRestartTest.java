package io.taospring.client.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.tmq.ConsumerRecord;
import io.taospring.client.tmq.ConsumerRecords;
import io.taospring.client.tmq.TaosConsumer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A TMQ consumer whose server restarts: it resumes from the group's committed offsets. */
@Timeout(30)
class ConsumerRestartTest {

    /** 40,000 rows: three messages, since the server sends at most 16,384 rows per message. */
    private static final int BATCHES = 40;
    private static final int ROWS = 1_000;

    private final RestartableServer server = RestartableServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    /** What one consumer saw: every value polled, and the values of polls whose commit failed. */
    private static final class Tally {
        final List<Long> polled = new ArrayList<>();
        long uncommittedAtLoss;
        int failedCommits;

        void add(ConsumerRecords records) {
            for (ConsumerRecord record : records) {
                polled.add(record.get("v", Long.class));
            }
        }

        long unique() {
            return new HashSet<>(polled).size();
        }

        long duplicates() {
            return polled.size() - unique();
        }
    }

    @Test
    void restartBetweenPollAndCommitRedeliversExactlyThatPoll() {
        produce(0, BATCHES);
        Tally tally = new Tally();
        try (TaosConsumer consumer = consumer("between")) {
            consumer.subscribe(List.of("tp"));
            boolean restarted = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                ConsumerRecords records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty() && tally.unique() == BATCHES * ROWS) {
                    break; // drained: redeliveries would have come before
                }
                tally.add(records);
                if (!restarted && tally.polled.size() >= BATCHES * ROWS / 4 && !records.isEmpty()) {
                    server.restart();
                    restarted = true;
                }
                commit(consumer, records, tally);
            }
        }

        assertThat(tally.unique()).isEqualTo(BATCHES * ROWS);
        assertThat(tally.failedCommits).isEqualTo(1);
        assertThat(tally.duplicates()).isEqualTo(tally.uncommittedAtLoss).isPositive();
        Report.row("restart between a poll and its commit", "commitSync fails with ConnectionError; the next poll "
                + "reconnects and subscribes again", "produced " + BATCHES * ROWS + ", consumed " + tally.unique()
                + " distinct, " + tally.duplicates() + " duplicates = the uncommitted poll");
    }

    @Test
    void restartWhileConsumingAndProducingLosesNothingAndBoundsDuplicates() throws Exception {
        produce(0, BATCHES);
        Tally tally = new Tally();
        CompletableFuture<Void> restart = null;
        try (TaosConsumer consumer = consumer("during")) {
            consumer.subscribe(List.of("tp"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                ConsumerRecords records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty() && tally.unique() == 2 * BATCHES * ROWS) {
                    break;
                }
                tally.add(records);
                commit(consumer, records, tally);
                if (restart == null && tally.polled.size() >= BATCHES * ROWS / 2) {
                    // on another thread, so that the loss may hit a poll, a fetch or a commit
                    restart = CompletableFuture.runAsync(() -> {
                        server.restart();
                        produce(BATCHES, 2 * BATCHES); // written after the restart, while the consumer reconnects
                    });
                }
            }
        }
        restart.get(10, TimeUnit.SECONDS);

        assertThat(tally.unique()).isEqualTo(2 * BATCHES * ROWS);
        assertThat(tally.duplicates()).isLessThanOrEqualTo(tally.uncommittedAtLoss);
        Report.row("restart during consumption, producer writing on", "the consumer reconnects and resumes from the "
                + "committed offsets", "produced " + 2 * BATCHES * ROWS + ", consumed " + tally.unique()
                + " distinct, " + tally.duplicates() + " duplicates (bound: " + tally.uncommittedAtLoss
                + " uncommitted at the loss)");
    }

    private static void commit(TaosConsumer consumer, ConsumerRecords records, Tally tally) {
        if (records.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(records);
        } catch (ConnectionError e) {
            tally.failedCommits++;
            tally.uncommittedAtLoss += records.count();
        }
    }

    private TaosConsumer consumer(String group) {
        return TaosConsumer.create(Map.of("td.connect.ip", "127.0.0.1", "td.connect.port",
                Integer.toString(server.port()), "group.id", group, "auto.offset.reset", "earliest",
                "enable.auto.commit", "false", "connect.timeout.ms", "1000", "request.timeout.ms", "1000",
                "reconnectRetryCount", "8", "reconnectIntervalMs", "50"));
    }

    private void produce(int fromBatch, int toBatch) {
        if (fromBatch == 0) {
            Faults.createTable(server.port(), "cons");
        }
        try (TaosClient client = TaosClient.create(Faults.dsn(server.port(), "cons"));
                TaosSession session = client.openSession()) {
            if (fromBatch == 0) {
                session.execute("create topic if not exists tp as select ts, v, batch from cons.t");
            }
            for (int batch = fromBatch; batch < toBatch; batch++) {
                session.execute(Faults.insert(batch, ROWS));
            }
        }
    }
}
