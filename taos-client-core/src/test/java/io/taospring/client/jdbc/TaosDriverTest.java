package io.taospring.client.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.ConnectionType;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TaosDriverTest {

    private final AtomicReference<TaosConfig> opened = new AtomicReference<>();
    private final TaosDriver driver = new TaosDriver(config -> {
        opened.set(config);
        return new SessionOpener.Opened(new FakeSession(config), () -> { });
    });

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:taos:ws://localhost:6041/power", "jdbc:taos:wss://h/db", "jdbc:taos:http://h:6041",
            "jdbc:taos:https://h", "jdbc:taos:taos+ws://h", "jdbc:TAOS-WS://localhost:6041/power",
            "jdbc:TAOS-RS://localhost:6041/power?user=root", "jdbc:TAOS://localhost:6030/power", "jdbc:TSDB://h:6030"})
    void acceptsOurAndTheOfficialUrls(String url) {
        assertThat(driver.acceptsURL(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jdbc:taos:", "jdbc:taos", "jdbc:taosx:ws://h", "jdbc:taos://h:6041",
            "jdbc:taos:ws:/h", "jdbc:TAOS-WSS://h", "jdbc:taos-ws://h", "jdbc:TAOS-WS:/h", "jdbc:TAOSX://h",
            "jdbc:mysql://h/db", "ws://localhost:6041", "jdbc:taos:1ws://h"})
    void refusesEverythingElseWithoutPrefixFalsePositives(String url) throws SQLException {
        assertThat(driver.acceptsURL(url)).isFalse();
        assertThat(driver.connect(url, new Properties())).isNull();
    }

    @Test
    void refusesNull() {
        assertThat(driver.acceptsURL(null)).isFalse();
    }

    @Test
    void isFoundByDriverManagerThroughTheServiceFile() throws SQLException {
        assertThat(DriverManager.getDriver("jdbc:taos:ws://localhost:6041/power")).isInstanceOf(TaosDriver.class);
    }

    @Test
    void mergesPropertiesWithTheUrlWhereTheUrlWins() throws SQLException {
        Properties info = new Properties();
        info.setProperty("user", "ignored");
        info.setProperty("password", "p&ss=word?");
        info.setProperty("timezone", "Asia/Shanghai");
        info.setProperty("messageWaitTimeout", "5000");
        try (Connection connection = driver.connect("jdbc:TAOS-WS://db.example:6041/power?user=alice", info)) {
            assertThat(connection).isNotNull();
        }
        TaosConfig config = opened.get();
        assertThat(config.connectionType()).isEqualTo(ConnectionType.WEBSOCKET);
        assertThat(config.user()).isEqualTo("alice");
        assertThat(config.password()).isEqualTo("p&ss=word?");
        assertThat(config.timezone()).contains(ZoneId.of("Asia/Shanghai"));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.database()).contains("power");
    }

    @Test
    void userInfoInTheUrlWinsOverUserAndPasswordProperties() throws SQLException {
        Properties info = new Properties();
        info.setProperty("user", "bob");
        info.setProperty("password", "secret");
        driver.connect("jdbc:taos:http://carol:pw@localhost:6041/power", info).close();
        assertThat(opened.get().user()).isEqualTo("carol");
        assertThat(opened.get().password()).isEqualTo("pw");
        assertThat(opened.get().connectionType()).isEqualTo(ConnectionType.REST);
    }

    @Test
    void reportsABadPropertyAsAnSqlExceptionNamingIt() {
        Properties info = new Properties();
        info.setProperty("no_such_option", "1");
        assertThatThrownBy(() -> driver.connect("jdbc:taos:ws://localhost:6041", info))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("no_such_option")
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(ErrorCodes.INVALID_CONFIG));
    }

    @Test
    void reportsAConnectFailureAsANonTransientConnectionException() {
        TaosDriver failing = new TaosDriver(config -> {
            throw new ConnectionError(ErrorCodes.UNABLE_TO_CONNECT, "Unable to establish connection");
        });
        assertThatThrownBy(() -> failing.connect("jdbc:taos:ws://localhost:1", new Properties()))
                .isInstanceOf(SQLNonTransientConnectionException.class)
                .satisfies(e -> {
                    SQLException sql = (SQLException) e;
                    assertThat(sql.getErrorCode()).isEqualTo(0x000B);
                    assertThat(sql.getSQLState()).isEqualTo("08001");
                    assertThat(sql.getCause()).isInstanceOf(ConnectionError.class);
                });
    }

    @Test
    void describesItsPropertiesWithoutEchoingThePassword() {
        Properties info = new Properties();
        info.setProperty("user", "root");
        info.setProperty("password", "taosdata");
        var properties = driver.getPropertyInfo("jdbc:taos:ws://h", info);
        assertThat(properties).extracting(p -> p.name).contains("user", "password", "timezone", "request_timeout");
        assertThat(properties).filteredOn(p -> p.name.equals("user")).extracting(p -> p.value).containsExactly("root");
        assertThat(properties).filteredOn(p -> p.name.equals("password")).extracting(p -> p.value)
                .containsOnlyNulls();
    }

    @Test
    void reportsItsVersion() throws SQLException {
        assertThat(driver.getMajorVersion()).isZero();
        assertThat(driver.getMinorVersion()).isEqualTo(1);
        assertThat(driver.jdbcCompliant()).isFalse();
        try (Connection connection = driver.connect("jdbc:taos:ws://h", new Properties())) {
            assertThat(connection.getMetaData().getDriverVersion()).isEqualTo(TaosDriver.VERSION);
            assertThat(connection.unwrap(TaosSession.class)).isInstanceOf(FakeSession.class);
        }
    }

    @Test
    void dataSourceOpensConnectionsWithItsUserPasswordAndProperties() throws SQLException {
        TaosDataSource dataSource = new TaosDataSource(driver);
        dataSource.setUrl("jdbc:taos:ws://localhost:6041/power");
        dataSource.setUser("dave");
        dataSource.setPassword("pw");
        Properties properties = new Properties();
        properties.setProperty("timezone", "UTC");
        dataSource.setProperties(properties);
        dataSource.getConnection().close();
        assertThat(opened.get().user()).isEqualTo("dave");
        assertThat(opened.get().password()).isEqualTo("pw");
        assertThat(opened.get().timezone()).contains(ZoneId.of("UTC"));
        dataSource.getConnection("erin", "pw2").close();
        assertThat(opened.get().user()).isEqualTo("erin");
    }

    @Test
    void dataSourceRefusesForeignUrls() {
        TaosDataSource dataSource = new TaosDataSource();
        assertThatThrownBy(() -> dataSource.setUrl("jdbc:mysql://h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class).hasMessageContaining("no URL");
    }
}
