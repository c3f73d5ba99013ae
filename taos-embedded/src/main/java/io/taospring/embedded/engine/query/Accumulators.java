package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.storage.TableSlice;
import io.taospring.embedded.engine.storage.Values;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** The accumulator of each aggregate function. */
final class Accumulators {

    private Accumulators() {
    }

    /** count(*) and count(expr). */
    static final class Count implements Accumulator {
        private final Arg arg;
        private long count;

        Count(Compiled arg) {
            this.arg = arg == null ? null : new Arg(arg);
        }

        @Override
        public void add(Row row) {
            if (arg == null || arg.load(row)) {
                count++;
            }
        }

        @Override
        public Object result() {
            return count;
        }
    }

    /** sum over integers (two's complement wrap, like TDengine's int64 sum). */
    static final class LongSum implements Accumulator {
        private final Arg arg;
        private long sum;
        private boolean any;

        LongSum(Compiled arg) {
            this.arg = new Arg(arg);
        }

        @Override
        public void add(Row row) {
            if (arg.load(row)) {
                sum += arg.l;
                any = true;
            }
        }

        @Override
        public Object result() {
            return any ? sum : null;
        }
    }

    /** sum over FLOAT/DOUBLE. */
    static final class DoubleSum implements Accumulator {
        private final Arg arg;
        private double sum;
        private boolean any;

        DoubleSum(Compiled arg) {
            this.arg = new Arg(arg);
        }

        @Override
        public void add(Row row) {
            if (arg.load(row)) {
                sum += arg.d;
                any = true;
            }
        }

        @Override
        public Object result() {
            return any ? sum : null;
        }
    }

    /** avg. */
    static final class Avg implements Accumulator {
        private final Arg arg;
        private double sum;
        private long count;

        Avg(Compiled arg) {
            this.arg = new Arg(arg);
        }

        @Override
        public void add(Row row) {
            if (arg.load(row)) {
                sum += arg.d;
                count++;
            }
        }

        @Override
        public Object result() {
            return count == 0 ? null : sum / count;
        }
    }

    /** The row a selector chose. */
    abstract static class Selector implements Accumulator {
        TableSlice slice;
        int index = -1;

        void select(Row row) {
            slice = row.slice;
            index = row.index;
        }

        @Override
        public TableSlice selectedSlice() {
            return slice;
        }

        @Override
        public int selectedRow() {
            return index;
        }
    }

    /** min and max. */
    static final class Extreme extends Selector {
        private final Arg arg;
        private final boolean max;
        private Object best;
        private double bestDouble;

        Extreme(Compiled arg, boolean max) {
            this.arg = new Arg(arg);
            this.max = max;
        }

        @Override
        public void add(Row row) {
            if (!arg.load(row)) {
                return;
            }
            if (arg.numeric()) {
                if (best == null || (max ? arg.d > bestDouble : arg.d < bestDouble)) {
                    bestDouble = arg.d;
                    best = arg.object();
                    select(row);
                }
                return;
            }
            Object value = arg.object();
            if (best == null || (max ? Values.compare(value, best) > 0 : Values.compare(value, best) < 0)) {
                best = value;
                select(row);
            }
        }

        @Override
        public Object result() {
            return best;
        }
    }

    /** first, last (skip NULL) and last_row (keeps NULL), chosen by timestamp. */
    static final class Edge extends Selector {
        private final Arg arg;
        private final boolean last;
        private final boolean keepNull;
        private long bestTs;
        private Object best;
        private boolean any;

        Edge(Compiled arg, boolean last, boolean keepNull) {
            this.arg = new Arg(arg);
            this.last = last;
            this.keepNull = keepNull;
        }

        @Override
        public void add(Row row) {
            long ts = row.slice.timestamp(row.index);
            if (any && (last ? ts <= bestTs : ts >= bestTs)) {
                return;
            }
            boolean present = arg.load(row);
            if (!present && !keepNull) {
                return;
            }
            any = true;
            bestTs = ts;
            best = present ? arg.object() : null;
            select(row);
        }

