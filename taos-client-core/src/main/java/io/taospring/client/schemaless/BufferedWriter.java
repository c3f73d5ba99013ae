package io.taospring.client.schemaless;

import io.taospring.client.error.TaosException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects schemaless lines and writes them in the background in batches: when {@code batchSize} lines are
 * waiting, when {@code flushInterval} has passed, on {@link #flush()} and on {@link #close()}. Memory is bounded
 * ({@code maxBufferedLines}, {@code maxBufferedChars}); a write that does not fit waits or fails as the
 * {@link OverflowPolicy} says and is never dropped silently. Transient failures are retried with back-off
 * ({@link RetryPolicy}); a batch given up goes to {@link BufferedWriterListener#batchFailed} and its error is
 * thrown by the next {@link #flush()} or {@link #close()}. Thread-safe.
 *
 * <pre>{@code
 * try (BufferedWriter writer = BufferedWriter.builder(client.schemaless()).batchSize(5_000).build()) {
 *     writer.write(Point.measurement("meters").tag("id", "d1").field("current", 10.3).build());
 * }   // close() writes what is left
 * }</pre>
 */
public final class BufferedWriter implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final LineBuffer buffer;
    private final Flusher flusher;
    private final Thread thread;
    private final SchemalessProtocol protocol;
    private final SchemalessPrecision precision;
    private final OverflowPolicy overflow;
    private final Duration blockTimeout;

    private BufferedWriter(Builder builder) {
        this.buffer = new LineBuffer(builder.maxBufferedLines, builder.maxBufferedChars);
        this.protocol = builder.protocol;
        this.precision = builder.precision;
        this.overflow = builder.overflow;
        this.blockTimeout = builder.blockTimeout;
        this.flusher = new Flusher(buffer, new Flusher.Settings(builder.target, builder.protocol, builder.precision,
                builder.ttl, builder.batchSize, builder.flushInterval, builder.retry, builder.listener));
        this.thread = builder.threadFactory.newThread(flusher);
        thread.start();
    }

    /** A builder of a writer that sends its batches to {@code target}. */
    public static Builder builder(SchemalessWriter target) {
        return new Builder(target);
    }

    /** Buffers one line (or, for JSON, one document). */
    public void write(String line) {
        write(List.of(line));
    }

    /**
     * Buffers a point rendered as line protocol in this writer's precision.
     *
     * @throws IllegalStateException when the writer's protocol is not {@link SchemalessProtocol#LINE}
     */
    public void write(Point point) {
        if (protocol != SchemalessProtocol.LINE) {
            throw new IllegalStateException("points are line protocol; this writer sends " + protocol);
        }
        write(List.of(point.toLine(precision)));
    }

    /**
     * Buffers lines, all or none.
     *
     * @throws BufferFullException when they do not fit (at once for {@link OverflowPolicy#FAIL}, after the block
     *         timeout for {@link OverflowPolicy#BLOCK}), or are more than the buffer can ever hold
     * @throws IllegalStateException after {@link #close()}
     */
    public void write(List<String> lines) {
        List<String> copy = List.copyOf(lines);
        boolean accepted;
        try {
            accepted = buffer.offer(copy, overflow == OverflowPolicy.FAIL ? Duration.ZERO : blockTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BufferFullException("interrupted while waiting for room for " + copy.size() + " lines");
        }
        if (!accepted) {
            throw new BufferFullException("no room for " + copy.size() + " lines: " + buffer.held()
                    + " lines are buffered (overflow policy " + overflow + ")");
        }
    }

    /**
     * Writes every line buffered so far and waits for it.
     *
     * @throws TaosException the error of a batch given up since the last flush (its lines went to the listener)
     */
    public void flush() {
        try {
            buffer.awaitFlushed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while flushing", e);
        }
        rethrowFailure();
    }

    /** Lines accepted and not yet written or given up: the buffer gauge. */
    public int buffered() {
        return buffer.held();
    }

    /**
     * Stops accepting lines, writes everything buffered and stops the background thread; idempotent.
     *
     * @throws TaosException the error of a batch given up since the last flush
     */
    @Override
    public void close() {
        buffer.close();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while closing", e);
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        TaosException failure = flusher.takeFailure();
        if (failure != null) {
            throw failure;
        }
    }

    /** Settings of a {@link BufferedWriter}, checked in {@link #build()}. */
    public static final class Builder {

        private final SchemalessWriter target;
        private SchemalessProtocol protocol = SchemalessProtocol.LINE;
        private SchemalessPrecision precision = SchemalessPrecision.NANOSECONDS;
        private int ttl;
        private int batchSize = 1_000;
        private Duration flushInterval = Duration.ofSeconds(1);
        private int maxBufferedLines = 100_000;
        private long maxBufferedChars = 64L * 1024 * 1024;
        private OverflowPolicy overflow = OverflowPolicy.BLOCK;
        private Duration blockTimeout = Duration.ofSeconds(30);
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private BufferedWriterListener listener = BufferedWriterListener.NONE;
        private ThreadFactory threadFactory = runnable -> {
            Thread thread = new Thread(runnable, "taos-schemaless-writer-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };

        private Builder(SchemalessWriter target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        /** The format of the lines (default LINE). */
        public Builder protocol(SchemalessProtocol protocol) {
            this.protocol = Objects.requireNonNull(protocol, "protocol");
            return this;
        }

        /** The unit of line-protocol timestamps, also used to render points (default nanoseconds). */
        public Builder precision(SchemalessPrecision precision) {
            this.precision = Objects.requireNonNull(precision, "precision");
            return this;
        }

        /** Table TTL in days for auto-created tables (default 0, none). */
        public Builder ttl(int ttl) {
            this.ttl = ttl;
            return this;
        }

        /** Lines per request (default 1,000). */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** The longest a line waits for its batch to fill (default 1 s). */
        public Builder flushInterval(Duration flushInterval) {
            this.flushInterval = Objects.requireNonNull(flushInterval, "flushInterval");
            return this;
        }

        /** The most lines held at once, written or not (default 100,000). */
        public Builder maxBufferedLines(int maxBufferedLines) {
            this.maxBufferedLines = maxBufferedLines;
            return this;
        }

        /** The most characters held at once (default 64 Mi). */
        public Builder maxBufferedChars(long maxBufferedChars) {
            this.maxBufferedChars = maxBufferedChars;
            return this;
        }

        /** What a write that does not fit does (default BLOCK). */
        public Builder overflow(OverflowPolicy overflow) {
            this.overflow = Objects.requireNonNull(overflow, "overflow");
            return this;
        }

        /** How long a BLOCK write waits for room before failing (default 30 s). */
        public Builder blockTimeout(Duration blockTimeout) {
            this.blockTimeout = Objects.requireNonNull(blockTimeout, "blockTimeout");
            return this;
        }

        /** How failed batches are retried (default {@link RetryPolicy#DEFAULT}). */
        public Builder retry(RetryPolicy retry) {
            this.retry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        /** The metrics and failure hook (default none). */
        public Builder listener(BufferedWriterListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The factory of the background thread (default: a daemon thread). */
        public Builder threadFactory(ThreadFactory threadFactory) {
            this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
            return this;
        }

        /**
         * Starts the writer's background thread.
         *
         * @throws IllegalArgumentException when a setting is out of range
         */
        public BufferedWriter build() {
            if (batchSize < 1 || maxBufferedLines < batchSize || maxBufferedChars < 1 || ttl < 0
                    || flushInterval.isNegative() || flushInterval.isZero() || blockTimeout.isNegative()) {
                throw new IllegalArgumentException("invalid buffered writer settings: batchSize " + batchSize
                        + ", maxBufferedLines " + maxBufferedLines + ", maxBufferedChars " + maxBufferedChars
                        + ", ttl " + ttl + ", flushInterval " + flushInterval + ", blockTimeout " + blockTimeout);
            }
            return new BufferedWriter(this);
        }
    }
}
