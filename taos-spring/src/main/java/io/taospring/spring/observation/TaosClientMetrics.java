package io.taospring.spring.observation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.taospring.client.observation.RequestInfo;
import io.taospring.client.observation.RequestObservation;
import io.taospring.client.observation.RequestObserver;
import io.taospring.client.observation.RequestOutcome;

/**
 * Records every request in a {@link MeterRegistry}: the timer {@value #REQUESTS} (from sending to the
 * end of the result) and the counters {@value #ROWS_READ} and {@value #ROWS_WRITTEN}. Tag keys are those
 * of {@link TaosRequestTags}; the timer always has the same six, the counters the same four.
 */
public final class TaosClientMetrics implements RequestObserver {

    /** The timer of requests. */
    public static final String REQUESTS = "taos.client.requests";
    /** The counter of rows fetched from the server. */
    public static final String ROWS_READ = "taos.client.rows.read";
    /** The counter of rows written (affected rows of updates). */
    public static final String ROWS_WRITTEN = "taos.client.rows.written";

    private final MeterRegistry registry;

    /** Records into {@code registry}. */
    public TaosClientMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public RequestObservation start(RequestInfo request) {
        Timer.Sample sample = Timer.start(registry);
        return outcome -> record(request, outcome, sample);
    }

    private void record(RequestInfo request, RequestOutcome outcome, Timer.Sample sample) {
        Tags common = Tags.of(TaosRequestTags.DB_SYSTEM_NAME, TaosRequestTags.SYSTEM,
                TaosRequestTags.DB_NAMESPACE, TaosRequestTags.namespace(request),
                TaosRequestTags.DB_OPERATION_NAME, TaosRequestTags.operation(request.sql()),
                TaosRequestTags.TRANSPORT, TaosRequestTags.transport(request.transport()));
        sample.stop(Timer.builder(REQUESTS).description("TDengine requests, from sending to the end of the result")
                .tags(common).tag(TaosRequestTags.OUTCOME, TaosRequestTags.outcome(outcome))
                .tag(TaosRequestTags.ERROR_TYPE, TaosRequestTags.errorType(outcome)).register(registry));
        count(ROWS_READ, "rows fetched from TDengine", common, outcome.rowsRead());
        count(ROWS_WRITTEN, "rows written to TDengine", common, outcome.rowsWritten());
    }

    private void count(String name, String description, Tags tags, long rows) {
        Counter counter = Counter.builder(name).description(description).baseUnit("rows").tags(tags).register(registry);
        if (rows > 0) {
            counter.increment(rows);
        }
    }

    @Override
    public String toString() {
        return "TaosClientMetrics{" + registry.getClass().getSimpleName() + "}";
    }
}
