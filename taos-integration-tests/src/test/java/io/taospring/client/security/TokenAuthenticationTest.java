package io.taospring.client.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taosdata.jdbc.ws.WebSocketDriver;
import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.TaosException;
import io.taospring.embedded.EmbeddedTaosServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cloud tokens ({@code ?token=} on the adapter URL) against the embedded server: a known token is enough
 * to run as its user (a password the client does not know is not needed), an unknown one is refused with
 * HTTP 401 and 0x0357, and requests without any credentials get taosAdapter's 401 / 0x1105.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TokenAuthenticationTest {

    private static final String TOKEN = "cloud-token-7Xq";
    private static final String CLOUD_PASSWORD = "only-the-server-knows";

    private static EmbeddedTaosServer server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedTaosServer.builder().port(0).user("cloud", CLOUD_PASSWORD).token(TOKEN, "cloud").build()
                .start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static String dsn(String scheme, String token) {
        return scheme + "://cloud:not-the-password@127.0.0.1:" + server.port() + "?token=" + token;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws", "http"})
    void aKnownTokenAuthenticatesWithoutThePassword(String scheme) {
        try (TaosClient client = TaosClient.create(dsn(scheme, TOKEN));
                TaosSession session = client.openSession();
                TaosResult result = session.query("select server_version()")) {
            assertThat(result.next()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws", "http"})
    void anUnknownTokenIsAConnectionErrorThatDoesNotEchoIt(String scheme) {
        try (TaosClient client = TaosClient.create(dsn(scheme, "forged-token-1"))) {
            assertThatThrownBy(() -> client.openSession().execute("select 1")).isInstanceOf(ConnectionError.class)
                    .hasMessageNotContaining("forged-token-1");
        }
    }

    @Test
    void withoutTheTokenTheWrongPasswordFails() {
        try (TaosClient client = TaosClient.create("ws://cloud:not-the-password@127.0.0.1:" + server.port())) {
            assertThatThrownBy(client::openSession).isInstanceOfSatisfying(TaosException.class,
                    e -> assertThat(e.errno()).isEqualTo(ErrorCodes.AUTHENTICATION_FAILURE));
        }
    }

    @Test
    void restAnswersAnUnknownTokenWith401And0x0357() throws Exception {
        HttpResponse<String> response = post("?token=forged", basic("cloud", CLOUD_PASSWORD));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":855").doesNotContain("forged");
    }

    @Test
    void restAnswersAMissingAuthorizationWith401And0x1105() throws Exception {
        HttpResponse<String> response = post("", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":4357");
    }

    @Test
    void restRunsAKnownTokenWithoutAnyAuthorizationHeader() throws Exception {
        HttpResponse<String> response = post("?token=" + TOKEN, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"code\":0");
    }

    /** The official REST driver class is deprecated, but it is the one {@code jdbc:TAOS-RS://} selects. */
    @SuppressWarnings("deprecation")
    @ParameterizedTest
    @ValueSource(strings = {"jdbc:TAOS-WS://", "jdbc:TAOS-RS://"})
    void theOfficialDriverConnectsWithTheToken(String prefix) throws Exception {
        Driver driver = prefix.contains("WS") ? new WebSocketDriver() : new com.taosdata.jdbc.rs.RestfulDriver();
        Properties properties = new Properties();
        properties.setProperty("user", "cloud");
        properties.setProperty("password", "not-the-password");
        String url = prefix + "127.0.0.1:" + server.port() + "/?token=" + TOKEN;
        try (Connection connection = driver.connect(url, properties);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select server_version()")) {
            assertThat(result.next()).isTrue();
        }
    }

    private static HttpResponse<String> post(String query, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + server.port() + "/rest/sql" + query))
                .POST(HttpRequest.BodyPublishers.ofString("select server_version()"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
