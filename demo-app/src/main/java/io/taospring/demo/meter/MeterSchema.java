package io.taospring.demo.meter;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import io.taospring.demo.DemoProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Creates what the demo needs if it is missing: the database, the {@code meters} super table and the topic
 * of over-voltage readings. The database is created over a connection that selects none, since the
 * application's own connections select it on connect. Publishes {@link SchemaReadyEvent} when done.
 */
@Component
public class MeterSchema {

    private static final Log logger = LogFactory.getLog(MeterSchema.class);

    private final TaosClient client;
    private final DemoProperties properties;
    private final ApplicationEventPublisher events;

    MeterSchema(TaosClient client, DemoProperties properties, ApplicationEventPublisher events) {
        this.client = client;
        this.properties = properties;
        this.events = events;
    }

    /** Creates the database, the super table and the topic, then publishes {@link SchemaReadyEvent}. */
    public void create() {
        String database = client.config().database().orElseThrow(() -> new IllegalStateException(
                "the demo needs a database: set taos.database (or name one in taos.url)"));
        try (TaosClient admin = TaosClient.create(client.config().toBuilder().database(null).build());
             TaosSession session = admin.openSession()) {
            session.execute("create database if not exists " + database + " precision 'ms'");
        }
        try (TaosSession session = client.openSession()) {
            session.execute("create stable if not exists meters (ts timestamp, current float, voltage int,"
                    + " phase float) tags (groupId int, location varchar(24))");
            session.execute("create topic if not exists " + properties.alerts().topic()
                    + " as select ts, current, voltage, location from " + database + ".meters where voltage > "
                    + properties.alerts().threshold());
        }
        logger.info("Database '" + database + "', super table meters and topic '" + properties.alerts().topic()
                + "' are ready");
        events.publishEvent(new SchemaReadyEvent(database));
    }

    /**
     * Published when the database, the super table and the topic exist.
     *
     * @param database the database
     */
    public record SchemaReadyEvent(String database) {
    }
}
