package io.taospring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class TaosConfigTest {

    @Test
    void defaultsToWebSocketOnLocalhostAsRoot() {
        TaosConfig config = TaosConfig.builder().build();
        assertThat(config.connectionType()).isEqualTo(ConnectionType.WEBSOCKET);
        assertThat(config.tls()).isFalse();
        assertThat(config.endpoints()).containsExactly(new Endpoint("localhost", 6041));
        assertThat(config.endpoint()).isEqualTo(new Endpoint("localhost", 6041));
        assertThat(config.user()).isEqualTo("root");
        assertThat(config.password()).isEqualTo("taosdata");
        assertThat(config.token()).isEmpty();
        assertThat(config.database()).isEmpty();
        assertThat(config.timezone()).isEmpty();
        assertThat(config.effectiveZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.applicationName()).isEmpty();
        assertThat(config.properties()).isEmpty();
    }

    @Test
    void usesTheDefaultPortOfTheConnectionType() {
        assertThat(TaosConfig.builder().connectionType(ConnectionType.NATIVE).build().endpoint().port()).isEqualTo(6030);
        assertThat(TaosConfig.builder().connectionType(ConnectionType.REST).build().endpoint().port()).isEqualTo(6041);
    }

    @Test
    void usesTheConfiguredZoneForLocalDateTimes() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        assertThat(TaosConfig.builder().timezone(zone).build().effectiveZone()).isEqualTo(zone);
    }

    @Test
    void neverPrintsThePasswordOrToken() {
        TaosConfig config = TaosConfig.fromDsn(
                "wss://root:x%2C%20database%3Devil%7D@h:6041/power?token=tok%2C%20user%3Dadmin&timezone=UTC");
        assertThat(config.password()).isEqualTo("x, database=evil}");
        assertThat(config.toString()).isEqualTo("TaosConfig{WEBSOCKET+tls [h:6041], user=root, password=****, "
                + "token=****, database=power, timezone=UTC, connectTimeout=PT10S, requestTimeout=PT1M}");
    }

    @Test
    void masksAPasswordThatLooksLikeTheOtherFields() {
        for (String password : List.of("root", "power", "h:6041", "password=****", "****")) {
            TaosConfig config = TaosConfig.builder().user("root").password(password).database("power")
                    .endpoint("h", 6041).build();
            assertThat(config.toString()).isEqualTo("TaosConfig{WEBSOCKET [h:6041], user=root, password=****, "
                    + "database=power, connectTimeout=PT10S, requestTimeout=PT1M}");
        }
    }

    @Test
    void printsOptionalSettingsWhenSet() {
        TaosConfig config = TaosConfig.builder().connectionType(ConnectionType.REST).applicationName("svc")
                .property("charset", "UTF-8").endpoint("::1", 6041).build();
        assertThat(config.toString()).isEqualTo("TaosConfig{REST [[::1]:6041], user=root, password=****, "
                + "connectTimeout=PT10S, requestTimeout=PT1M, applicationName=svc, properties={charset=UTF-8}}");
    }

    @Test
    void copiesEverySettingIntoANewBuilder() {
        TaosConfig original = TaosConfig.fromDsn("jdbc:TAOS-RS://u:p@h1:1,h2:2/db?token=t&timezone=UTC"
                + "&connect_timeout=3s&request_timeout=4s&app=a&charset=UTF-8&useSSL=true");
        TaosConfig copy = original.toBuilder().build();
        assertThat(copy.toString()).isEqualTo(original.toString());
        assertThat(copy.password()).isEqualTo("p");
        assertThat(copy.token()).hasValue("t");
        assertThat(copy.endpoints()).isEqualTo(original.endpoints());
        assertThat(copy.properties()).isEqualTo(original.properties());
    }

    @Test
    void freezesItsSettings() {
        TaosConfig.Builder builder = TaosConfig.builder().endpoint("h1", 6041).property("b", "2").property("a", "1");
        TaosConfig config = builder.build();
        builder.endpoint("h2", 6041).property("c", "3");
        assertThat(config.endpoints()).containsExactly(new Endpoint("h1", 6041));
        assertThat(config.properties()).containsExactly(
                org.assertj.core.api.Assertions.entry("a", "1"), org.assertj.core.api.Assertions.entry("b", "2"));
        assertThat(config.property("a")).hasValue("1");
        assertThatThrownBy(() -> config.properties().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> config.endpoints().add(new Endpoint("x", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsInvalidSettingsOnBuild() {
        assertInvalid(TaosConfig.builder().user(""), "user must not be empty");
        assertInvalid(TaosConfig.builder().database(" "), "database must not be blank");
        assertInvalid(TaosConfig.builder().connectionType(ConnectionType.NATIVE).tls(true), "TLS is not available");
        assertInvalid(TaosConfig.builder().connectTimeout(Duration.ZERO), "connectTimeout must be positive");
        assertInvalid(TaosConfig.builder().requestTimeout(Duration.ofSeconds(-1)), "requestTimeout must be positive");
    }

    private static void assertInvalid(TaosConfig.Builder builder, String message) {
        assertThatThrownBy(builder::build).isInstanceOf(InterfaceError.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((InterfaceError) e).errno()).isEqualTo(ErrorCodes.INVALID_CONFIG));
    }

    @Test
    void writesIpv6EndpointsInBrackets() {
        assertThat(new Endpoint("::1", 6041).authority()).isEqualTo("[::1]:6041");
        assertThat(new Endpoint("h", 1).toString()).isEqualTo("h:1");
        assertThatThrownBy(() -> new Endpoint("h", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Endpoint(" ", 6041)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheTrustStoreOptionsAndNeverShowsTheirPassword() {
        TaosConfig config = TaosConfig.fromDsn("wss://h:6041?trust_store=%2Fetc%2Ftrust.p12&trustStoreType=JKS"
                + "&trust_store_password=st0re-secret&token=t0ken-secret");
        assertThat(config.trustStore()).contains(Path.of("/etc/trust.p12"));
        assertThat(config.trustStoreType()).contains("JKS");
        assertThat(config.trustStorePassword()).contains("st0re-secret");
        assertThat(config.toString()).contains("trustStore=/etc/trust.p12", "trustStoreType=JKS",
                "trustStorePassword=****").doesNotContain("st0re-secret").doesNotContain("t0ken-secret");
        assertThat(config.toBuilder().build().trustStorePassword()).contains("st0re-secret");
    }

    @Test
    void rejectsTlsSettingsOnAPlainConnection() {
        assertThatThrownBy(() -> TaosConfig.fromDsn("ws://h:6041?trust_store=%2Ftmp%2Ft.p12"))
                .isInstanceOf(InterfaceError.class).hasMessageContaining("use wss:// or https://");
    }

    @Test
    void rejectsATrustStorePasswordWithoutATrustStore() {
        assertThatThrownBy(() -> TaosConfig.fromDsn("wss://h:6041?trust_store_password=x"))
                .isInstanceOf(InterfaceError.class).hasMessageContaining("without a trust store")
                .hasMessageNotContaining("=x");
    }

    @Test
    void rejectsBothATrustStoreAndAnSslContext() throws Exception {
        TaosConfig.Builder builder = TaosConfig.builder().tls(true).trustStore(Path.of("t.p12"))
                .sslContext(SSLContext.getDefault());
        assertThatThrownBy(builder::build).isInstanceOf(InterfaceError.class).hasMessageContaining("not both");
    }
}
