package io.taospring.demo.meter;

import io.taospring.spring.core.TaosTemplate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.stereotype.Component;

/** The demo's reads of the {@code meters} and {@code meter_status} super tables. */
@Component
public class MeterQueries {

    /** A TDengine duration the queries accept for windows: a count and a unit of s, m or h. */
    private static final Pattern DURATION = Pattern.compile("[1-9][0-9]{0,4}[smh]");

    private final TaosTemplate taos;

    MeterQueries(TaosTemplate taos) {
        this.taos = taos;
    }

    /** The last reading of every meter, ordered by meter. */
    public List<MeterReading> latest() {
        List<MeterReading> latest = new ArrayList<>(taos.query(MeterReading.class,
                "select tbname, last_row(ts) as ts, last_row(current) as current, last_row(voltage) as voltage,"
                        + " last_row(phase) as phase, groupId, location from meters partition by tbname"));
        latest.sort(Comparator.comparing(MeterReading::meterId));
        return latest;
    }

    /**
     * The last status point of every meter (written through the schemaless writer), ordered by meter; empty
     * until the first point is written, since the schemaless writer creates the super table.
     */
    public List<MeterStatus> latestStatus() {
        try {
            return queryLatestStatus();
        } catch (BadSqlGrammarException e) {
            return List.of();
        }
    }

    private List<MeterStatus> queryLatestStatus() {
        return taos.query("select meter, last_row(_ts) as ts, last_row(temperature) as temperature,"
                + " last_row(rssi) as rssi from meter_status partition by meter", (rs, n) -> new MeterStatus(
                        rs.getString("meter"), rs.getObject("ts", Instant.class), rs.getDouble("temperature"),
                        rs.getLong("rssi"))).stream().sorted(Comparator.comparing(MeterStatus::meterId)).toList();
    }

    /** Averages of {@code meterId}'s readings over windows of {@code window} in the last {@code minutes}. */
    public List<WindowAverage> averagesOfMeter(String meterId, String window, int minutes) {
        return averages("tbname = ?", meterId, window, minutes);
    }

    /** Averages of the readings of every meter at {@code location} over windows of {@code window}. */
    public List<WindowAverage> averagesAtLocation(String location, String window, int minutes) {
        return averages("location = ?", location, window, minutes);
    }

    /**
     * Voltage and current of every meter in the last {@code minutes}, averaged over windows of {@code window}:
     * what the dashboard's chart draws.
     */
    public List<MeterSeries> series(String window, int minutes) {
        Map<String, List<MeterSeries.Point>> points = new TreeMap<>();
        taos.query("select tbname, _wstart as ts, avg(voltage) as voltage, avg(current) as current from meters"
                + " where ts >= now - " + minutes(minutes) + "m partition by tbname interval(" + duration(window)
                + ")", rs -> {
                    MeterSeries.Point point = new MeterSeries.Point(rs.getObject("ts", Instant.class).toEpochMilli(),
                            rs.getDouble("voltage"), rs.getDouble("current"));
                    points.computeIfAbsent(rs.getString("tbname"), meter -> new ArrayList<>()).add(point);
                });
        return points.entrySet().stream().map(meter -> new MeterSeries(meter.getKey(), meter.getValue().stream()
                .sorted(Comparator.comparingLong(MeterSeries.Point::ts)).toList())).toList();
    }

    private List<WindowAverage> averages(String condition, String value, String window, int minutes) {
        return taos.query("select _wstart as ts, avg(current) as current, avg(voltage) as voltage,"
                + " avg(phase) as phase, count(*) as readings from meters where " + condition + " and ts >= now - "
                + minutes(minutes) + "m interval(" + duration(window) + ")", (rs, n) -> new WindowAverage(
                        rs.getObject("ts", Instant.class), rs.getDouble("current"), rs.getDouble("voltage"),
                        rs.getDouble("phase"), rs.getLong("readings")), value);
    }

    private static String duration(String window) {
        if (!DURATION.matcher(window).matches()) {
            throw new IllegalArgumentException("window must be a count and a unit of s, m or h (like 10s), was: "
                    + window);
        }
        return window;
    }

    private static int minutes(int minutes) {
        if (minutes < 1 || minutes > 1_440) {
            throw new IllegalArgumentException("minutes must be in 1..1440, was: " + minutes);
        }
        return minutes;
    }
}
