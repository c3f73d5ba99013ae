package io.taospring.boot.autoconfigure;

import io.taospring.client.tmq.TopicVgroup;
import io.taospring.spring.listener.ListenerObserver;
import java.util.ArrayList;
import java.util.List;

/** Tells several {@link ListenerObserver}s, in order. */
final class CompositeListenerObserver implements ListenerObserver {

    private final List<ListenerObserver> observers;

    CompositeListenerObserver(List<ListenerObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    /** Starts each observer's observation in order; ends them in reverse, so that scopes nest. */
    @Override
    public InvocationObservation invocation(String listenerId, String topic, int records) {
        List<InvocationObservation> started = new ArrayList<>(observers.size());
        observers.forEach(o -> started.add(o.invocation(listenerId, topic, records)));
        return failure -> {
            for (int i = started.size() - 1; i >= 0; i--) {
                started.get(i).end(failure);
            }
        };
    }

    @Override
    public void consumerFailed(String listenerId, Throwable failure) {
        observers.forEach(o -> o.consumerFailed(listenerId, failure));
    }

    @Override
    public void lag(String listenerId, TopicVgroup vgroup, long lag) {
        observers.forEach(o -> o.lag(listenerId, vgroup, lag));
    }
}
