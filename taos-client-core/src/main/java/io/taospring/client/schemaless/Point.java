package io.taospring.client.schemaless;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * One row in InfluxDB line protocol, built without hand-written escaping: the measurement becomes the super
 * table, tags become NCHAR tags, and each field's Java type picks its column type.
 *
 * <pre>{@code
 * Point point = Point.measurement("meters")
 *         .tag("location", "California.Los Angeles")
 *         .field("current", 10.3)            // DOUBLE
 *         .field("voltage", 219L)            // BIGINT (219i)
 *         .field("note", "say \"hi\"")       // VARCHAR
 *         .timestamp(Instant.now())
 *         .build();
 * String line = point.toLine(SchemalessPrecision.MILLISECONDS);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Point {

    private final String measurement;
    private final Map<String, String> tags;
    private final Map<String, String> fields;
    private final Instant timestamp;
    private final String[] tagOrder;
    private final String[] fieldOrder;

    private Point(Builder builder) {
        this.measurement = builder.measurement;
        this.tags = Map.copyOf(builder.tags);
        this.fields = Map.copyOf(builder.fields);
        this.tagOrder = builder.tags.keySet().toArray(new String[0]);
        this.fieldOrder = builder.fields.keySet().toArray(new String[0]);
        this.timestamp = builder.timestamp;
    }

    /** Starts a point of the given measurement (super table); dots become underscores on the server. */
    public static Builder measurement(String measurement) {
        return new Builder(measurement);
    }

    /** The measurement. */
    public String measurement() {
        return measurement;
    }

    /** The timestamp, or null when the server's clock decides. */
    public Instant timestamp() {
        return timestamp;
    }

    /**
     * Renders the point as one line, its timestamp in {@code precision}'s unit (rounded towards the past;
     * {@link SchemalessPrecision#NOT_CONFIGURED} means nanoseconds).
     *
     * @throws ArithmeticException if the timestamp does not fit in 64 bits in that unit
     */
    public String toLine(SchemalessPrecision precision) {
        StringBuilder line = new StringBuilder(64 + 24 * (tagOrder.length + fieldOrder.length));
        line.append(LineEscaping.escape(measurement, LineEscaping.MEASUREMENT_SPECIALS));
        for (String key : tagOrder) {
            line.append(',').append(LineEscaping.escape(key, LineEscaping.KEY_SPECIALS)).append('=')
                    .append(LineEscaping.escape(tags.get(key), LineEscaping.KEY_SPECIALS));
        }
        char separator = ' ';
        for (String key : fieldOrder) {
            line.append(separator).append(LineEscaping.escape(key, LineEscaping.KEY_SPECIALS)).append('=')
                    .append(fields.get(key));
            separator = ',';
        }
        if (timestamp != null) {
            line.append(' ').append(inUnit(timestamp, precision.unit()));
        }
        return line.toString();
    }

    /** The line in nanoseconds; see {@link #toLine(SchemalessPrecision)}. */
    @Override
    public String toString() {
        return toLine(SchemalessPrecision.NANOSECONDS);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Point p && measurement.equals(p.measurement) && tags.equals(p.tags)
                && fields.equals(p.fields) && Objects.equals(timestamp, p.timestamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measurement, tags, fields, timestamp);
    }

    static long inUnit(Instant instant, TimeUnit unit) {
        long unitNanos = unit.toNanos(1);
        if (unitNanos >= 1_000_000_000L) {
            return Math.floorDiv(instant.getEpochSecond(), unitNanos / 1_000_000_000L);
        }
        long perSecond = 1_000_000_000L / unitNanos;
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), perSecond), instant.getNano() / unitNanos);
    }

    /** Collects a point's parts; keys keep the order they were first given in, a repeated key replaces its value. */
    public static final class Builder {

        private final String measurement;
        private final Map<String, String> tags = new LinkedHashMap<>();
        private final Map<String, String> fields = new LinkedHashMap<>();
        private Instant timestamp;

        private Builder(String measurement) {
            Objects.requireNonNull(measurement, "measurement");
            LineEscaping.checkUnquoted("measurement", measurement);
            if (measurement.charAt(0) == '#') {
                throw new IllegalArgumentException("measurement must not start with '#' (a comment line)");
            }
            this.measurement = measurement;
        }

        /** Adds a tag; tag values are always stored as NCHAR. */
        public Builder tag(String key, String value) {
            tags.put(key(key), LineEscaping.checkUnquoted("tag value", Objects.requireNonNull(value, "value")));
            return this;
        }

        /** Adds a BIGINT field ({@code 42i}). */
        public Builder field(String key, long value) {
            return put(key, value + "i");
        }

        /** Adds a BIGINT UNSIGNED field ({@code 42u}); {@code value} is read as unsigned. */
        public Builder fieldUnsigned(String key, long value) {
            return put(key, Long.toUnsignedString(value) + "u");
        }

        /** Adds a DOUBLE field; NaN and infinities have no line-protocol form and are rejected. */
        public Builder field(String key, double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("field " + key + ": " + value + " cannot be written");
            }
            return put(key, Double.toString(value));
        }

        /** Adds a BOOL field. */
        public Builder field(String key, boolean value) {
            return put(key, value ? "true" : "false");
        }

        /** Adds a VARCHAR field; quotes and backslashes are escaped. */
        public Builder field(String key, String value) {
            return put(key, '"' + quoted(value) + '"');
        }

        /** Adds an NCHAR field ({@code L"..."}). */
        public Builder fieldNchar(String key, String value) {
            return put(key, "L\"" + quoted(value) + '"');
        }

        /**
         * Sets the timestamp. Without one the server uses its clock, and so it does for a timestamp that renders
         * as {@code 0} (the epoch itself): line protocol has no way to write that instant.
         */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
            return this;
        }

        /** Sets the timestamp from a count of {@code unit}s since the epoch. */
        public Builder timestamp(long value, TimeUnit unit) {
            long seconds = unit.toSeconds(value);
            long remainder = value - unit.convert(seconds, TimeUnit.SECONDS);
            return timestamp(Instant.ofEpochSecond(seconds, unit.toNanos(remainder)));
        }

        /**
         * Builds the point.
         *
         * @throws IllegalStateException when no field was added (a line needs at least one)
         */
        public Point build() {
            if (fields.isEmpty()) {
                throw new IllegalStateException("a point needs at least one field");
            }
            return new Point(this);
        }

        private Builder put(String key, String rendered) {
            fields.put(key(key), rendered);
            return this;
        }

        private static String key(String key) {
            return LineEscaping.checkUnquoted("key", Objects.requireNonNull(key, "key"));
        }

        private static String quoted(String value) {
            Objects.requireNonNull(value, "value");
            return LineEscaping.escape(LineEscaping.checkNoLineBreak("string value", value),
                    LineEscaping.STRING_SPECIALS);
        }
    }
}
