package io.taospring.boot.autoconfigure;

import io.taospring.embedded.EmbeddedTaosServer;
import org.springframework.core.env.Environment;

/**
 * How to start the embedded server: its port, and the configured user so that the client can log in.
 *
 * @param port     the port, 0 for a free one
 * @param username the user to add, or null
 * @param password the user's password, or null
 */
record EmbeddedTaosSettings(int port, String username, String password) {

    static EmbeddedTaosSettings of(TaosProperties properties) {
        return new EmbeddedTaosSettings(properties.getEmbedded().getPort(), properties.getUsername(),
                properties.getPassword());
    }

    static EmbeddedTaosSettings of(Environment environment) {
        return new EmbeddedTaosSettings(environment.getProperty("taos.embedded.port", Integer.class, 0),
                environment.getProperty("taos.username"), environment.getProperty("taos.password"));
    }

    /** Starts a server on loopback with these settings. */
    EmbeddedTaosServer start() {
        EmbeddedTaosServer.Builder builder = EmbeddedTaosServer.builder().port(port);
        if (username != null && password != null) {
            builder.user(username, password);
        }
        return builder.build().start();
    }
}
