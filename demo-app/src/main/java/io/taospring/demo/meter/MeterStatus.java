package io.taospring.demo.meter;

import java.time.Instant;

/**
 * A meter's last status point, written through the schemaless writer.
 *
 * @param meterId     the meter
 * @param ts          when it was reported
 * @param temperature the meter's temperature in °C
 * @param rssi        the strength of its radio signal in dBm
 */
public record MeterStatus(String meterId, Instant ts, double temperature, long rssi) {
}
