package io.taospring.client.observation;

import java.util.List;

/**
 * Watches the requests of a client's sessions. Called on the thread that sends the request; an
 * implementation must be thread-safe and fast, and must not throw. Both methods do nothing by default.
 *
 * <p>Set one with {@link io.taospring.client.TaosConfig.Builder#requestObserver(RequestObserver)}.
 */
public interface RequestObserver {

    /** The observer that does nothing; sessions skip all observation work when they have it. */
    RequestObserver NONE = new RequestObserver() {
        @Override
        public String toString() {
            return "RequestObserver.NONE";
        }
    };

    /**
     * The reqId for a request the caller gave none for: {@code generated} by default. A tracing
     * integration returns one derived from the current trace id, so that server logs correlate with
     * traces; the result must not be 0.
     */
    default long reqId(long generated) {
        return generated;
    }

    /** Called as a request is sent; the returned observation is told once how it ended. */
    default RequestObservation start(RequestInfo request) {
        return RequestObservation.NONE;
    }

    /** An observer that calls each of {@code observers} in order ({@link #NONE} when there are none). */
    static RequestObserver composite(List<? extends RequestObserver> observers) {
        List<RequestObserver> active = observers.stream().filter(o -> o != NONE).map(RequestObserver.class::cast)
                .toList();
        if (active.isEmpty()) {
            return NONE;
        }
        return active.size() == 1 ? active.get(0) : new CompositeRequestObserver(active);
    }
}
