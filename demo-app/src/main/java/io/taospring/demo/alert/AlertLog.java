package io.taospring.demo.alert;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.taospring.demo.DemoProperties;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;

/** The most recent over-voltage alerts, newest first, and the {@code demo.alerts} counter. */
@Component
public class AlertLog {

    private final int keep;
    private final Deque<OverVoltageAlert> recent = new ArrayDeque<>();
    private final Counter received;

    AlertLog(DemoProperties properties, MeterRegistry registry) {
        this.keep = properties.alerts().keep();
        this.received = Counter.builder("demo.alerts").description("Over-voltage alerts received from the topic")
                .register(registry);
    }

    /** Records an alert, forgetting the oldest beyond the configured number. */
    public synchronized void record(OverVoltageAlert alert) {
        recent.addFirst(alert);
        while (recent.size() > keep) {
            recent.removeLast();
        }
        received.increment();
    }

    /** Up to {@code limit} alerts, newest first. */
    public synchronized List<OverVoltageAlert> recent(int limit) {
        return recent.stream().limit(Math.max(0, limit)).toList();
    }
}
