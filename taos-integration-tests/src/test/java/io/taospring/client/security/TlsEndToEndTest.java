package io.taospring.client.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.InterfaceError;
import io.taospring.embedded.EmbeddedTaosServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code wss://} and {@code https://} against the embedded server serving a self-signed certificate for
 * {@code localhost}: trusted through a configured trust store, refused without one, refused for another
 * host name.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsEndToEndTest {

    @TempDir
    static Path directory;
    private static TestCertificates certificates;
    private static EmbeddedTaosServer server;

    @BeforeAll
    static void startServer() throws Exception {
        certificates = TestCertificates.generate(directory);
        server = EmbeddedTaosServer.builder().port(0)
                .tls(certificates.keyStore(), "PKCS12", TestCertificates.PASSWORD.toCharArray()).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static String trustStoreQuery() {
        return "?trust_store=" + URLEncoder.encode(certificates.trustStore().toString(), StandardCharsets.UTF_8)
                + "&trust_store_type=PKCS12&trust_store_password=" + TestCertificates.PASSWORD;
    }

    private static String dsn(String scheme, String host) {
        return scheme + "://root:taosdata@" + host + ":" + server.port();
    }

    @Test
    void serverAdvertisesEncryptedEndpoints() {
        assertThat(server.restUrl()).startsWith("https://");
        assertThat(server.wsUrl()).startsWith("wss://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wss", "https"})
    void queriesThroughTheConfiguredTrustStore(String scheme) {
        try (TaosClient client = TaosClient.create(dsn(scheme, TestCertificates.HOST) + trustStoreQuery());
                TaosSession session = client.openSession();
                TaosResult result = session.query("select server_version()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(0)).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wss", "https"})
    void refusesTheSelfSignedCertificateWithoutTheTrustStore(String scheme) {
        try (TaosClient client = TaosClient.create(dsn(scheme, TestCertificates.HOST))) {
            assertThatThrownBy(client::openSession).isInstanceOf(ConnectionError.class)
                    .hasMessageContaining("TLS handshake")
                    .hasMessageContaining("certificate is not trusted");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wss", "https"})
    void refusesACertificateForAnotherHostName(String scheme) {
        try (TaosClient client = TaosClient.create(dsn(scheme, "127.0.0.1") + trustStoreQuery())) {
            assertThatThrownBy(client::openSession).isInstanceOf(ConnectionError.class)
                    .hasMessageContaining("does not match the host name 127.0.0.1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws", "http"})
    void plainTextToATlsServerFailsAsAConnectionError(String scheme) {
        try (TaosClient client = TaosClient.create(dsn(scheme, TestCertificates.HOST) + "?connect_timeout=5s"
                + "&request_timeout=5s")) {
            assertThatThrownBy(client::openSession).isInstanceOf(ConnectionError.class);
        }
    }

    @Test
    void anUnreadableTrustStoreIsAConfigurationErrorWithoutThePassword() {
        String dsn = dsn("wss", TestCertificates.HOST) + "?trust_store=" + URLEncoder.encode(
                directory.resolve("missing.p12").toString(), StandardCharsets.UTF_8) + "&trust_store_password=hush-hush";
        assertThatThrownBy(() -> TaosClient.create(dsn).openSession()).isInstanceOf(InterfaceError.class)
                .hasMessageContaining("missing.p12").hasMessageNotContaining("hush-hush");
    }

    @Test
    void servesTlsFromPemFilesToo() throws Exception {
        Path[] pem = certificates.writePem(directory);
        try (EmbeddedTaosServer pemServer = EmbeddedTaosServer.builder().port(0).tls(pem[0], pem[1]).build().start();
                TaosClient client = TaosClient.create("https://root:taosdata@localhost:" + pemServer.port()
                        + trustStoreQuery());
                TaosSession session = client.openSession()) {
            session.execute("create database if not exists pem_tls");
        }
    }
}
