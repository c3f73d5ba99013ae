package io.taospring.client.internal;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates request ids: a random 24-bit prefix per generator, so that ids of different clients rarely
 * collide in server logs, followed by a 39-bit counter. Always positive and never 0.
 */
public final class ReqIdGenerator {

    private static final int COUNTER_BITS = 39;
    private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;

    private final long prefix;
    private final AtomicLong counter = new AtomicLong();

    /** A generator with a random prefix. */
    public ReqIdGenerator() {
        this(new SecureRandom().nextInt(1 << 24));
    }

    ReqIdGenerator(int prefix) {
        this.prefix = ((long) (prefix & 0xFFFFFF)) << COUNTER_BITS;
    }

    /** The next id. */
    public long next() {
        long value = counter.incrementAndGet() & COUNTER_MASK;
        return value == 0 ? next() : prefix | value;
    }
}
