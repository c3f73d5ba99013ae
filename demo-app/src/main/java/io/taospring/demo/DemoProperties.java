package io.taospring.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's own settings ({@code demo.*}).
 *
 * @param meters the simulated meters
 * @param alerts the over-voltage alerts
 */
@ConfigurationProperties("demo")
public record DemoProperties(@DefaultValue Meters meters, @DefaultValue Alerts alerts) {

    /**
     * The simulated meters.
     *
     * @param enabled                whether the simulator runs (tests turn it off and write their own readings)
     * @param count                  how many meters report, named {@code d1001}, {@code d1002}, ...
     * @param rate                   readings per second of each meter
     * @param overVoltageProbability the chance that one reading is a surge above the alert threshold
     */
    public record Meters(@DefaultValue("true") boolean enabled, @DefaultValue("10") int count,
            @DefaultValue("1.0") double rate, @DefaultValue("0.002") double overVoltageProbability) {

        /** Checks the ranges. */
        public Meters {
            if (count < 1 || count > 100_000) {
                throw new IllegalArgumentException("demo.meters.count must be in 1..100000, was " + count);
            }
            if (!(rate > 0 && rate <= 1_000)) {
                throw new IllegalArgumentException("demo.meters.rate must be in (0, 1000] per second, was " + rate);
            }
        }

        /** The time between two readings of one meter. */
        public Duration interval() {
            return Duration.ofNanos(Math.round(1e9 / rate));
        }
    }

    /**
     * The over-voltage alerts.
     *
     * @param threshold the voltage above which a reading is an over-voltage (part of the topic's query, so it
     *                  applies when the topic is created); the simulator's surges exceed it
     * @param topic     the topic of over-voltage readings (read by the alert listener's {@code @TaosListener})
     * @param groupId   the consumer group of the alert listener (read by its {@code @TaosListener})
     * @param keep      how many recent alerts are kept in memory
     */
    public record Alerts(@DefaultValue("240") int threshold, @DefaultValue("overvoltage") String topic,
            @DefaultValue("demo-alerts") String groupId, @DefaultValue("100") int keep) {
    }
}
