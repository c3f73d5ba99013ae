package io.taospring.client.transport.ws;

import io.taospring.client.Endpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Which endpoints failed recently, shared by every connection of one client. Connecting tries the endpoints
 * in the configured order but puts those that failed within the quarantine last (the one that failed longest
 * ago first among them), so that a dead adapter costs a connect timeout once per quarantine rather than once
 * per connection; when every endpoint failed recently, all are still tried.
 */
final class EndpointHealth {

    /** How long a failed endpoint is tried only after the others. */
    static final Duration QUARANTINE = Duration.ofSeconds(30);

    private final Map<Endpoint, Long> failedAt = new ConcurrentHashMap<>();
    private final long quarantineNanos;
    private final LongSupplier clock;

    EndpointHealth() {
        this(QUARANTINE, System::nanoTime);
    }

    EndpointHealth(Duration quarantine, LongSupplier clock) {
        this.quarantineNanos = quarantine.toNanos();
        this.clock = clock;
    }

    /** {@code endpoints} in the order to try them: healthy ones as configured, then recent failures, oldest first. */
    List<Endpoint> order(List<Endpoint> endpoints) {
        long now = clock.getAsLong();
        List<Endpoint> healthy = new ArrayList<>();
        List<Suspect> suspects = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Long failed = failedAt.get(endpoint);
            if (failed != null && now - failed < quarantineNanos) {
                suspects.add(new Suspect(endpoint, failed));
            } else {
                healthy.add(endpoint);
            }
        }
        suspects.sort(Comparator.comparingLong(Suspect::failedAt));
        suspects.forEach(suspect -> healthy.add(suspect.endpoint()));
        return healthy;
    }

    private record Suspect(Endpoint endpoint, long failedAt) {
    }

    /** Records that connecting to {@code endpoint} failed just now. */
    void failed(Endpoint endpoint) {
        failedAt.put(endpoint, clock.getAsLong());
    }

    /** Records that {@code endpoint} accepted a connection. */
    void succeeded(Endpoint endpoint) {
        failedAt.remove(endpoint);
    }
}
