package io.taospring.embedded.engine.query;

import io.taospring.client.Precision;
import io.taospring.embedded.engine.Errors;
import io.taospring.embedded.engine.sql.Expr;
import io.taospring.embedded.engine.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * INTERVAL/SLIDING windows in precision units, aligned to multiples of the sliding step since the epoch
 * (UTC) plus the offset; {@code n}/{@code y} units are calendar months in UTC.
 */
final class WindowSpec {

    private final Precision precision;
    private final long interval;
    private final long sliding;
    private final long offset;
    private final int intervalMonths;
    private final int slidingMonths;

    private WindowSpec(Precision precision, long interval, long sliding, long offset, int intervalMonths,
            int slidingMonths) {
        this.precision = precision;
        this.interval = interval;
        this.sliding = sliding;
        this.offset = offset;
        this.intervalMonths = intervalMonths;
        this.slidingMonths = slidingMonths;
    }

    static WindowSpec of(Statement.Window window, Precision precision, Compiler compiler) {
        int intervalMonths = months(window.interval());
        long interval = intervalMonths > 0 ? 0 : length(window.interval(), precision);
        Expr.Literal slidingLiteral = window.sliding() != null ? window.sliding() : window.interval();
        int slidingMonths = months(slidingLiteral);
        long sliding = slidingMonths > 0 ? 0 : length(slidingLiteral, precision);
        long offset = window.offset() == null ? 0 : length(window.offset(), precision);
        if ((intervalMonths == 0 && interval <= 0) || (slidingMonths == 0 && sliding <= 0)) {
            throw Errors.semantic(0x2615, "Interval too small");
        }
        if ((intervalMonths > 0) != (slidingMonths > 0) || (intervalMonths == 0 && sliding > interval)) {
            throw Errors.syntax(compiler.text(slidingLiteral));
        }
        return new WindowSpec(precision, interval, sliding, offset, intervalMonths, slidingMonths);
    }

    private static int months(Expr.Literal literal) {
        String text = literal.text();
        char unit = text.charAt(text.length() - 1);
        if (unit != 'n' && unit != 'y') {
            return 0;
        }
        int amount = Integer.parseInt(text.substring(0, text.length() - 1));
        return unit == 'y' ? amount * 12 : amount;
    }

    private static long length(Expr.Literal literal, Precision precision) {
        return Times.duration(literal.text(), precision);
    }

    /** The latest window start at or before {@code ts}. */
    long align(long ts) {
        if (slidingMonths > 0) {
            ZonedDateTime time = zoned(ts);
            long month = (time.getYear() - 1970L) * 12 + time.getMonthValue() - 1;
            long aligned = Math.floorDiv(month, slidingMonths) * slidingMonths;
            return fromMonths(aligned);
        }
        return Math.floorDiv(ts - offset, sliding) * sliding + offset;
    }

    long next(long start) {
        return slidingMonths > 0 ? plusMonths(start, slidingMonths) : start + sliding;
    }

    private long previous(long start) {
        return slidingMonths > 0 ? plusMonths(start, -slidingMonths) : start - sliding;
    }

    long end(long start) {
        return intervalMonths > 0 ? plusMonths(start, intervalMonths) : start + interval;
    }

    /** The starts of every window containing {@code ts}, latest first. */
    void startsContaining(long ts, List<Long> out) {
        out.clear();
        for (long start = align(ts); end(start) > ts; start = previous(start)) {
            out.add(start);
        }
    }

    /** The starts of every window from the one containing {@code from} to the last starting by {@code to}. */
    List<Long> startsBetween(long from, long to) {
        List<Long> starts = new ArrayList<>();
        for (long start = align(from); start <= to; start = next(start)) {
            starts.add(start);
            if (starts.size() > 10_000_000) {
                throw Errors.timeRangeRequired();
            }
        }
        return starts;
    }

    private ZonedDateTime zoned(long ts) {
        Instant instant = precision.toInstant(ts);
        return instant.atZone(ZoneOffset.UTC);
    }

    private long fromMonths(long monthsSinceEpoch) {
        ZonedDateTime start = ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMonths(monthsSinceEpoch);
        return precision.fromInstant(start.toInstant());
    }

    private long plusMonths(long ts, int months) {
        return precision.fromInstant(zoned(ts).plusMonths(months).toInstant());
    }
}
