package io.taospring.client.observation;

/** One observed request in flight: {@link #end(RequestOutcome)} is called exactly once. */
@FunctionalInterface
public interface RequestObservation {

    /** The observation that records nothing. */
    RequestObservation NONE = outcome -> { };

    /**
     * Reports how the request ended: after an update's answer, or when a query's result is closed
     * (so that its duration covers fetching the rows).
     */
    void end(RequestOutcome outcome);
}
