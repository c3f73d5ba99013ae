package io.taospring.client.jdbc;

import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.TaosException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs the calls of one connection on its session, enforcing query timeouts on the client side.
 *
 * <p>Without a timeout a call runs on the caller's thread. With one, it runs on the connection's own
 * worker thread while the caller waits at most the timeout, then gets an {@link SQLTimeoutException}.
 * Neither TDengine's WebSocket nor its REST protocol can cancel a running statement, so the server
 * finishes it: the abandoned call completes in the background (within the connection's request timeout),
 * any result it returns is closed, and the connection's next call waits for it first, since a session
 * runs one call at a time.
 */
final class StatementRunner implements AutoCloseable {

    private final TaosSession session;
    private ExecutorService worker;
    private CompletableFuture<?> abandoned;

    StatementRunner(TaosSession session) {
        this.session = session;
    }

    /** Runs {@code call}; {@code timeoutSeconds} of 0 means no limit. */
    synchronized <T> T run(int timeoutSeconds, Function<TaosSession, T> call) throws SQLException {
        awaitAbandoned();
        if (timeoutSeconds <= 0) {
            try {
                return call.apply(session);
            } catch (TaosException e) {
                throw SqlExceptions.of(e);
            }
        }
        return runTimed(timeoutSeconds, call);
    }

    private <T> T runTimed(int timeoutSeconds, Function<TaosSession, T> call) throws SQLException {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(() -> call.apply(session), worker());
        try {
            return future.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            abandon(future);
            throw new SQLTimeoutException("the statement did not complete within the query timeout of "
                    + timeoutSeconds + " s; it was abandoned on the client, the server may still finish it "
                    + "(TDengine's protocols cannot cancel a statement)", SqlExceptions.TIMEOUT, 0x231E, e);
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(future);
            throw new SQLTimeoutException("interrupted while waiting for the statement", SqlExceptions.TIMEOUT, e);
        }
    }

    private void abandon(CompletableFuture<?> future) {
        abandoned = future.thenAccept(StatementRunner::closeIfResult);
    }

    private static void closeIfResult(Object value) {
        if (value instanceof TaosResult result) {
            result.close();
        }
    }

    /** Waits for a call abandoned by a timeout: the session runs one call at a time. Its outcome is moot. */
    private void awaitAbandoned() {
        if (abandoned == null) {
            return;
        }
        try {
            abandoned.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            // the caller was already told it timed out; what the abandoned call did later changes nothing
        }
        abandoned = null;
    }

    private static SQLException translate(Throwable cause) {
        if (cause instanceof TaosException taos) {
            return SqlExceptions.of(taos);
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new SQLException(cause);
    }

    private ExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "taos-jdbc-statement");
                thread.setDaemon(true);
                return thread;
            });
        }
        return worker;
    }

    @Override
    public synchronized void close() {
        if (worker != null) {
            worker.shutdown();
        }
    }
}
