package io.taospring.boot.autoconfigure;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.taospring.client.jdbc.TaosDataSource;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Gauges of each HikariCP pool over a {@link TaosDataSource}: {@code taos.client.connections} with
 * {@code state} active, idle and pending (threads waiting), and {@code taos.client.connections.max}, each
 * tagged with the pool's name. They read 0 until the pool starts (on its first connection).
 */
public class TaosPoolMetrics implements MeterBinder {

    /** The gauge of connections by state. */
    public static final String CONNECTIONS = "taos.client.connections";
    /** The gauge of the pool's maximum size. */
    public static final String MAX_CONNECTIONS = "taos.client.connections.max";

    private final ObjectProvider<DataSource> dataSources;

    /** Binds the pools among {@code dataSources}, looked up when bound. */
    public TaosPoolMetrics(ObjectProvider<DataSource> dataSources) {
        this.dataSources = dataSources;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        dataSources.orderedStream().filter(HikariDataSource.class::isInstance).map(HikariDataSource.class::cast)
                .filter(pool -> pool.getDataSource() instanceof TaosDataSource)
                .forEach(pool -> bind(registry, pool));
    }

    private static void bind(MeterRegistry registry, HikariDataSource pool) {
        gauge(registry, pool, CONNECTIONS, "active", HikariPoolMXBean::getActiveConnections);
        gauge(registry, pool, CONNECTIONS, "idle", HikariPoolMXBean::getIdleConnections);
        gauge(registry, pool, CONNECTIONS, "pending", HikariPoolMXBean::getThreadsAwaitingConnection);
        Gauge.builder(MAX_CONNECTIONS, pool, HikariDataSource::getMaximumPoolSize).tag("pool", pool.getPoolName())
                .description("the maximum size of the TDengine connection pool").register(registry);
    }

    private static void gauge(MeterRegistry registry, HikariDataSource pool, String name, String state,
            ToIntFunction<HikariPoolMXBean> value) {
        Gauge.builder(name, pool, p -> p.getHikariPoolMXBean() == null ? 0 : value.applyAsInt(p.getHikariPoolMXBean()))
                .tag("pool", pool.getPoolName()).tag("state", state)
                .description("TDengine connections by state").register(registry);
    }
}
