package io.taospring.client.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.tmq.ConsumerRecord;
import io.taospring.client.tmq.TaosConsumer;
import io.taospring.embedded.EmbeddedTaosServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TMQ consumer against the embedded server behind TLS with a cloud token: {@code useSSL} with a trust store
 * verifies the self-signed certificate, the token authenticates whatever password the configuration names, and
 * neither the token nor the trust store's password shows in messages.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConsumerTlsAndTokenTest {

    private static final String TOKEN = "consumer-token-9Pz";

    @TempDir
    static Path directory;
    private static TestCertificates certificates;
    private static EmbeddedTaosServer server;

    @BeforeAll
    static void startServer() throws Exception {
        certificates = TestCertificates.generate(directory);
        server = EmbeddedTaosServer.builder().port(0).user("cloud", "cloud-secret").token(TOKEN, "cloud")
                .tls(certificates.keyStore(), "PKCS12", TestCertificates.PASSWORD.toCharArray()).build().start();
        String trust = "&trust_store=" + URLEncoder.encode(certificates.trustStore().toString(), StandardCharsets.UTF_8)
                + "&trust_store_type=PKCS12&trust_store_password=" + TestCertificates.PASSWORD;
        try (TaosClient client = TaosClient.create("wss://" + TestCertificates.HOST + ":" + server.port() + "?token="
                + TOKEN + trust); TaosSession session = client.openSession()) {
            session.execute("create database secure");
            session.execute("create table secure.d0 (ts timestamp, v int)");
            session.execute("insert into secure.d0 values ('2024-01-01T00:00:01Z', 1) ('2024-01-01T00:00:02Z', 2)");
            session.execute("create topic secure_t as select ts, v from secure.d0");
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static Map<String, String> config(String group) {
        Map<String, String> config = new HashMap<>(Map.of("td.connect.ip", TestCertificates.HOST,
                "td.connect.port", Integer.toString(server.port()), "td.connect.user", "cloud",
                "td.connect.pass", "not-the-password", "group.id", group, "auto.offset.reset", "earliest",
                "useSSL", "true", "token", TOKEN, "trust_store", certificates.trustStore().toString()));
        config.put("trust_store_type", "PKCS12");
        config.put("trust_store_password", TestCertificates.PASSWORD);
        config.put("enableAutoReconnect", "false");
        return config;
    }

    @Test
    void consumesOverTlsAuthenticatedByTheToken() {
        try (TaosConsumer consumer = TaosConsumer.create(config("tls"))) {
            consumer.subscribe(List.of("secure_t"));
            List<ConsumerRecord> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (records.size() < 2 && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }

            assertThat(records).extracting(r -> r.get("v", Integer.class)).containsExactly(1, 2);
        }
    }

    @Test
    void refusesTheCertificateWithoutTheTrustStore() {
        Map<String, String> config = config("untrusted");
        config.remove("trust_store");
        config.remove("trust_store_type");
        config.remove("trust_store_password");

        assertThatThrownBy(() -> TaosConsumer.create(config)).isInstanceOf(ConnectionError.class)
                .hasMessageContaining("certificate is not trusted").hasMessageNotContaining(TOKEN);
    }

    @Test
    void anUnknownTokenIsRefusedWithoutShowingIt() {
        Map<String, String> config = config("wrong-token");
        config.put("token", "not-a-token-4Kd");

        assertThatThrownBy(() -> {
            try (TaosConsumer consumer = TaosConsumer.create(config)) {
                consumer.subscribe(List.of("secure_t"));
            }
        }).isInstanceOf(ConnectionError.class).hasMessageNotContaining("not-a-token-4Kd");
    }

    @Test
    void aTrustStoreWithoutUseSslIsAConfigurationError() {
        Map<String, String> config = config("plain");
        config.remove("useSSL");

        assertThatThrownBy(() -> TaosConsumer.create(config)).isInstanceOf(InterfaceError.class)
                .hasMessageContaining("useSSL");
    }
}
