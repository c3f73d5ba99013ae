package io.taospring.embedded.schemaless;

import io.taospring.client.Precision;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A point's timestamp as written: a count of {@code unit}s, or "now" when {@code unit} is null.
 *
 * @param value the count
 * @param unit  its unit, or null for the server's clock
 */
record SmlTime(long value, TimeUnit unit) {

    /** The server's clock decides. */
    static final SmlTime NOW = new SmlTime(0, null);

    /**
     * The timestamp in the database's precision, rounding towards the past.
     *
     * @throws ArithmeticException when it does not fit in 64 bits
     */
    long toDatabase(Precision precision, Instant now) {
        if (unit == null) {
            return precision.fromInstant(now);
        }
        long targetNanos = precision.unit().toNanos(1);
        long sourceNanos = unit.toNanos(1);
        if (sourceNanos >= targetNanos) {
            return Math.multiplyExact(value, sourceNanos / targetNanos);
        }
        return Math.floorDiv(value, targetNanos / sourceNanos);
    }
}
