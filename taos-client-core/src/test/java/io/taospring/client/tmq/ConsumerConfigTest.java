package io.taospring.client.tmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.Endpoint;
import io.taospring.client.ReconnectPolicy;
import io.taospring.client.error.InterfaceError;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConsumerConfigTest {

    @Test
    void readsTheSeedsKeys() {
        ConsumerConfig config = ConsumerConfig.of(Map.of("group.id", "g1", "client.id", "c1",
                "td.connect.ip", "db.example", "td.connect.port", "6042", "td.connect.user", "u",
                "td.connect.pass", "p", "auto.offset.reset", "EARLIEST", "enable.auto.commit", "false",
                "auto.commit.interval.ms", "1000", "msg.with.table.name", "false"));

        assertThat(config.groupId()).isEqualTo("g1");
        assertThat(config.clientId()).isEqualTo("c1");
        assertThat(config.endpoint()).hasToString("ws://db.example:6042/rest/tmq");
        assertThat(config.host()).isEqualTo("db.example");
        assertThat(config.port()).isEqualTo(6042);
        assertThat(config.user()).isEqualTo("u");
        assertThat(config.offsetReset()).isEqualTo("earliest");
        assertThat(config.autoCommit()).isFalse();
        assertThat(config.autoCommitInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.withTableName()).isFalse();
        assertThat(config.extra()).isEmpty();
    }

    @Test
    void defaultsToLocalhostLatestAndAutoCommitEveryFiveSeconds() {
        ConsumerConfig config = ConsumerConfig.of(Map.of("group.id", "g"));

        assertThat(config.endpoint()).hasToString("ws://localhost:6041/rest/tmq");
        assertThat(config.offsetReset()).isEqualTo("latest");
        assertThat(config.autoCommit()).isTrue();
        assertThat(config.autoCommitInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void readsTheOfficialReconnectKeysAndKeepsThemFromTheServer() {
        ConsumerConfig config = ConsumerConfig.of(Map.of("group.id", "g", "reconnectRetryCount", "5",
                "reconnectIntervalMs", "250"));

        assertThat(config.reconnect())
                .isEqualTo(new ReconnectPolicy(5, Duration.ofMillis(250), Duration.ofSeconds(30)));
        assertThat(config.extra()).isEmpty();
        assertThat(ConsumerConfig.of(Map.of("group.id", "g")).reconnect()).isEqualTo(ReconnectPolicy.DEFAULT);
        assertThat(ConsumerConfig.of(Map.of("group.id", "g", "enableAutoReconnect", "false")).reconnect().enabled())
                .isFalse();
    }

    @Test
    void readsTlsAndTheTokenAndNeverShowsTheirSecrets() {
        ConsumerConfig config = ConsumerConfig.of(Map.of("group.id", "g", "td.connect.ip", "db.example",
                "useSSL", "true", "token", "tok/en+1", "trust_store", "/etc/taos/trust.p12",
                "trust_store_type", "PKCS12", "trust_store_password", "store-secret"));

        assertThat(config.endpoint()).hasToString("wss://db.example:6041/rest/tmq");
        assertThat(config.connectUri(config.endpoints().get(0))).hasToString("wss://db.example:6041/rest/tmq?token=tok%2Fen%2B1");
        assertThat(config.tls().trustStore()).isEqualTo(Path.of("/etc/taos/trust.p12"));
        assertThat(config.extra()).isEmpty();
        assertThat(config.toString()).doesNotContain("tok/en", "store-secret").contains("wss://");
        assertThat(ConsumerConfig.of(Map.of("group.id", "g")).tls()).isNull();
    }

    @Test
    void readsTheOfficialBootstrapServersInOrder() {
        ConsumerConfig config = ConsumerConfig.of(Map.of("group.id", "g", "bootstrap.servers", "db1:6042, [::1]",
                "td.connect.ip", "ignored"));

        assertThat(config.endpoints()).containsExactly(new Endpoint("db1", 6042), new Endpoint("::1", 6041));
        assertThat(config.endpoint()).hasToString("ws://db1:6042/rest/tmq");
        assertThat(config.extra()).isEmpty();
        assertThat(ConsumerConfig.of(Map.of("group.id", "g")).endpoints())
                .containsExactly(new Endpoint("localhost", 6041));
        assertThatThrownBy(() -> ConsumerConfig.of(Map.of("group.id", "g", "bootstrap.servers", "db1:x")))
                .isInstanceOf(InterfaceError.class);
        assertThatThrownBy(() -> ConsumerConfig.of(Map.of("group.id", "g", "bootstrap.servers", " ")))
                .isInstanceOf(InterfaceError.class);
    }

    @Test
    void passesUnknownKeysToTheServer() {
        Properties properties = new Properties();
        properties.setProperty("group.id", "g");
        properties.setProperty("enable.replay", "true");

        assertThat(ConsumerConfig.of(properties).extra()).containsExactly(Map.entry("enable.replay", "true"));
    }

    @Test
    void rejectsAMissingGroupAndInvalidValues() {
        assertThatThrownBy(() -> ConsumerConfig.of(Map.of())).isInstanceOf(InterfaceError.class)
                .hasMessageContaining("group.id");
        assertThatThrownBy(() -> ConsumerConfig.of(Map.of("group.id", "g", "auto.offset.reset", "oldest")))
                .hasMessageContaining("auto.offset.reset");
        assertThatThrownBy(() -> ConsumerConfig.of(Map.of("group.id", "g", "enable.auto.commit", "yes")))
                .hasMessageContaining("enable.auto.commit");
        assertThatThrownBy(() -> ConsumerConfig.of(Map.of("group.id", "g", "td.connect.port", "x")))
                .hasMessageContaining("td.connect.port");
        assertThatThrownBy(() -> ConsumerConfig.of(Map.of("group.id", "g", "td.connect.port", "70000")))
                .isInstanceOf(InterfaceError.class).hasMessageContaining("td.connect.port");
    }

    @Test
    void neverShowsThePassword() {
        assertThat(ConsumerConfig.of(Map.of("group.id", "g", "td.connect.pass", "s3cret")).toString())
                .doesNotContain("s3cret");
    }
}
