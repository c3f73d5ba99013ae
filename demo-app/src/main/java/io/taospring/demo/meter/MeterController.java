package io.taospring.demo.meter;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The meters' REST endpoints, under {@code /api}. */
@RestController
@RequestMapping("/api")
class MeterController {

    private final MeterQueries queries;
    private final MeterSimulator simulator;

    MeterController(MeterQueries queries, MeterSimulator simulator) {
        this.queries = queries;
        this.simulator = simulator;
    }

    /** The last reading of every meter. */
    @GetMapping("/meters/latest")
    List<MeterReading> latest() {
        return queries.latest();
    }

    /** The last status point of every meter. */
    @GetMapping("/meters/status")
    List<MeterStatus> status() {
        return queries.latestStatus();
    }

    /** One meter's averages over windows ({@code ?window=10s&minutes=5}). */
    @GetMapping("/meters/{meterId}/averages")
    List<WindowAverage> averagesOfMeter(@PathVariable String meterId,
            @RequestParam(defaultValue = "10s") String window, @RequestParam(defaultValue = "5") int minutes) {
        return queries.averagesOfMeter(meterId, window, minutes);
    }

    /** The averages of the meters at one location over windows ({@code ?window=10s&minutes=5}). */
    @GetMapping("/locations/{location}/averages")
    List<WindowAverage> averagesAtLocation(@PathVariable String location,
            @RequestParam(defaultValue = "10s") String window, @RequestParam(defaultValue = "5") int minutes) {
        return queries.averagesAtLocation(location, window, minutes);
    }

    /** Voltage and current of every meter over the last minutes, for the chart ({@code ?window=2s&minutes=5}). */
    @GetMapping("/meters/series")
    List<MeterSeries> series(@RequestParam(defaultValue = "2s") String window,
            @RequestParam(defaultValue = "5") int minutes) {
        return queries.series(window, minutes);
    }

    /** Makes a meter report a reading above the alert threshold now; 404 for an unknown meter. */
    @PostMapping("/meters/{meterId}/over-voltage")
    ResponseEntity<MeterReading> forceOverVoltage(@PathVariable String meterId) {
        return simulator.forceOverVoltage(meterId).map(reading -> ResponseEntity.status(HttpStatus.CREATED)
                .body(reading)).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
