package io.taospring.demo.meter;

import io.taospring.boot.autoconfigure.TaosConnectionUrl;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosSession;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates what the demo needs if it is missing: the database and the {@code meters} super table (the alert
 * listener creates its topic). It starts on a background thread as soon as the connection settings are known,
 * early in the application's start, so that it overlaps the rest of it, and tries again every few seconds
 * until it succeeds (a real TDengine may come up after the application). It uses clients of its own, not the
 * application's beans, which the main thread is still creating. It connects without selecting the database,
 * which may not exist yet; the application's own connections select it on connect.
 */
@Component
public class MeterSchema implements InitializingBean, DisposableBean {

    private static final Log logger = LogFactory.getLog(MeterSchema.class);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(5);

    private final TaosConfig config;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile boolean closed;

    MeterSchema(TaosConnectionUrl connection) {
        this.config = TaosConfig.fromDsn(connection.jdbcUrl());
    }

    /** Completes once the database and the super table exist. */
    public CompletableFuture<Void> ready() {
        return ready;
    }

    @Override
    public void afterPropertiesSet() {
        Thread creator = new Thread(this::createUntilDone, "demo-schema");
        creator.setDaemon(true);
        creator.start();
    }

    private void createUntilDone() {
        logger.debug("Creating the schema if missing");
        while (!closed && !ready.isDone()) {
            try {
                create();
                ready.complete(null);
            } catch (RuntimeException e) {
                logger.warn("Could not create the demo's schema, trying again in " + RETRY_DELAY.toSeconds() + " s: "
                        + e.getMessage());
                pause();
            }
        }
    }

    private void create() {
        String database = config.database().orElseThrow(() -> new IllegalStateException(
                "the demo needs a database: set taos.database (or name one in taos.url)"));
        try (TaosClient client = TaosClient.create(config.toBuilder().database(null).build());
             TaosSession session = client.openSession()) {
            session.execute("create database if not exists " + database + " precision 'ms'");
            session.execute("create stable if not exists " + database + ".meters (ts timestamp, current float,"
                    + " voltage int, phase float) tags (groupId int, location varchar(24))");
        }
        logger.info("Database '" + database + "' and super table meters are ready");
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void destroy() {
        closed = true;
    }
}
