package io.taospring.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/** An {@link ObservationConvention} for TDengine requests; implement it to change names or tags. */
public interface TaosObservationConvention extends ObservationConvention<TaosRequestContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof TaosRequestContext;
    }
}
