package io.taospring.boot.autoconfigure;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.TaosException;
import io.taospring.client.observation.RequestObserver;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code taos} health indicator: runs {@code SHOW CLUSTER ALIVE} on a fresh session each time (never
 * cached) over a client of its own whose connect and request timeouts are the health timeout. 1 is
 * {@link Status#UP}, 2 (some nodes or vnodes unavailable) is {@link #PARTIAL}, 0 is {@link Status#DOWN}.
 * Details: server version, latency, database, endpoint and transport; on failure the error code.
 */
public class TaosHealthIndicator implements HealthIndicator, DisposableBean {

    /**
     * The cluster answers but is partially available ({@code SHOW CLUSTER ALIVE} returned 2). Boot's
     * default status order ignores it when aggregating; add it, e.g.
     * {@code management.endpoint.health.status.order=DOWN,OUT_OF_SERVICE,PARTIAL,UP,UNKNOWN}.
     */
    public static final Status PARTIAL = new Status("PARTIAL", "some TDengine nodes or vnodes are unavailable");

    private final TaosConfig config;
    private final Object lock = new Object();
    private TaosClient client;

    /** An indicator for the server of {@code config}, bounded by {@code timeout}. */
    public TaosHealthIndicator(TaosConfig config, Duration timeout) {
        this.config = config.toBuilder().connectTimeout(timeout).requestTimeout(timeout)
                .requestObserver(RequestObserver.NONE).build();
    }

    /** The indicator's own client, created at the first check so that start-up does not pay for it. */
    private TaosClient client() {
        synchronized (lock) {
            if (client == null) {
                client = TaosClient.create(config);
            }
            return client;
        }
    }

    @Override
    public Health health() {
        Health.Builder health = new Health.Builder().withDetail("endpoint", config.endpoint().authority())
                .withDetail("transport", config.connectionType().name().toLowerCase(Locale.ROOT));
        config.database().ifPresent(database -> health.withDetail("database", database));
        long start = System.nanoTime();
        try (TaosSession session = client().openSession(); TaosResult result = session.query("SHOW CLUSTER ALIVE")) {
            int alive = result.next() ? result.getInt(0) : 0;
            return health.status(statusOf(alive)).withDetail("clusterAlive", alive)
                    .withDetail("serverVersion", session.serverVersion()).withDetail("latency", latency(start)).build();
        } catch (TaosException e) {
            return health.down(e).withDetail("errorCode", e.code()).withDetail("latency", latency(start)).build();
        }
    }

    static Status statusOf(int alive) {
        return switch (alive) {
            case 1 -> Status.UP;
            case 2 -> PARTIAL;
            default -> Status.DOWN;
        };
    }

    private static String latency(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis() + "ms";
    }

    @Override
    public void destroy() {
        synchronized (lock) {
            if (client != null) {
                client.close();
            }
        }
    }
}
