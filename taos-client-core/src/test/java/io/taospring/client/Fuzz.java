package io.taospring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.function.Executable;

/**
 * One fuzz target's budget and guards. The number of cases comes from the system property
 * {@value #EXAMPLES_PROPERTY} (set by the {@code fuzz} Maven profile) or else the target's own small CI
 * default. Each case runs under a time bound, a guard against hangs and not a speed assertion, and an
 * allocation bound, so that a length field claiming gigabytes fails the case instead of the JVM.
 */
public final class Fuzz {

    /** The system property holding the number of cases per target. */
    public static final String EXAMPLES_PROPERTY = "taos.fuzz.examples";
    /** Generous: a case takes microseconds to milliseconds; only a hang comes near it. */
    private static final Duration CASE_TIME_BOUND = Duration.ofSeconds(20);
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final String target;
    private final AtomicLong cases = new AtomicLong();

    private Fuzz(String target) {
        this.target = target;
    }

    /** The budget and guards of the target named {@code target} (the name appears in the report line). */
    public static Fuzz target(String target) {
        return new Fuzz(target);
    }

    /** The number of cases to run: {@value #EXAMPLES_PROPERTY} when set, else {@code ciDefault}. */
    public int examples(int ciDefault) {
        return Integer.getInteger(EXAMPLES_PROPERTY, ciDefault);
    }

    /**
     * Runs one case on a thread of its own, failing it when it runs past the time bound or allocates more
     * than {@code maxAllocatedBytes}.
     */
    public void bounded(long maxAllocatedBytes, Executable body) {
        cases.incrementAndGet();
        assertTimeoutPreemptively(CASE_TIME_BOUND, () -> {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            body.execute();
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
            assertThat(allocated).as("bytes allocated by one case of " + target).isLessThan(maxAllocatedBytes);
        });
    }

    /** Prints how many cases ran, for the fuzz report. */
    public void report() {
        System.out.println("fuzz target '" + target + "': " + cases.get() + " cases");
    }
}
