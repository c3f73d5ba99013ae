package io.taospring.client.observation;

import java.util.List;

/** Several observers as one: reqIds pass through each in turn, observations end in order. */
final class CompositeRequestObserver implements RequestObserver {

    private final List<RequestObserver> observers;

    CompositeRequestObserver(List<RequestObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    @Override
    public long reqId(long generated) {
        long reqId = generated;
        for (RequestObserver observer : observers) {
            reqId = observer.reqId(reqId);
        }
        return reqId;
    }

    @Override
    public RequestObservation start(RequestInfo request) {
        RequestObservation[] started = new RequestObservation[observers.size()];
        for (int i = 0; i < started.length; i++) {
            started[i] = observers.get(i).start(request);
        }
        return outcome -> {
            for (RequestObservation observation : started) {
                observation.end(outcome);
            }
        };
    }

    @Override
    public String toString() {
        return "CompositeRequestObserver" + observers;
    }
}
