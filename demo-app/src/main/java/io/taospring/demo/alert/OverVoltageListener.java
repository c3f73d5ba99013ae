package io.taospring.demo.alert;

import io.taospring.demo.meter.MeterSchema;
import io.taospring.spring.listener.TaosHeaders;
import io.taospring.spring.annotation.TaosListener;
import io.taospring.spring.listener.TaosListenerEndpointRegistry;
import io.taospring.spring.annotation.TaosTopic;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * The alert listener: a {@link TaosListener} on the topic of over-voltage readings (created with the query
 * below when absent) that records each reading in the {@link AlertLog}. Its container starts once the
 * application is ready and the {@code meters} super table exists, since the topic's query needs it.
 */
@Component
class OverVoltageListener {

    /** The listener's id in the {@link TaosListenerEndpointRegistry}. */
    static final String ID = "overvoltage-alerts";

    private static final Log logger = LogFactory.getLog(OverVoltageListener.class);
    private static final Duration START_DELAY = Duration.ofSeconds(1);

    private final AlertLog alerts;
    private final MeterSchema schema;
    private final TaosListenerEndpointRegistry registry;

    OverVoltageListener(AlertLog alerts, MeterSchema schema, TaosListenerEndpointRegistry registry) {
        this.alerts = alerts;
        this.schema = schema;
        this.registry = registry;
    }

    @TaosListener(id = ID, groupId = "${demo.alerts.group-id:demo-alerts}", autoStartup = "false",
            topic = @TaosTopic(name = "${demo.alerts.topic:overvoltage}", sql = "SELECT ts, current, voltage,"
                    + " location FROM meters WHERE voltage > ${demo.alerts.threshold:240}"))
    void onOverVoltage(OverVoltageReading reading, @Header(TaosHeaders.TABLE_NAME) String meterId) {
        alerts.record(new OverVoltageAlert(meterId, reading.ts(), reading.voltage(), reading.current(),
                reading.location()));
    }

    /**
     * Starts the listener's container (which creates the topic if absent) once the super table exists, a moment
     * after the application is ready: its connections and consumer threads then do not compete with the first
     * requests, such as the first health check.
     */
    @EventListener(ApplicationReadyEvent.class)
    void startWhenTheSchemaExists() {
        Executor later = CompletableFuture.delayedExecutor(START_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        schema.ready().thenRunAsync(() -> registry.getListenerContainer(ID).start(), later).exceptionally(e -> {
            logger.error("The over-voltage listener did not start", e);
            return null;
        });
    }

    /**
     * A row of the topic.
     *
     * @param ts       when it was measured
     * @param current  the current in amperes
     * @param voltage  the voltage in volts
     * @param location the meter's location
     */
    record OverVoltageReading(Instant ts, float current, int voltage, String location) {
    }
}
