package io.taospring.spring.observation;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.taospring.client.observation.RequestObserver;
import java.util.function.Supplier;

/**
 * Carries the current trace id into TDengine's reqId, so that server logs correlate with traces. Within
 * a span, a request's reqId is {@code (traceLow39 << 24) | counter24}: its upper bits are the low 39 bits
 * of the trace id (so {@code reqId >>> 24} finds the trace) and its low 24 bits keep requests of one trace
 * apart. Outside a span the generated reqId is kept.
 */
public final class TraceIdReqIds implements RequestObserver {

    private static final int COUNTER_BITS = 24;
    private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;
    private static final long TRACE_MASK = (1L << 39) - 1;

    private final Supplier<Tracer> tracers;
    private volatile Tracer tracer;

    /** Reads the current span from {@code tracer}. */
    public TraceIdReqIds(Tracer tracer) {
        this.tracers = () -> tracer;
        this.tracer = tracer;
    }

    /**
     * Reads the current span from the tracer {@code tracers} supplies, asked until it gives one (null:
     * no tracer yet, reqIds are left as generated).
     */
    public TraceIdReqIds(Supplier<Tracer> tracers) {
        this.tracers = tracers;
    }

    @Override
    public long reqId(long generated) {
        Tracer current = tracer;
        if (current == null) {
            current = tracers.get();
            if (current == null) {
                return generated;
            }
            tracer = current;
        }
        Span span = current.currentSpan();
        if (span == null) {
            return generated;
        }
        long reqId = reqId(span.context().traceId(), generated);
        return reqId == 0 ? generated : reqId;
    }

    /** The reqId for a request of trace {@code traceId} (hex), with {@code generated}'s low bits as counter. */
    static long reqId(String traceId, long generated) {
        if (traceId == null || traceId.isEmpty()) {
            return 0;
        }
        String low = traceId.length() > 16 ? traceId.substring(traceId.length() - 16) : traceId;
        try {
            long traceLow = Long.parseUnsignedLong(low, 16) & TRACE_MASK;
            return traceLow << COUNTER_BITS | generated & COUNTER_MASK;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The low 39 bits of the trace id that {@code reqId} was derived from. */
    public static long traceBits(long reqId) {
        return reqId >>> COUNTER_BITS;
    }
}
