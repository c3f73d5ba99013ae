package io.taospring.client.internal;

import io.taospring.client.ReconnectPolicy;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.OperationalError;
import io.taospring.client.error.TaosException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs the attempts of a {@link ReconnectPolicy}: the first at once, the later ones after the policy's pauses,
 * until one opens a connection. Only network failures ({@link ConnectionLoss#isConnectFailure}) lead to another
 * attempt; an answer of the server, such as a wrong password, ends the attempts at once.
 */
public final class ReconnectAttempts {

    /** TDengine's "Query terminated", used when a pause between attempts is interrupted. */
    private static final int QUERY_TERMINATED = 0x020F;

    /** Waits between attempts; tests replace it to record the pauses instead of sleeping. */
    @FunctionalInterface
    public interface Pause {

        /** Waits for {@code duration}. */
        void sleep(Duration duration) throws InterruptedException;

        /** Sleeps the calling thread. */
        Pause SLEEP = duration -> Thread.sleep(duration.toMillis());
    }

    private final ReconnectPolicy policy;
    private final Pause pause;

    /** Attempts as {@code policy} says, waiting with {@code pause}. */
    public ReconnectAttempts(ReconnectPolicy policy, Pause pause) {
        this.policy = policy;
        this.pause = pause;
    }

    /**
     * Calls {@code open} until it succeeds, at most {@link ReconnectPolicy#retries()} times.
     *
     * @throws ConnectionError ({@link ErrorCodes#UNABLE_TO_CONNECT}) when no attempt succeeded, the last
     *         failure chained
     * @throws TaosException at once, when an attempt failed for another reason than the network
     */
    public <T> T open(String what, Supplier<T> open) {
        TaosException last = null;
        for (int attempt = 1; attempt <= policy.retries(); attempt++) {
            sleep(policy.pauseBefore(attempt));
            try {
                return open.get();
            } catch (TaosException e) {
                if (!ConnectionLoss.isConnectFailure(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw new ConnectionError(ErrorCodes.UNABLE_TO_CONNECT, what + " lost and not re-established in "
                + policy.retries() + " attempts" + (last == null ? "" : ": " + last.getMessage()), last);
    }

    private void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            pause.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationalError(QUERY_TERMINATED, "interrupted while waiting to reconnect", 0, null, e);
        }
    }
}
