package io.taospring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.core.Gen;

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

    /** Text of up to {@code maxLength} code points drawn from {@code alphabet}. */
    public static Gen<String> text(int[] alphabet, int maxLength) {
        return lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, maxLength).map(indices -> {
            StringBuilder text = new StringBuilder();
            for (int index : indices) {
                text.appendCodePoint(alphabet[index]);
            }
            return text.toString();
        });
    }

    /** One to six edits {@code (kind, position, character)} for {@link #mutate(String, List, int[])}. */
    public static Gen<List<int[]>> edits() {
        Gen<int[]> edit = lists().of(integers().between(0, 100_000)).ofSize(3)
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray());
        return lists().of(edit).ofSizeBetween(1, 6);
    }

    /** Applies the edits: insert, delete or replace one character taken from {@code alphabet}. */
    public static String mutate(String seed, List<int[]> edits, int[] alphabet) {
        StringBuilder text = new StringBuilder(seed);
        for (int[] edit : edits) {
            int at = text.length() == 0 ? 0 : edit[1] % text.length();
            String c = new String(Character.toChars(alphabet[edit[2] % alphabet.length]));
            switch (edit[0] % 3) {
                case 0 -> text.insert(at, c);
                case 1 -> {
                    if (text.length() > 0) {
                        text.deleteCharAt(at);
                    }
                }
                default -> {
                    if (text.length() > 0) {
                        text.replace(at, at + 1, c);
                    }
                }
            }
        }
        return text.toString();
    }

    /**
     * A corrupted copy of {@code seed}: flipped bytes, hostile 32-bit values written over length and count
     * fields, inserted or deleted bytes, or a truncation, as {@code random} decides.
     */
    public static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        int kind = random.nextInt(4);
        if (bytes.length == 0) {
            return bytes;
        }
        switch (kind) {
            case 0 -> {
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                }
            }
            case 1 -> {
                int[] hostile = {-1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 1, 0xFFFF, 1 << 30, bytes.length,
                    bytes.length + 1, random.nextInt()};
                int at = random.nextInt(Math.max(1, bytes.length - 3));
                int value = hostile[random.nextInt(hostile.length)];
                for (int i = 0; i < 4 && at + i < bytes.length; i++) {
                    bytes[at + i] = (byte) (value >>> (8 * i));
                }
            }
            case 2 -> {
                int at = random.nextInt(bytes.length);
                int count = 1 + random.nextInt(8);
                byte[] changed = new byte[bytes.length + count];
                System.arraycopy(bytes, 0, changed, 0, at);
                for (int i = 0; i < count; i++) {
                    changed[at + i] = (byte) random.nextInt();
                }
                System.arraycopy(bytes, at, changed, at + count, bytes.length - at);
                bytes = changed;
            }
            default -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        return bytes;
    }
}
