package io.taospring.client.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.taosdata.jdbc.ws.WebSocketDriver;
import io.taospring.embedded.EmbeddedTaosServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official driver over {@code wss://} to the embedded server. The driver has no trust store option: it
 * trusts what the JVM trusts, so this test sets {@code javax.net.ssl.trustStore}, a JVM-wide setting. It
 * therefore runs only in its own JVM (the {@code official-driver-tls} Surefire execution sets
 * {@code taos.test.isolated-tls-jvm}) and is excluded from the shared one.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OfficialDriverTlsTest {

    @TempDir
    Path directory;

    @Test
    void queriesOverWssWithTheJvmTrustStore() throws Exception {
        assumeTrue(Boolean.getBoolean("taos.test.isolated-tls-jvm"), "needs a JVM of its own");
        TestCertificates certificates = TestCertificates.generate(directory);
        System.setProperty("javax.net.ssl.trustStore", certificates.trustStore().toString());
        System.setProperty("javax.net.ssl.trustStorePassword", TestCertificates.PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        try (EmbeddedTaosServer server = EmbeddedTaosServer.builder().port(0)
                .tls(certificates.keyStore(), "PKCS12", TestCertificates.PASSWORD.toCharArray()).build().start()) {
            Properties properties = new Properties();
            properties.setProperty("user", "root");
            properties.setProperty("password", "taosdata");
            properties.setProperty("useSSL", "true");
            String url = "jdbc:TAOS-WS://" + TestCertificates.HOST + ":" + server.port() + "/";
            try (Connection connection = new WebSocketDriver().connect(url, properties);
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select server_version()")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isNotEmpty();
            }
        }
    }
}
