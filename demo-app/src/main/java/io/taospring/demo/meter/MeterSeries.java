package io.taospring.demo.meter;

import java.util.List;

/**
 * One meter's line on the dashboard's chart.
 *
 * @param meterId the meter
 * @param points  its points, oldest first
 */
public record MeterSeries(String meterId, List<Point> points) {

    /**
     * One point of the chart.
     *
     * @param ts      the window's start, in epoch milliseconds (what the chart's time axis takes)
     * @param voltage the average voltage in the window
     * @param current the average current in the window
     */
    public record Point(long ts, double voltage, double current) {
    }
}
