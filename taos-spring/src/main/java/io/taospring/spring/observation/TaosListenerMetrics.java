package io.taospring.spring.observation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.taospring.client.tmq.TopicVgroup;
import io.taospring.spring.listener.ListenerObserver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records what {@code @TaosListener} containers do in a {@link MeterRegistry}: the counter {@value #RECORDS}
 * and the timer {@value #PROCESSING} (tags {@code listener}, {@code topic}), the counter {@value #ERRORS}
 * (plus {@code exception}), the counter {@value #CONSUMER_FAILURES} (tags {@code listener}, {@code exception})
 * and the gauge {@value #LAG} per vgroup (tags {@code listener}, {@code topic},
 * {@code vgroup}): the vgroup's end offset minus the consumer's position, in log entries.
 */
public final class TaosListenerMetrics implements ListenerObserver {

    /** The counter of records processed. */
    public static final String RECORDS = "taos.listener.records";
    /** The timer of listener invocations. */
    public static final String PROCESSING = "taos.listener.processing";
    /** The counter of failed invocations (before retries and recovery). */
    public static final String ERRORS = "taos.listener.errors";
    /** The counter of consumers the server failed (each then subscribes again). */
    public static final String CONSUMER_FAILURES = "taos.listener.consumer.failures";
    /** The gauge of the consumer lag per vgroup. */
    public static final String LAG = "taos.listener.lag";

    private record LagKey(String listenerId, TopicVgroup vgroup) {
    }

    private final MeterRegistry registry;
    private final Map<LagKey, AtomicLong> lags = new ConcurrentHashMap<>();

    /** Records into {@code registry}. */
    public TaosListenerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public InvocationObservation invocation(String listenerId, String topic, int records) {
        long start = System.nanoTime();
        return failure -> {
            if (failure == null) {
                processed(listenerId, topic, records, System.nanoTime() - start);
            } else {
                failed(listenerId, topic, failure);
            }
        };
    }

    private void processed(String listenerId, String topic, int records, long nanos) {
        Counter.builder(RECORDS).description("records processed by a @TaosListener").baseUnit("records")
                .tag("listener", listenerId).tag("topic", topic).register(registry).increment(records);
        Timer.builder(PROCESSING).description("@TaosListener invocations that returned").tag("listener", listenerId)
                .tag("topic", topic).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    private void failed(String listenerId, String topic, Throwable failure) {
        Counter.builder(ERRORS).description("@TaosListener invocations that threw").tag("listener", listenerId)
                .tag("topic", topic).tag("exception", failure.getClass().getSimpleName()).register(registry)
                .increment();
    }

    @Override
    public void consumerFailed(String listenerId, Throwable failure) {
        Counter.builder(CONSUMER_FAILURES).description("@TaosListener consumers the server failed")
                .tag("listener", listenerId).tag("exception", failure.getClass().getSimpleName()).register(registry)
                .increment();
    }

    @Override
    public void lag(String listenerId, TopicVgroup vgroup, long lag) {
        lags.computeIfAbsent(new LagKey(listenerId, vgroup), this::gauge).set(lag);
    }

    private AtomicLong gauge(LagKey key) {
        AtomicLong value = new AtomicLong();
        Gauge.builder(LAG, value, AtomicLong::doubleValue).description("log entries of a vgroup not yet polled")
                .tag("listener", key.listenerId()).tag("topic", key.vgroup().topic())
                .tag("vgroup", Integer.toString(key.vgroup().vgroupId())).strongReference(true).register(registry);
        return value;
    }

    @Override
    public String toString() {
        return "TaosListenerMetrics{" + registry.getClass().getSimpleName() + "}";
    }
}