        @Override
        public Object result() {
            return best;
        }
    }

    /** spread = max - min. */
    static final class Spread implements Accumulator {
        private final Arg arg;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private boolean any;

        Spread(Compiled arg) {
            this.arg = new Arg(arg);
        }

        @Override
        public void add(Row row) {
            if (arg.load(row)) {
                min = Math.min(min, arg.d);
                max = Math.max(max, arg.d);
                any = true;
            }
        }

        @Override
        public Object result() {
            return any ? max - min : null;
        }
    }

    /** Population standard deviation (Welford). */
    static final class Stddev implements Accumulator {
        private final Arg arg;
        private long n;
        private double mean;
        private double m2;

        Stddev(Compiled arg) {
            this.arg = new Arg(arg);
        }

        @Override
        public void add(Row row) {
            if (arg.load(row)) {
                n++;
                double delta = arg.d - mean;
                mean += delta / n;
                m2 += delta * (arg.d - mean);
            }
        }

        @Override
        public Object result() {
            return n == 0 ? null : Math.sqrt(m2 / n);
        }
    }

    /** A growable list of (timestamp, value) pairs. */
    abstract static class Samples implements Accumulator {
        final Arg arg;
        long[] times = new long[16];
        double[] values = new double[16];
        int size;

        Samples(Compiled arg) {
            this.arg = new Arg(arg);
        }

        @Override
        public void add(Row row) {
            if (!arg.load(row)) {
                return;
            }
            if (size == values.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            times[size] = row.slice.columns().length > 0 && arg != null ? timestamp(row) : 0;
            values[size++] = arg.d;
        }

        private static long timestamp(Row row) {
            return row.slice.columns()[0].longAt(row.index);
        }
    }

    /** Time-weighted average: the area under the linear interpolation divided by the time span. */
    static final class Twa extends Samples {
        Twa(Compiled arg) {
            super(arg);
        }

        @Override
        public Object result() {
            if (size == 0) {
                return null;
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
            long span = times[order[size - 1]] - times[order[0]];
            if (span == 0) {
                return values[order[0]];
            }
            double area = 0;
            for (int i = 1; i < size; i++) {
                int a = order[i - 1];
                int b = order[i];
                area += (values[a] + values[b]) / 2 * (times[b] - times[a]);
            }
            return area / span;
        }
    }

    /** percentile / apercentile with linear interpolation between ranks. */
    static final class Percentile extends Samples {
        private final double p;

        Percentile(Compiled arg, double p) {
            super(arg);
            this.p = p;
        }

        @Override
        public Object result() {
            if (size == 0) {
                return null;
            }
            double[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            double rank = p / 100 * (size - 1);
            int low = (int) Math.floor(rank);
            int high = Math.min(size - 1, low + 1);
            return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
        }
    }

    /** elapsed: last timestamp minus first, in the given unit. */
    static final class Elapsed implements Accumulator {
        private final double unit;
        private long min = Long.MAX_VALUE;
        private long max = Long.MIN_VALUE;

        Elapsed(double unit) {
            this.unit = unit <= 0 ? 1 : unit;
        }

        @Override
        public void add(Row row) {
            long ts = row.slice.timestamp(row.index);
            min = Math.min(min, ts);
            max = Math.max(max, ts);
        }

        @Override
        public Object result() {
            return min > max ? null : (max - min) / unit;
        }
    }

    /** hyperloglog: the number of distinct non-NULL values (exact here). */
    static final class Distinct implements Accumulator {
        private final Arg arg;
        private final Set<Object> seen = new HashSet<>();

        Distinct(Compiled arg) {
            this.arg = new Arg(arg);
        }

        @Override
        public void add(Row row) {
            if (arg.load(row)) {
                seen.add(Values.groupKey(arg.object()));
            }
        }

        @Override
        public Object result() {
            return (long) seen.size();
        }
    }
}
