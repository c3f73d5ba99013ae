package io.taospring.demo.alert;

import java.time.Instant;

/**
 * An over-voltage reading, as the alert listener received it from the topic.
 *
 * @param meterId  the meter (its child table)
 * @param ts       when it was measured
 * @param voltage  the voltage in volts
 * @param current  the current in amperes
 * @param location the meter's location
 */
public record OverVoltageAlert(String meterId, Instant ts, int voltage, float current, String location) {
}
