package io.taospring.boot.autoconfigure.listener;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the test listeners received, by listener: a bean the tests read. */
final class Received {

    private final Map<String, List<Object>> byListener = new ConcurrentHashMap<>();

    void add(String listener, Object value) {
        byListener.computeIfAbsent(listener, k -> new CopyOnWriteArrayList<>()).add(value);
    }

    List<Object> of(String listener) {
        return byListener.getOrDefault(listener, List.of());
    }

    int count(String listener) {
        return of(listener).size();
    }
}
