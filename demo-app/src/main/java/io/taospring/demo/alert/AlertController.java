package io.taospring.demo.alert;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The recent alerts, at {@code /api/alerts}. */
@RestController
class AlertController {

    private final AlertLog alerts;

    AlertController(AlertLog alerts) {
        this.alerts = alerts;
    }

    /** Up to {@code limit} recent over-voltage alerts, newest first. */
    @GetMapping("/api/alerts")
    List<OverVoltageAlert> recent(@RequestParam(defaultValue = "20") int limit) {
        return alerts.recent(limit);
    }
}
