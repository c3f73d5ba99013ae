package io.taospring.client.schemaless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.SchemalessError;
import io.taospring.client.error.TaosException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BufferedWriterTest {

    /** Records batches; fails the first {@code failures} calls with {@code error}; can be held shut. */
    private static final class FakeTarget implements SchemalessWriter {
        final LinkedBlockingQueue<List<String>> batches = new LinkedBlockingQueue<>();
        final CountDownLatch open = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);
        volatile boolean gated;
        volatile int failures;
        volatile TaosException error;

        @Override
        public long write(List<String> lines, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl,
                long reqId) {
            entered.countDown();
            if (gated) {
                try {
                    open.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failures > 0) {
                failures--;
                throw error;
            }
            batches.add(List.copyOf(lines));
            return lines.size();
        }

        List<String> lines() {
            List<String> all = new ArrayList<>();
            batches.forEach(all::addAll);
            return all;
        }
    }

    /** Counts what the listener hears. */
    private static final class Recorder implements BufferedWriterListener {
        final List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> retries = Collections.synchronizedList(new ArrayList<>());
        final List<List<String>> failed = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void batchWritten(int lines, Duration elapsed) {
            written.add(lines);
        }

        @Override
        public void retrying(int attempt, Duration delay, TaosException error) {
            retries.add(attempt);
        }

        @Override
        public void batchFailed(List<String> lines, TaosException error) {
            failed.add(lines);
        }
    }

    private final FakeTarget target = new FakeTarget();
    private final Recorder recorder = new Recorder();
    private final List<BufferedWriter> opened = new ArrayList<>();

    @AfterEach
    void release() {
        target.open.countDown();
        opened.forEach(writer -> {
            try {
                writer.close();
            } catch (TaosException e) {
                // failures are what some tests provoke
            }
        });
    }

    private BufferedWriter.Builder builder() {
        return BufferedWriter.builder(target).listener(recorder)
                .retry(new RetryPolicy(3, Duration.ZERO, Duration.ZERO));
    }

    private BufferedWriter open(BufferedWriter.Builder builder) {
        BufferedWriter writer = builder.build();
        opened.add(writer);
        return writer;
    }

    private static List<String> lines(int count) {
        return IntStream.range(0, count).mapToObj(i -> "m,t=1 v=" + i + "i " + (i + 1)).toList();
    }

    @Test
    void sendsAFullBatchWithoutWaitingForTheInterval() throws Exception {
        BufferedWriter writer = open(builder().batchSize(3).flushInterval(Duration.ofDays(1)));

        writer.write(lines(3));

        assertThat(target.batches.poll(30, TimeUnit.SECONDS)).isEqualTo(lines(3));
    }

    @Test
    void sendsAPartialBatchOnceTheIntervalPasses() throws Exception {
        BufferedWriter writer = open(builder().batchSize(1_000).flushInterval(Duration.ofMillis(20)));

        writer.write("m v=1");

        assertThat(target.batches.poll(30, TimeUnit.SECONDS)).containsExactly("m v=1");
    }

    @Test
    void losesNothingAcrossCloseAndKeepsTheOrder() {
        BufferedWriter writer = builder().batchSize(100).flushInterval(Duration.ofDays(1)).build();
        for (String line : lines(10_050)) {
            writer.write(line);
        }

        writer.close();

        assertThat(target.lines()).isEqualTo(lines(10_050));
        assertThat(target.batches).allMatch(batch -> batch.size() <= 100);
        assertThat(recorder.written.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_050);
        assertThat(writer.buffered()).isZero();
    }

    @Test
    void flushWaitsForEverythingWrittenBefore() {
        BufferedWriter writer = open(builder().batchSize(1_000).flushInterval(Duration.ofDays(1)));
        writer.write(lines(10));

        writer.flush();

        assertThat(target.lines()).isEqualTo(lines(10));
    }

    @Test
    void rendersPointsInTheWritersPrecision() {
        BufferedWriter writer = open(builder().precision(SchemalessPrecision.SECONDS));

        writer.write(Point.measurement("m").field("v", 1L).timestamp(1_700_000_000_123L, TimeUnit.MILLISECONDS).build());
        writer.flush();

        assertThat(target.lines()).containsExactly("m v=1i 1700000000");
    }

    @Test
    void failsAtOnceWhenFullAndConfiguredToFail() throws Exception {
        target.gated = true;
        BufferedWriter writer = open(builder().batchSize(2).maxBufferedLines(4).overflow(OverflowPolicy.FAIL));
        writer.write(lines(2));
        target.entered.await();
        writer.write(lines(2));

        BufferFullException e = catchThrowableOfType(BufferFullException.class, () -> writer.write("one more"));

        assertThat(e.errno()).isEqualTo(ErrorCodes.BUFFER_FULL);
        assertThat(writer.buffered()).isEqualTo(4);
        target.open.countDown();
        writer.flush();
        assertThat(target.lines()).hasSize(4).doesNotContain("one more");
    }

    @Test
    void blocksWhenFullUntilThereIsRoom() throws Exception {
        target.gated = true;
        BufferedWriter writer = open(builder().batchSize(2).maxBufferedLines(2).blockTimeout(Duration.ofMinutes(5)));
        writer.write(lines(2));
        target.entered.await();

        CompletableFuture<Void> blocked = CompletableFuture.runAsync(() -> writer.write("waits"));
        target.open.countDown();
        blocked.get(60, TimeUnit.SECONDS);
        writer.flush();

        assertThat(target.lines()).endsWith("waits");
    }

    @Test
    void failsABlockedWriteWhenTheTimeoutPasses() throws Exception {
        target.gated = true;
        BufferedWriter writer = open(builder().batchSize(2).maxBufferedLines(2).blockTimeout(Duration.ofMillis(1)));
        writer.write(lines(2));
        target.entered.await();

        assertThatThrownBy(() -> writer.write("no room")).isInstanceOf(BufferFullException.class);
    }

    @Test
    void rejectsMoreLinesThanTheBufferCanEverHold() {
        BufferedWriter writer = open(builder().batchSize(2).maxBufferedLines(3));

        assertThatThrownBy(() -> writer.write(lines(4))).isInstanceOf(BufferFullException.class);
    }

    @Test
    void retriesTransientFailuresUntilTheBatchIsWritten() {
        target.error = new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "connection lost");
        target.failures = 2;
        BufferedWriter writer = open(builder().batchSize(10));

        writer.write(lines(5));
        writer.flush();

        assertThat(target.lines()).isEqualTo(lines(5));
        assertThat(recorder.retries).containsExactly(1, 2);
        assertThat(recorder.failed).isEmpty();
    }

    @Test
    void givesUpAfterTheLastAttemptAndReportsTheLines() {
        target.error = new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "connection lost");
        target.failures = 3;
        BufferedWriter writer = open(builder().batchSize(10));
        writer.write(lines(5));

        TaosException e = catchThrowableOfType(TaosException.class, writer::flush);

        assertThat(e).isSameAs(target.error);
        assertThat(recorder.failed).containsExactly(lines(5));
        assertThat(recorder.retries).containsExactly(1, 2);
        writer.flush();
    }

    @Test
    void aFailingListenerNeitherFailsNorRepeatsAWrittenBatch() {
        BufferedWriterListener throwing = new BufferedWriterListener() {
            @Override
            public void batchWritten(int lines, Duration elapsed) {
                throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "a listener's own failure");
            }
        };
        BufferedWriter writer = open(builder().batchSize(2).listener(BufferedWriterListener.composite(List.of(throwing, recorder))));

        writer.write(lines(4));
        writer.flush();
        writer.write(lines(2));
        writer.flush();

        assertThat(target.batches).hasSize(3);
        assertThat(recorder.retries).isEmpty();
        assertThat(recorder.failed).isEmpty();
    }

    @Test
    void doesNotRetryBadData() {
        target.error = new SchemalessError(0x3002, "invalid data:x");
        target.failures = 1;
        BufferedWriter writer = open(builder().batchSize(10));
        writer.write("x");

        assertThatThrownBy(writer::flush).isSameAs(target.error);
        assertThat(recorder.retries).isEmpty();
        assertThat(recorder.failed).containsExactly(List.of("x"));
    }

    @Test
    void refusesWritesAfterClose() {
        BufferedWriter writer = builder().build();
        writer.close();

        assertThatThrownBy(() -> writer.write("late")).isInstanceOf(IllegalStateException.class);
        writer.close();
    }

    @Test
    void backsOffExponentiallyUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(500));

        assertThat(List.of(policy.backoff(1), policy.backoff(2), policy.backoff(3), policy.backoff(4)))
                .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                        Duration.ofMillis(500));
    }
}
