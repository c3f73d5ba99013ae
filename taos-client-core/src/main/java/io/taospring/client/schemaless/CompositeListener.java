package io.taospring.client.schemaless;

import io.taospring.client.error.TaosException;
import java.time.Duration;
import java.util.List;

/** Several {@link BufferedWriterListener}s told in order; see {@link BufferedWriterListener#composite}. */
final class CompositeListener implements BufferedWriterListener {

    private final List<BufferedWriterListener> listeners;

    CompositeListener(List<BufferedWriterListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void batchWritten(int lines, Duration elapsed) {
        listeners.forEach(listener -> listener.batchWritten(lines, elapsed));
    }

    @Override
    public void retrying(int attempt, Duration delay, TaosException error) {
        listeners.forEach(listener -> listener.retrying(attempt, delay, error));
    }

    @Override
    public void batchFailed(List<String> lines, TaosException error) {
        listeners.forEach(listener -> listener.batchFailed(lines, error));
    }
}
