package io.taospring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosConfig;
import io.taospring.embedded.EmbeddedTaosServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The token and TLS properties reach the client, and no secret shows in a bean's {@code toString()} or in
 * what the actuator's sanitizer lets through.
 */
class TaosSecretsMaskingTest {

    private static final String PASSWORD = "pa55-Secret";
    private static final String TOKEN = "cloud-Token-42";
    private static final String STORE_PASSWORD = "store-Secret";

    private static EmbeddedTaosServer server;

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(TaosAutoConfiguration.class, TaosSanitizingAutoConfiguration.class));

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void tokenAndTrustStorePropertiesReachTheClientAndNeverItsText() {
        runner.withPropertyValues("taos.url=wss://127.0.0.1:" + server.port(), "taos.password=" + PASSWORD,
                "taos.token=" + TOKEN, "taos.ssl.trust-store=/etc/taos/trust.p12", "taos.ssl.trust-store-type=JKS",
                "taos.ssl.trust-store-password=" + STORE_PASSWORD).run(context -> {
                    TaosConnectionUrl url = context.getBean(TaosConnectionUrl.class);
                    TaosConfig config = TaosConfig.fromDsn(url.jdbcUrl());
                    assertThat(config.token()).contains(TOKEN);
                    assertThat(config.trustStore()).contains(Path.of("/etc/taos/trust.p12"));
                    assertThat(config.trustStoreType()).contains("JKS");
                    assertThat(config.trustStorePassword()).contains(STORE_PASSWORD);
                    assertNoSecret(url.toString());
                    assertNoSecret(config.toString());
                    assertNoSecret(context.getBean(TaosConnectionDetails.class).toString());
                    assertNoSecret(context.getBean(TaosProperties.class).toString());
                });
    }

    @Test
    void aUrlsOwnPasswordIsMaskedInTheConnectionUrlAndTheClientsConfig() {
        runner.withPropertyValues("taos.url=ws://root:" + PASSWORD + "@127.0.0.1:" + server.port()
                + "?token=" + TOKEN).run(context -> {
                    assertNoSecret(context.getBean(TaosConnectionUrl.class).toString());
                    assertNoSecret(context.getBean(TaosClient.class).config().toString());
                });
    }

    @Test
    void embeddedConnectionDetailsHideThePassword() {
        assertNoSecret(new EmbeddedTaosConnectionDetails(server, "root", PASSWORD).toString());
    }

    @Test
    void theSanitizerMasksSecretKeysInEverySpelling() {
        runner.run(context -> {
            SanitizingFunction sanitizer = context.getBean("taosSanitizingFunction", SanitizingFunction.class);
            for (String key : new String[] {"taos.password", "taos.token", "taos.ssl.trust-store-password",
                "taos.ssl.trustStorePassword", "TAOS_PASSWORD", "TAOS_SSL_TRUSTSTOREPASSWORD"}) {
                assertThat(sanitizer.apply(new SanitizableData(null, key, "x" + PASSWORD)).getValue())
                        .as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
            }
            assertThat(sanitizer.apply(new SanitizableData(null, "taos.username", "reader")).getValue())
                    .isEqualTo("reader");
        });
    }

    @Test
    void theSanitizerKeepsTheUrlsShapeButNotItsSecrets() {
        runner.run(context -> {
            SanitizingFunction sanitizer = context.getBean("taosSanitizingFunction", SanitizingFunction.class);
            String url = "jdbc:TAOS-WS://root:" + PASSWORD + "@db.example:6041/power?token=" + TOKEN
                    + "&timezone=UTC&trustStorePassword=" + STORE_PASSWORD + "&password=" + PASSWORD;
            Object shown = sanitizer.apply(new SanitizableData(null, "taos.url", url)).getValue();
            assertThat(shown).asString().startsWith("jdbc:TAOS-WS://root:******@db.example:6041/power?token=******")
                    .contains("timezone=UTC");
            assertNoSecret(shown.toString());
        });
    }

    @Test
    void withoutTheActuatorThereIsNoSanitizer() {
        runner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
                .run(context -> assertThat(context).doesNotHaveBean("taosSanitizingFunction"));
    }

    private static void assertNoSecret(String text) {
        assertThat(text).doesNotContain(PASSWORD).doesNotContain(TOKEN).doesNotContain(STORE_PASSWORD);
    }
}
