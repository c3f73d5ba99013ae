package io.taospring.demo.meter;

import java.time.Instant;

/**
 * The averages of the readings in one time window.
 *
 * @param start    the window's start
 * @param current  the average current
 * @param voltage  the average voltage
 * @param phase    the average phase
 * @param readings how many readings the window holds
 */
public record WindowAverage(Instant start, double current, double voltage, double phase, long readings) {
}
