package io.taospring.boot.autoconfigure;

import io.taospring.client.tmq.TopicVgroup;
import io.taospring.spring.listener.ListenerObserver;
import java.util.List;

/** Tells several {@link ListenerObserver}s, in order. */
final class CompositeListenerObserver implements ListenerObserver {

    private final List<ListenerObserver> observers;

    CompositeListenerObserver(List<ListenerObserver> observers) {
        this.observers = List.copyOf(observers);
    }

    @Override
    public void processed(String listenerId, String topic, int records, long nanos) {
        observers.forEach(o -> o.processed(listenerId, topic, records, nanos));
    }

    @Override
    public void failed(String listenerId, String topic, Throwable failure) {
        observers.forEach(o -> o.failed(listenerId, topic, failure));
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
