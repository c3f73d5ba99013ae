package io.taospring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * With the actuator told to show values, {@code /actuator/configprops} and {@code /actuator/env} still mask
 * the TDengine password, token and trust store password, and the password and token inside {@code taos.url}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "management.endpoints.web.exposure.include=configprops,env",
    "management.endpoint.configprops.show-values=always",
    "management.endpoint.env.show-values=always",
    "taos.url=wss://root:" + ActuatorMasksSecretsTest.URL_PASSWORD + "@127.0.0.1:1?token=" + ActuatorMasksSecretsTest.TOKEN,
    "taos.password=" + ActuatorMasksSecretsTest.PASSWORD,
    "taos.token=" + ActuatorMasksSecretsTest.TOKEN,
    "taos.ssl.trust-store=/nonexistent/trust.p12",
    "taos.ssl.trust-store-password=" + ActuatorMasksSecretsTest.STORE_PASSWORD})
@AutoConfigureRestTestClient
class ActuatorMasksSecretsTest {

    static final String URL_PASSWORD = "urlPass-9f2";
    static final String PASSWORD = "propPass-7c1";
    static final String TOKEN = "tok-0a7b";
    static final String STORE_PASSWORD = "storePass-3e5";

    @Autowired
    RestTestClient http;

    @Test
    void configpropsShowsTheTaosSettingsWithTheirSecretsMasked() {
        String body = get("/actuator/configprops");
        assertThat(body).contains("\"taos\"").contains("127.0.0.1:1").contains("******");
        assertNoSecret(body);
    }

    @Test
    void envShowsTheTaosSettingsWithTheirSecretsMasked() {
        String body = get("/actuator/env");
        assertThat(body).contains("taos.url").contains("127.0.0.1:1");
        assertNoSecret(body);
    }

    private String get(String path) {
        return http.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
    }

    private static void assertNoSecret(String body) {
        assertThat(body).doesNotContain(URL_PASSWORD).doesNotContain(PASSWORD).doesNotContain(TOKEN)
                .doesNotContain(STORE_PASSWORD);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
