package io.taospring.spring.observation;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.taospring.spring.listener.ListenerObserver;

/**
 * An {@link Observation} per {@code @TaosListener} invocation (a span when tracing is on), open in the
 * consumer thread's scope while the method runs, so that what the method does (queries, HTTP calls) becomes
 * its children. Named {@value #NAME}, contextual name {@code <topic> process}, with OpenTelemetry's messaging
 * keys: {@code messaging.system} ({@code tdengine}), {@code messaging.operation.name} ({@code process}),
 * {@code messaging.destination.name} (the topic) and {@code taos.listener} (the listener id); high
 * cardinality {@code messaging.batch.message_count}.
 */
public final class TaosListenerObservations implements ListenerObserver {

    /** The observation name. */
    public static final String NAME = "taos.listener.process";

    private final ObservationRegistry registry;

    /** Observes into {@code registry}. */
    public TaosListenerObservations(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public InvocationObservation invocation(String listenerId, String topic, int records) {
        if (registry.isNoop()) {
            return InvocationObservation.NONE;
        }
        Observation observation = Observation.createNotStarted(NAME, registry).contextualName(topic + " process")
                .lowCardinalityKeyValues(KeyValues.of("messaging.system", TaosRequestTags.SYSTEM,
                        "messaging.operation.name", "process", "messaging.destination.name", topic,
                        "taos.listener", listenerId))
                .highCardinalityKeyValue("messaging.batch.message_count", Integer.toString(records)).start();
        Observation.Scope scope = observation.openScope();
        return failure -> {
            scope.close();
            if (failure != null) {
                observation.error(failure);
            }
            observation.stop();
        };
    }

    @Override
    public String toString() {
        return "TaosListenerObservations{" + registry.getClass().getSimpleName() + "}";
    }
}
