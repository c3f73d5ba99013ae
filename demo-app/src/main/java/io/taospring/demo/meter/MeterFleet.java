package io.taospring.demo.meter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The simulated meters: each drifts around its own voltage and current, and now and then (with the
 * configured probability) reports a surge above the alert threshold. Used by one thread at a time.
 */
final class MeterFleet {

    private static final List<String> LOCATIONS = List.of("California.SanFrancisco", "California.LosAngeles",
            "California.SanDiego", "California.SanJose", "California.PaloAlto", "California.Campbell",
            "California.MountainView", "California.Sunnyvale", "California.SantaClara", "California.Cupertino");

    private final Map<String, SimulatedMeter> meters = new LinkedHashMap<>();
    private final RandomGenerator random;
    private final double surgeProbability;
    private final int threshold;

    MeterFleet(int count, double surgeProbability, int threshold, RandomGenerator random) {
        this.random = random;
        this.surgeProbability = surgeProbability;
        this.threshold = threshold;
        for (int i = 0; i < count; i++) {
            String id = "d" + (1001 + i);
            meters.put(id, new SimulatedMeter(id, 1 + i % 4, LOCATIONS.get(i % LOCATIONS.size()),
                    218 + random.nextInt(5), 10 + random.nextDouble(3)));
        }
    }

    /** One reading of every meter, taken at {@code now}. */
    List<MeterReading> read(Instant now) {
        List<MeterReading> readings = new ArrayList<>(meters.size());
        for (SimulatedMeter meter : meters.values()) {
            boolean surge = random.nextDouble() < surgeProbability;
            readings.add(surge ? surge(meter, now) : meter.next(random, now));
        }
        return readings;
    }

    /** A reading of {@code meterId} above the alert threshold, or empty for an unknown meter. */
    Optional<MeterReading> surge(String meterId, Instant now) {
        return Optional.ofNullable(meters.get(meterId)).map(meter -> surge(meter, now));
    }

    /** The meters' ids, in order. */
    List<String> ids() {
        return List.copyOf(meters.keySet());
    }

    private MeterReading surge(SimulatedMeter meter, Instant now) {
        MeterReading normal = meter.next(random, now);
        return new MeterReading(normal.meterId(), now, normal.current(), threshold + 5 + random.nextInt(25),
                normal.phase(), normal.groupId(), normal.location());
    }

    /** One meter's tags and its drifting state. */
    private static final class SimulatedMeter {

        private final String id;
        private final int groupId;
        private final String location;
        private double voltage;
        private double current;

        SimulatedMeter(String id, int groupId, String location, double voltage, double current) {
            this.id = id;
            this.groupId = groupId;
            this.location = location;
            this.voltage = voltage;
            this.current = current;
        }

        MeterReading next(RandomGenerator random, Instant now) {
            voltage = clamp(voltage + random.nextGaussian() * 0.8, 205, 235);
            current = clamp(current + random.nextGaussian() * 0.15, 6, 16);
            float phase = (float) (0.25 + random.nextDouble(0.1));
            return new MeterReading(id, now, (float) current, (int) Math.round(voltage), phase, groupId, location);
        }

        private static double clamp(double value, double min, double max) {
            return Math.max(min, Math.min(max, value));
        }
    }
}
