package io.taospring.spring.listener;

import java.util.List;
import java.util.Objects;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retries a failed invocation in place as long as the {@link BackOff} allows, sleeping its intervals on the
 * consumer thread, then hands each record to the {@link TaosRecordRecoverer} and lets the rest flow on. A
 * failing recoverer, or an interrupt during a back-off, makes the container deliver the records again.
 */
public final class DefaultTaosErrorHandler implements TaosErrorHandler {

    private final BackOff backOff;
    private final TaosRecordRecoverer recoverer;

    /** Nine retries without pause, then a log line per record (spring-kafka's default). */
    public DefaultTaosErrorHandler() {
        this(new FixedBackOff(0, 9), new LoggingRecoverer());
    }

    /** Retries per {@code backOff}, then recovers with {@code recoverer}. */
    public DefaultTaosErrorHandler(BackOff backOff, TaosRecordRecoverer recoverer) {
        this.backOff = Objects.requireNonNull(backOff, "backOff");
        this.recoverer = Objects.requireNonNull(recoverer, "recoverer");
    }

    @Override
    public void handle(List<TaosRecord> records, Exception failure, Invocation retry) throws Exception {
        BackOffExecution execution = backOff.start();
        Exception last = failure;
        for (long wait = execution.nextBackOff(); wait != BackOffExecution.STOP; wait = execution.nextBackOff()) {
            Thread.sleep(wait);
            try {
                retry.invoke();
                return;
            } catch (Exception e) {
                last = e;
            }
        }
        for (TaosRecord record : records) {
            recoverer.recover(record, last);
        }
    }

    @Override
    public String toString() {
        return "DefaultTaosErrorHandler{backOff=" + backOff + ", recoverer=" + recoverer + "}";
    }
}
