package io.taospring.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class EmbeddedTaosServerTest {

    @Test
    void startsOnAnEphemeralLoopbackPortAndReportsUrls() {
        try (EmbeddedTaosServer server = EmbeddedTaosServer.builder().executor(new FakeExecutor()).build().start()) {
            assertThat(server.port()).isPositive();
            assertThat(server.host()).isEqualTo("127.0.0.1");
            assertThat(server.restUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/rest/sql");
            assertThat(server.wsUrl()).isEqualTo("ws://127.0.0.1:" + server.port() + "/ws");
            assertThat(server.dsn()).isEqualTo("ws://127.0.0.1:" + server.port());
            assertThat(server.dsn("power")).isEqualTo("ws://127.0.0.1:" + server.port() + "/power");
        }
    }

    @Test
    void closeReleasesThePortAndIsIdempotent() {
        EmbeddedTaosServer server = EmbeddedTaosServer.builder().executor(new FakeExecutor()).build().start();
        int port = server.port();
        server.close();
        server.close();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                t -> t.getName().startsWith("taos-embedded-io") && t.isAlive());
    }

    @Test
    void aTakenPortIsReported() {
        try (EmbeddedTaosServer first = EmbeddedTaosServer.builder().executor(new FakeExecutor()).build().start()) {
            EmbeddedTaosServer second = EmbeddedTaosServer.builder().executor(new FakeExecutor()).port(first.port()).build();
            assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(":" + first.port());
        }
    }

    @Test
    void aTokenMustStandForAKnownUser() {
        assertThatThrownBy(() -> EmbeddedTaosServer.builder().token("t", "nobody").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown user nobody");
    }

    @Test
    void aPlainServerAdvertisesPlainEndpoints() {
        try (EmbeddedTaosServer server = EmbeddedTaosServer.builder().build().start()) {
            assertThat(server.tls()).isFalse();
        }
    }
}
