package io.taospring.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmbeddedTaosLauncherTest {

    private static final Pattern ADDRESS = Pattern.compile("taos-embedded listening on 127\\.0\\.0\\.1:(\\d+) .*");

    @Test
    void launcherPrintsItsAddressServesAndStopsOnSigterm() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedTaosLauncher.class.getName(),
                "--port", "0", "--bind", "127.0.0.1", "--user", "admin", "--password", "s3cret")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Matcher line = ADDRESS.matcher(out.readLine());
            assertThat(line.matches()).isTrue();
            int port = Integer.parseInt(line.group(1));

            assertThat(query(port, "admin:s3cret", "show databases").body()).startsWith("{\"code\":0,");
            assertThat(query(port, "root:taosdata", "show databases").body()).startsWith("{\"code\":0,");

            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(143);
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void rejectsUnknownOptions() {
        assertThatThrownBy(() -> EmbeddedTaosLauncher.parse(new String[] {"--colour", "blue"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option --colour");
        assertThatThrownBy(() -> EmbeddedTaosLauncher.parse(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--port needs a value");
    }

    @Test
    void tlsOptionsComeInTheirPairs() {
        assertThatThrownBy(() -> EmbeddedTaosLauncher.parse(new String[] {"--tls-key-store-type", "JKS"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--tls-key-store-type needs --tls-key-store");
        assertThatThrownBy(() -> EmbeddedTaosLauncher.parse(new String[] {"--tls-cert", "chain.pem"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--tls-key needs a value");
        assertThatThrownBy(() -> EmbeddedTaosLauncher.parse(
                new String[] {"--tls-key-store", "a.p12", "--tls-cert", "c.pem", "--tls-key", "k.pem"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    }

    @Test
    void anUnreadableKeyStoreIsNamedWithoutItsPassword() {
        assertThatThrownBy(() -> EmbeddedTaosLauncher.parse(new String[] {"--tls-key-store", "/nonexistent/s.p12"},
                "hush-hush")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/nonexistent/s.p12").hasMessageNotContaining("hush-hush");
    }

    private static HttpResponse<String> query(int port, String user, String sql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/rest/sql"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(sql)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
