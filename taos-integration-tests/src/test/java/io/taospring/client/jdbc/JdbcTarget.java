package io.taospring.client.jdbc;

import io.taospring.embedded.EmbeddedTaosServer;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/** A driver and a URL pattern: the same test code runs against each, only the URL changes. */
enum JdbcTarget {
    /** Our driver over REST. */
    OURS_REST(TaosDriver::new, "jdbc:taos:http://root:taosdata@127.0.0.1:%d"),
    /** Our driver over WebSocket. */
    OURS_WS(TaosDriver::new, "jdbc:taos:ws://root:taosdata@127.0.0.1:%d"),
    /** The official driver over REST (deprecated there in favour of WebSocket, still shipped). */
    @SuppressWarnings("deprecation")
    OFFICIAL_REST(com.taosdata.jdbc.rs.RestfulDriver::new, "jdbc:TAOS-RS://127.0.0.1:%d/?user=root&password=taosdata"),
    /** The official driver over WebSocket. */
    OFFICIAL_WS(com.taosdata.jdbc.ws.WebSocketDriver::new, "jdbc:TAOS-WS://127.0.0.1:%d/?user=root&password=taosdata");

    private final Supplier<Driver> driver;
    private final String url;

    JdbcTarget(Supplier<Driver> driver, String url) {
        this.driver = driver;
        this.url = url;
    }

    String url(EmbeddedTaosServer server) {
        return String.format(url, server.port());
    }

    Connection connect(EmbeddedTaosServer server) throws SQLException {
        return driver.get().connect(url(server), new Properties());
    }

    boolean isOurs() {
        return this == OURS_REST || this == OURS_WS;
    }

    /**
     * Skips the test when this target cannot run one statement against the server: at the time of writing,
     * our WebSocket transport gets no reply to {@code binary_query} from the embedded server (the official
     * driver does), so its cases are skipped rather than failed until that is fixed.
     */
    void assumeUsable(EmbeddedTaosServer server) {
        String probeUrl = isOurs() && this == OURS_WS ? url(server) + "?request_timeout=3s" : url(server);
        try (Connection connection = driver.get().connect(probeUrl, new Properties());
             Statement statement = connection.createStatement()) {
            statement.executeQuery("select server_version()").close();
        } catch (SQLException e) {
            Assumptions.abort(this + " cannot run a statement against the embedded server: " + e.getMessage());
        }
    }
}
