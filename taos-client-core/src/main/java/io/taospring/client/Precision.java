package io.taospring.client;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The timestamp precision of a TDengine database: the unit of every stored TIMESTAMP value. */
public enum Precision {
    /** Milliseconds (the default), wire code 0. */
    MILLISECONDS(0, "ms", TimeUnit.MILLISECONDS, 3),
    /** Microseconds, wire code 1. */
    MICROSECONDS(1, "us", TimeUnit.MICROSECONDS, 6),
    /** Nanoseconds, wire code 2. */
    NANOSECONDS(2, "ns", TimeUnit.NANOSECONDS, 9);

    private final int code;
    private final String sqlName;
    private final TimeUnit unit;
    private final int fractionDigits;
    private final long unitsPerSecond;
    private final int nanosPerUnit;

    Precision(int code, String sqlName, TimeUnit unit, int fractionDigits) {
        this.code = code;
        this.sqlName = sqlName;
        this.unit = unit;
        this.fractionDigits = fractionDigits;
        this.unitsPerSecond = TimeUnit.SECONDS.toNanos(1) / unit.toNanos(1);
        this.nanosPerUnit = (int) unit.toNanos(1);
    }

    /** The wire code (0 ms, 1 us, 2 ns) carried in query responses and TMQ blocks. */
    public int code() {
        return code;
    }

    /** The name used in {@code CREATE DATABASE ... PRECISION 'ms'}. */
    public String sqlName() {
        return sqlName;
    }

    /** The unit of a stored value. */
    public TimeUnit unit() {
        return unit;
    }

    /** The number of fraction digits in REST timestamps (3, 6 or 9). */
    public int fractionDigits() {
        return fractionDigits;
    }

    /** Converts a stored value to an instant, exactly (nanoseconds are never rounded). */
    public Instant toInstant(long value) {
        return Instant.ofEpochSecond(Math.floorDiv(value, unitsPerSecond),
                Math.floorMod(value, unitsPerSecond) * nanosPerUnit);
    }

    /**
     * Converts an instant to a stored value, truncating below this precision's unit towards the past
     * (as {@link #toInstant(long)} reads it back).
     *
     * @throws ArithmeticException if the instant does not fit in 64 bits at this precision
     */
    public long fromInstant(Instant instant) {
        long seconds = instant.getEpochSecond();
        long fraction = instant.getNano() / nanosPerUnit;
        if (seconds < 0 && fraction > 0) {
            // borrow one second so that the values near Long.MIN_VALUE do not overflow on the way
            return Math.addExact(Math.multiplyExact(seconds + 1, unitsPerSecond), fraction - unitsPerSecond);
        }
        return Math.addExact(Math.multiplyExact(seconds, unitsPerSecond), fraction);
    }

    /**
     * Converts a stored value of this precision to another precision, rounding towards the past when the
     * target is coarser.
     *
     * @throws ArithmeticException if the value does not fit in 64 bits at the target precision
     */
    public long convert(long value, Precision target) {
        if (target.unitsPerSecond >= unitsPerSecond) {
            return Math.multiplyExact(value, target.unitsPerSecond / unitsPerSecond);
        }
        return Math.floorDiv(value, unitsPerSecond / target.unitsPerSecond);
    }

    /** The precision with the given wire code. */
    public static Precision fromCode(int code) {
        for (Precision p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision code " + code);
    }

    /** The precision with the given SQL name ({@code ms}, {@code us}, {@code ns}; case-insensitive). */
    public static Precision fromName(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        for (Precision p : values()) {
            if (p.sqlName.equals(lower)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision '" + name + "' (expected ms, us or ns)");
    }
}
