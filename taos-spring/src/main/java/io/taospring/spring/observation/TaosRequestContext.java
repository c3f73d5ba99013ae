package io.taospring.spring.observation;

import io.micrometer.observation.Observation;
import io.taospring.client.observation.RequestInfo;
import io.taospring.client.observation.RequestOutcome;
import java.util.Objects;
import java.util.Optional;

/** The {@link Observation.Context} of one TDengine request: what was sent and, once ended, how it ended. */
public class TaosRequestContext extends Observation.Context {

    private final RequestInfo request;
    private RequestOutcome outcome;

    /** A context for {@code request}. */
    public TaosRequestContext(RequestInfo request) {
        this.request = Objects.requireNonNull(request, "request");
    }

    /** The request. */
    public RequestInfo getRequest() {
        return request;
    }

    /** How the request ended; empty while it runs. */
    public Optional<RequestOutcome> getOutcome() {
        return Optional.ofNullable(outcome);
    }

    /** Records how the request ended. */
    public void setOutcome(RequestOutcome outcome) {
        this.outcome = outcome;
    }
}
