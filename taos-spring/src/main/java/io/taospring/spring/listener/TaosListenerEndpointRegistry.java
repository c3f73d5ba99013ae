package io.taospring.spring.listener;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Holds the listener containers by listener id: starts those that auto-start with the context, stops all of
 * them (gracefully) before the rest of the context shuts down, and lets the application start, stop, pause
 * and resume a listener by id.
 */
public final class TaosListenerEndpointRegistry implements SmartLifecycle, DisposableBean {

    private final Map<String, TaosListenerContainer> containers = new LinkedHashMap<>();
    private volatile boolean running;

    /**
     * Creates a container for {@code endpoint} with {@code factory} and holds it; starts it at once when the
     * registry is running and the container auto-starts.
     *
     * @throws IllegalStateException when a container with the endpoint's id is already registered
     */
    public TaosListenerContainer registerListenerContainer(TaosListenerEndpoint endpoint,
            TaosListenerContainerFactory factory) {
        TaosListenerContainer container = factory.createContainer(endpoint);
        synchronized (containers) {
            if (containers.containsKey(endpoint.id())) {
                throw new IllegalStateException("another listener has the id '" + endpoint.id() + "'");
            }
            containers.put(endpoint.id(), container);
        }
        if (running && container.isAutoStartup()) {
            container.start();
        }
        return container;
    }

    /** The container of listener {@code id}, or null. */
    public TaosListenerContainer getListenerContainer(String id) {
        synchronized (containers) {
            return containers.get(id);
        }
    }

    /** The ids of all listeners. */
    public Set<String> getListenerContainerIds() {
        synchronized (containers) {
            return Set.copyOf(containers.keySet());
        }
    }

    /** All containers. */
    public Collection<TaosListenerContainer> getListenerContainers() {
        synchronized (containers) {
            return List.copyOf(containers.values());
        }
    }

    /** Starts the containers that auto-start. */
    @Override
    public void start() {
        for (TaosListenerContainer container : getListenerContainers()) {
            if (container.isAutoStartup()) {
                container.start();
            }
        }
        running = true;
    }

    /** Stops every container, each finishing and committing its records in flight. */
    @Override
    public void stop() {
        running = false;
        getListenerContainers().forEach(TaosListenerContainer::stop);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        stop();
    }
}
