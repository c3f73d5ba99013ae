package io.taospring.demo.alert;

import io.taospring.client.Endpoint;
import io.taospring.client.TaosConfig;
import io.taospring.client.tmq.ConsumerRecord;
import io.taospring.client.tmq.TaosConsumer;
import io.taospring.demo.DemoProperties;
import io.taospring.demo.meter.MeterSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The alert listener: consumes the topic of over-voltage readings with the core {@link TaosConsumer} on a
 * thread of its own and records each reading in the {@link AlertLog}. Starts once the topic exists.
 * (To be replaced by a {@code @TaosListener} method when that lands.)
 */
@Component
class OverVoltageConsumer implements SmartLifecycle {

    private static final Log logger = LogFactory.getLog(OverVoltageConsumer.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(2);

    private final MeterSchema schema;
    private final DemoProperties.Alerts settings;
    private final AlertLog alerts;
    private volatile boolean running;
    private Thread thread;

    OverVoltageConsumer(MeterSchema schema, DemoProperties properties, AlertLog alerts) {
        this.schema = schema;
        this.settings = properties.alerts();
        this.alerts = alerts;
    }

    @Override
    public synchronized void start() {
        running = true;
    }

    /** Starts listening once the application is ready and the topic exists. */
    @EventListener(ApplicationReadyEvent.class)
    void startListening() {
        schema.ready().thenAccept(this::listen);
    }

    private synchronized void listen(TaosConfig config) {
        if (!running || thread != null) {
            return;
        }
        thread = new Thread(() -> consume(consumerConfig(config)), "overvoltage-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    private void consume(Map<String, String> consumerConfig) {
        while (running) {
            try (TaosConsumer consumer = TaosConsumer.create(consumerConfig)) {
                consumer.subscribe(List.of(settings.topic()));
                logger.info("Listening for over-voltage readings on topic '" + settings.topic() + "'");
                while (running) {
                    consumer.poll(POLL_TIMEOUT).forEach(record -> alerts.record(alert(record)));
                }
            } catch (RuntimeException e) {
                if (running) {
                    logger.warn("Over-voltage consumer failed, retrying in " + RETRY_DELAY.toSeconds() + " s: " + e);
                    pause();
                }
            }
        }
    }

    private Map<String, String> consumerConfig(TaosConfig config) {
        Endpoint endpoint = config.endpoint();
        return Map.of("group.id", settings.groupId(), "client.id", "demo-app",
                "td.connect.ip", endpoint.host(), "td.connect.port", Integer.toString(endpoint.port()),
                "td.connect.user", config.user(), "td.connect.pass", config.password(),
                "td.connect.db", config.database().orElseThrow(),
                // a new group starts from the topic's beginning; a restarted one from its committed offsets
                "auto.offset.reset", "earliest");
    }

    private static OverVoltageAlert alert(ConsumerRecord record) {
        return new OverVoltageAlert(record.tableName(), record.get("ts", Instant.class),
                record.get("voltage", Integer.class), record.get("current", Float.class),
                record.get("location", String.class));
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(POLL_TIMEOUT.multipliedBy(4).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
