package io.taospring.demo.baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare Spring Boot application with web and actuator: the start-up baseline of the demo. */
@SpringBootApplication
public class BaselineApplication {

    /** Starts it. */
    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }
}
