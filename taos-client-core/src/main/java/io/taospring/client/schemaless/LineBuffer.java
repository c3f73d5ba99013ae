package io.taospring.client.schemaless;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded buffer of a {@link BufferedWriter}. Lines count against the bound from the moment they are accepted
 * until their batch is written or given up, so that memory stays bounded while a batch is being retried.
 * Sequence numbers let {@code flush} wait for exactly the lines accepted before it.
 */
final class LineBuffer {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final int maxLines;
    private final long maxChars;
    private long accepted;
    private long completed;
    private int held;
    private long heldChars;
    private long flushRequestedUpTo;
    private boolean closing;

    LineBuffer(int maxLines, long maxChars) {
        this.maxLines = maxLines;
        this.maxChars = maxChars;
    }

    /**
     * Accepts all {@code lines} or none: waits up to {@code timeout} for room (zero: no wait).
     *
     * @return false when there was no room in time
     * @throws IllegalStateException when the writer is closing
     */
    boolean offer(List<String> lines, Duration timeout) throws InterruptedException {
        long chars = chars(lines);
        if (lines.size() > maxLines || chars > maxChars) {
            return false;
        }
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (!closing && (held + lines.size() > maxLines || heldChars + chars > maxChars)) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            if (closing) {
                throw new IllegalStateException("the buffered writer is closed");
            }
            queue.addAll(lines);
            held += lines.size();
            heldChars += chars;
            accepted += lines.size();
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a batch is due (full, flushed, closing, or {@code interval} passed with lines waiting) and takes
     * up to {@code batchSize} lines; an empty list means closed and drained.
     */
    List<String> take(int batchSize, Duration interval) throws InterruptedException {
        long deadline = System.nanoTime() + interval.toNanos();
        lock.lock();
        try {
            while (!due(batchSize, deadline)) {
                long wait = queue.isEmpty() ? interval.toNanos() : deadline - System.nanoTime();
                changed.awaitNanos(Math.max(wait, 1));
                if (queue.isEmpty()) {
                    deadline = System.nanoTime() + interval.toNanos();
                }
            }
            List<String> batch = new ArrayList<>(Math.min(batchSize, queue.size()));
            while (batch.size() < batchSize && !queue.isEmpty()) {
                batch.add(queue.poll());
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    private boolean due(int batchSize, long deadline) {
        if (queue.isEmpty()) {
            return closing;
        }
        return queue.size() >= batchSize || closing || flushRequestedUpTo > completed + (held - queue.size())
                || System.nanoTime() - deadline >= 0;
    }

    /** Releases a batch that was written or given up. */
    void complete(List<String> batch) {
        lock.lock();
        try {
            held -= batch.size();
            heldChars -= chars(batch);
            completed += batch.size();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until every line accepted so far is written or given up. */
    void awaitFlushed() throws InterruptedException {
        lock.lock();
        try {
            long target = accepted;
            flushRequestedUpTo = Math.max(flushRequestedUpTo, target);
            changed.signalAll();
            while (completed < target) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Stops accepting lines; the ones held are still taken. */
    void close() {
        lock.lock();
        try {
            closing = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Lines accepted and not yet written or given up. */
    int held() {
        lock.lock();
        try {
            return held;
        } finally {
            lock.unlock();
        }
    }

    private static long chars(List<String> lines) {
        long chars = 0;
        for (String line : lines) {
            chars += line.length();
        }
        return chars;
    }
}
