package io.taospring.demo;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for what the application does in the background (the schema, the simulator, the alert listener). */
final class Eventually {

    private Eventually() {
    }

    /**
     * Probes until {@code done} accepts the result, and returns it; after {@code timeout}, returns the last
     * result so that the caller's assertion reports what was seen. Probes that throw count as not done.
     */
    static <T> T await(Duration timeout, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T result = null;
            try {
                result = probe.get();
                if (done.test(result)) {
                    return result;
                }
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            if (System.nanoTime() > deadline) {
                return result;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result;
            }
        }
    }
}
