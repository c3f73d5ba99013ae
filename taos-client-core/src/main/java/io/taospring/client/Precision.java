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

    Precision(int code, String sqlName, TimeUnit unit, int fractionDigits) {
        this.code = code;
        this.sqlName = sqlName;
        this.unit = unit;
        this.fractionDigits = fractionDigits;
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
        return switch (this) {
            case MILLISECONDS -> Instant.ofEpochMilli(value);
            case MICROSECONDS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L),
                    Math.floorMod(value, 1_000_000L) * 1_000L);
            case NANOSECONDS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L),
                    Math.floorMod(value, 1_000_000_000L));
        };
    }

    /**
     * Converts an instant to a stored value, truncating below this precision's unit.
     *
     * @throws ArithmeticException if the instant does not fit in 64 bits at this precision
     */
    public long fromInstant(Instant instant) {
        long seconds = instant.getEpochSecond();
        int nanos = instant.getNano();
        return switch (this) {
            case MILLISECONDS -> Math.addExact(Math.multiplyExact(seconds, 1_000L), nanos / 1_000_000);
            case MICROSECONDS -> Math.addExact(Math.multiplyExact(seconds, 1_000_000L), nanos / 1_000);
            case NANOSECONDS -> Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
        };
    }

    /** Converts a stored value of this precision to another precision (truncating when coarser). */
    public long convert(long value, Precision target) {
        return target.unit.convert(value, unit);
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
