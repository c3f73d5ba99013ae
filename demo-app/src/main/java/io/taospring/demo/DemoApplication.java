package io.taospring.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The smart-meter demo: simulated meters write readings to TDengine (the embedded server unless
 * {@code taos.url} is set), over-voltage readings reach an alert listener through a topic, and a dashboard
 * at {@code /} shows them live.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DemoApplication {

    /** Starts the demo. */
    public static void main(String[] args) {
        SpringApplication.run(DemoApplication.class, args);
    }
}
