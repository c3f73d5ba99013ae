package io.taospring.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.taospring.client.observation.RequestInfo;
import io.taospring.client.observation.RequestObservation;
import io.taospring.client.observation.RequestObserver;

/**
 * An {@link Observation} per request (a span when tracing is on), started as the request is sent and
 * stopped when its answer or result is done, named and tagged by a {@link TaosObservationConvention}.
 */
public final class TaosClientObservations implements RequestObserver {

    private final ObservationRegistry registry;
    private final TaosObservationConvention customConvention;

    /** Observes into {@code registry} with the default convention. */
    public TaosClientObservations(ObservationRegistry registry) {
        this(registry, null);
    }

    /** Observes into {@code registry} with {@code customConvention} (null for the default). */
    public TaosClientObservations(ObservationRegistry registry, TaosObservationConvention customConvention) {
        this.registry = registry;
        this.customConvention = customConvention;
    }

    @Override
    public RequestObservation start(RequestInfo request) {
        if (registry.isNoop()) {
            return RequestObservation.NONE;
        }
        TaosRequestContext context = new TaosRequestContext(request);
        Observation observation = Observation.createNotStarted(customConvention,
                DefaultTaosObservationConvention.INSTANCE, () -> context, registry).start();
        return outcome -> {
            context.setOutcome(outcome);
            outcome.failure().ifPresent(observation::error);
            observation.stop();
        };
    }
}
