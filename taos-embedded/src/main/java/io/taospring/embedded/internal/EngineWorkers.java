package io.taospring.embedded.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool on which SQL runs, so that a slow statement never holds an event loop. A full queue
 * rejects work ({@link RejectedExecutionException}); the protocol handlers turn that into a busy error.
 */
public final class EngineWorkers implements Executor {

    private static final int QUEUE_CAPACITY = 4096;

    private final ThreadPoolExecutor pool;

    /** A pool of {@code threads} daemon threads named {@code <prefix>-N}. */
    public EngineWorkers(int threads, String prefix) {
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), daemonThreads(prefix));
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    /** Stops accepting work and waits up to {@code timeoutMillis} for running statements to end. */
    public void shutdown(long timeoutMillis) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
        }
    }

    /** A factory of daemon threads named {@code <prefix>-N}. */
    public static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
