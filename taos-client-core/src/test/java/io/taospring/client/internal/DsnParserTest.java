package io.taospring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.ConnectionType;
import io.taospring.client.Endpoint;
import io.taospring.client.ReconnectPolicy;
import io.taospring.client.TaosConfig;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DsnParserTest {

    private static final String SECRET = "s3cret";

    private static TaosConfig.Builder expect(ConnectionType type) {
        return TaosConfig.builder().connectionType(type);
    }

    /** Compares every setting, so that a field the parser forgot to fill (or filled wrongly) shows up. */
    private static void assertParsed(String dsn, TaosConfig.Builder expectedBuilder) {
        TaosConfig expected = expectedBuilder.build();
        TaosConfig actual = TaosConfig.fromDsn(dsn);
        assertThat(actual.connectionType()).as("connectionType").isEqualTo(expected.connectionType());
        assertThat(actual.tls()).as("tls").isEqualTo(expected.tls());
        assertThat(actual.endpoints()).as("endpoints").isEqualTo(expected.endpoints());
        assertThat(actual.user()).as("user").isEqualTo(expected.user());
        assertThat(actual.password()).as("password").isEqualTo(expected.password());
        assertThat(actual.token()).as("token").isEqualTo(expected.token());
        assertThat(actual.database()).as("database").isEqualTo(expected.database());
        assertThat(actual.timezone()).as("timezone").isEqualTo(expected.timezone());
        assertThat(actual.connectTimeout()).as("connectTimeout").isEqualTo(expected.connectTimeout());
        assertThat(actual.requestTimeout()).as("requestTimeout").isEqualTo(expected.requestTimeout());
        assertThat(actual.applicationName()).as("applicationName").isEqualTo(expected.applicationName());
        assertThat(actual.properties()).as("properties").isEqualTo(expected.properties());
        assertThat(actual.reconnect()).as("reconnect").isEqualTo(expected.reconnect());
    }

    @Nested
    class SeedForm {

        @Test
        void readsTheSeedExample() {
            assertParsed("ws://root:taosdata@localhost:6041/power?timezone=UTC",
                    expect(ConnectionType.WEBSOCKET).endpoint("localhost", 6041).database("power")
                            .timezone(ZoneId.of("UTC")));
        }

        @Test
        void readsWssWithTokenAndDefaultPort() {
            assertParsed("wss://cloud.example.com/power?token=abc123",
                    expect(ConnectionType.WEBSOCKET).tls(true).endpoint("cloud.example.com", 6041)
                            .database("power").token("abc123"));
        }

        @Test
        void readsHttpAsRest() {
            assertParsed("http://admin:pw@td.local:6041/db1",
                    expect(ConnectionType.REST).endpoint("td.local", 6041).user("admin").password("pw")
                            .database("db1"));
        }

        @Test
        void readsHttpsAsRestWithTls() {
            assertParsed("https://td.local", expect(ConnectionType.REST).tls(true).endpoint("td.local", 6041));
        }

        @Test
        void readsTaosAsNativeWithItsOwnDefaultPort() {
            assertParsed("taos://td1/power",
                    expect(ConnectionType.NATIVE).endpoint("td1", 6030).database("power"));
        }

        @Test
        void readsDriverPlusProtocolSchemes() {
            assertParsed("taos+ws://h:7000/db", expect(ConnectionType.WEBSOCKET).endpoint("h", 7000).database("db"));
            assertParsed("taos+wss://h", expect(ConnectionType.WEBSOCKET).tls(true).endpoint("h", 6041));
            assertParsed("taos+http://h", expect(ConnectionType.REST).endpoint("h", 6041));
            assertParsed("taosws+wss://h", expect(ConnectionType.WEBSOCKET).tls(true).endpoint("h", 6041));
            assertParsed("taosrest+https://h", expect(ConnectionType.REST).tls(true).endpoint("h", 6041));
        }

        @Test
        void readsTaospyDriverNamesAlone() {
            assertParsed("taosws://h", expect(ConnectionType.WEBSOCKET).endpoint("h", 6041));
            assertParsed("taosrest://h", expect(ConnectionType.REST).endpoint("h", 6041));
        }

        @Test
        void readsSchemesInAnyCase() {
            assertParsed("WSS://Host.Example:6041", expect(ConnectionType.WEBSOCKET).tls(true)
                    .endpoint("Host.Example", 6041));
        }

        @Test
        void readsAnOmittedDriverAsWebSocket() {
            assertParsed("://h:6041", expect(ConnectionType.WEBSOCKET).endpoint("h", 6041));
            assertParsed("+wss://h", expect(ConnectionType.WEBSOCKET).tls(true).endpoint("h", 6041));
        }

        @Test
        void defaultsToLocalhostWithoutHost() {
            assertParsed("ws://", expect(ConnectionType.WEBSOCKET).endpoint("localhost", 6041));
            assertParsed("taos:///power", expect(ConnectionType.NATIVE).endpoint("localhost", 6030).database("power"));
            assertParsed("ws://:7041", expect(ConnectionType.WEBSOCKET).endpoint("localhost", 7041));
        }

        @Test
        void readsSeveralHostsForFailover() {
            assertParsed("ws://h1:6041,h2:6042,h3/db", expect(ConnectionType.WEBSOCKET)
                    .endpoints(List.of(new Endpoint("h1", 6041), new Endpoint("h2", 6042), new Endpoint("h3", 6041)))
                    .database("db"));
        }

        @Test
        void readsIpv6LiteralsInBrackets() {
            assertParsed("ws://[::1]:6041,[2001:db8::7],10.0.0.1:6042", expect(ConnectionType.WEBSOCKET)
                    .endpoints(List.of(new Endpoint("::1", 6041), new Endpoint("2001:db8::7", 6041),
                            new Endpoint("10.0.0.1", 6042))));
        }

        @Test
        void percentDecodesUserAndPassword() {
            assertParsed("ws://r%40ot:p%40ss%3Aw%2Fo%3Frd%25%26@h/db", expect(ConnectionType.WEBSOCKET)
                    .endpoint("h", 6041).user("r@ot").password("p@ss:w/o?rd%&").database("db"));
        }

        @Test
        void acceptsUnencodedAtCommaAndColonInThePassword() {
            assertParsed("ws://root:p@ss,w:rd@h:6041", expect(ConnectionType.WEBSOCKET).endpoint("h", 6041)
                    .password("p@ss,w:rd"));
        }

        @Test
        void decodesUnicodePasswords() {
            assertParsed("ws://root:%E5%AF%86%F0%9F%94%91@h", expect(ConnectionType.WEBSOCKET).endpoint("h", 6041)
                    .password("密🔑"));
        }

        @Test
        void keepsTheDefaultPasswordWhenOnlyAUserIsGiven() {
            assertParsed("ws://reader@h", expect(ConnectionType.WEBSOCKET).endpoint("h", 6041).user("reader")
                    .password(TaosConfig.DEFAULT_PASSWORD));
        }

        @Test
        void readsOwnQueryKeys() {
            assertParsed("ws://h?connect_timeout=500ms&request_timeout=2m&app_name=meter%20app&timezone=Asia%2FShanghai",
                    expect(ConnectionType.WEBSOCKET).endpoint("h", 6041).connectTimeout(Duration.ofMillis(500))
                            .requestTimeout(Duration.ofMinutes(2)).applicationName("meter app")
                            .timezone(ZoneId.of("Asia/Shanghai")));
        }

        @Test
        void readsDurationUnits() {
            assertParsed("ws://h?connect_timeout=10s&request_timeout=1h", expect(ConnectionType.WEBSOCKET)
                    .endpoint("h", 6041).connectTimeout(Duration.ofSeconds(10)).requestTimeout(Duration.ofHours(1)));
            assertParsed("ws://h?connect_timeout=2500", expect(ConnectionType.WEBSOCKET).endpoint("h", 6041)
                    .connectTimeout(Duration.ofMillis(2500)));
        }

        @Test
        void readsReconnectSettings() {
            assertParsed("ws://h?reconnect_retries=5&reconnect_interval=100ms&reconnect_max_interval=1s",
                    expect(ConnectionType.WEBSOCKET).endpoint("h", 6041)
                            .reconnect(new ReconnectPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1))));
        }

        @Test
        void readsTheOfficialReconnectNames() {
            assertParsed("ws://h?enableAutoReconnect=true&reconnectRetryCount=2&reconnectIntervalMs=500",
                    expect(ConnectionType.WEBSOCKET).endpoint("h", 6041)
                            .reconnect(new ReconnectPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(30))));
        }

        @Test
        void turnsReconnectingOffWhateverTheCount() {
            assertThat(TaosConfig.fromDsn("ws://h?auto_reconnect=false&reconnect_retries=4").reconnect().enabled())
                    .isFalse();
            assertThat(TaosConfig.fromDsn("ws://h?reconnect_retries=0").reconnect().enabled()).isFalse();
        }

        @Test
        void raisesTheLongestPauseToALongerFirstOne() {
            assertThat(TaosConfig.fromDsn("ws://h?reconnect_interval=1m").reconnect().maxInterval())
                    .isEqualTo(Duration.ofMinutes(1));
        }

        @Test
        void readsAppAsTheApplicationName() {
            assertParsed("ws://h?app=ingest", expect(ConnectionType.WEBSOCKET).endpoint("h", 6041)
                    .applicationName("ingest"));
        }

        @Test
        void turnsTlsOnByQueryKey() {
            assertParsed("ws://h?tls=true", expect(ConnectionType.WEBSOCKET).tls(true).endpoint("h", 6041));
        }

        @Test
        void readsOffsetsAndPosixStyleZones() {
            assertParsed("ws://h?timezone=%2B05:30", expect(ConnectionType.WEBSOCKET).endpoint("h", 6041)
                    .timezone(ZoneOffset.ofHoursMinutes(5, 30)));
            // POSIX TZ: UTC-8 is eight hours ahead of UTC (China), as in the official driver's examples
            assertParsed("ws://h?timezone=UTC-8", expect(ConnectionType.WEBSOCKET).endpoint("h", 6041)
                    .timezone(ZoneOffset.ofHours(8)));
        }

        @Test
        void ignoresEmptyQuerySegments() {
            assertParsed("ws://h/db?&timezone=UTC&", expect(ConnectionType.WEBSOCKET).endpoint("h", 6041)
                    .database("db").timezone(ZoneId.of("UTC")));
        }

        @Test
        void stripsSurroundingWhitespace() {
            assertParsed("  ws://h/db \n", expect(ConnectionType.WEBSOCKET).endpoint("h", 6041).database("db"));
        }
    }

    @Nested
    class JdbcUrls {

        @Test
        void readsTheOfficialWebSocketUrl() {
            assertParsed("jdbc:TAOS-WS://host:6041/power?user=root&password=taosdata&timezone=UTC",
                    expect(ConnectionType.WEBSOCKET).endpoint("host", 6041).database("power")
                            .timezone(ZoneId.of("UTC")));
        }

        @Test
        void readsTheOfficialRestUrl() {
            assertParsed("jdbc:TAOS-RS://host:6041/power?user=u1&password=p1&httpConnectTimeout=5000"
                            + "&httpSocketTimeout=30000&charset=UTF-8&locale=en_US.UTF-8",
                    expect(ConnectionType.REST).endpoint("host", 6041).database("power").user("u1").password("p1")
                            .connectTimeout(Duration.ofSeconds(5)).requestTimeout(Duration.ofSeconds(30))
                            .property("charset", "UTF-8").property("locale", "en_US.UTF-8"));
        }

        @Test
        void readsBatchfetchOnRestAsWebSocket() {
            assertParsed("jdbc:TAOS-RS://host:6041/power?batchfetch=true",
                    expect(ConnectionType.WEBSOCKET).endpoint("host", 6041).database("power"));
            assertParsed("jdbc:TAOS-RS://host:6041/power?batchfetch=false",
                    expect(ConnectionType.REST).endpoint("host", 6041).database("power")
                            .property("batchfetch", "false"));
        }

        @Test
        void readsTheOfficialNativeUrls() {
            assertParsed("jdbc:TAOS://td1:6030/power?timezone=UTC-8&charset=UTF-8",
                    expect(ConnectionType.NATIVE).endpoint("td1", 6030).database("power")
                            .timezone(ZoneOffset.ofHours(8)).property("charset", "UTF-8"));
            assertParsed("jdbc:TSDB://td1/db", expect(ConnectionType.NATIVE).endpoint("td1", 6030).database("db"));
        }

        @Test
        void acceptsEmptyHostAndPortAsTheOfficialDriverDoes() {
            assertParsed("jdbc:TAOS://:/device_test",
                    expect(ConnectionType.NATIVE).endpoint("localhost", 6030).database("device_test"));
        }

        @Test
        void mapsOfficialPropertiesToSettings() {
            assertParsed("jdbc:TAOS-WS://h1:6041,h2:6041/db?useSSL=true&messageWaitTimeout=10000&token=t0k"
                            + "&varcharAsString=true&enableCompression=true&app_name=svc",
                    expect(ConnectionType.WEBSOCKET).tls(true)
                            .endpoints(List.of(new Endpoint("h1", 6041), new Endpoint("h2", 6041))).database("db")
                            .requestTimeout(Duration.ofSeconds(10)).token("t0k").applicationName("svc")
                            .property("varcharAsString", "true").property("enableCompression", "true"));
        }

        @Test
        void readsOurDsnsBehindJdbcTaos() {
            assertParsed("jdbc:taos:ws://localhost:6041/power",
                    expect(ConnectionType.WEBSOCKET).endpoint("localhost", 6041).database("power"));
            assertParsed("jdbc:taos:https://u:p@h/db", expect(ConnectionType.REST).tls(true).endpoint("h", 6041)
                    .user("u").password("p").database("db"));
        }
    }

    @Nested
    class Malformed {

        /** Asserts the category, the code, the bad part named, and that no secret leaks. */
        private void assertRejected(String dsn, String... expectedParts) {
            assertThatThrownBy(() -> TaosConfig.fromDsn(dsn))
                    .isInstanceOf(InterfaceError.class)
                    .satisfies(e -> {
                        InterfaceError error = (InterfaceError) e;
                        assertThat(error.errno()).isEqualTo(ErrorCodes.INVALID_CONFIG);
                        assertThat(error.getMessage()).contains(expectedParts).doesNotContain(SECRET);
                    });
        }

        @Test
        void rejectsBadReconnectValues() {
            assertRejected("ws://h?reconnect_retries=-1", "reconnect_retries", "-1");
            assertRejected("ws://h?reconnectRetryCount=many", "reconnectRetryCount", "many");
            assertRejected("ws://h?reconnect_interval=2s&reconnect_max_interval=1s", "reconnect_max_interval");
        }

        @Test
        void rejectsAnEmptyDsn() {
            assertRejected("   ", "empty");
        }

        @Test
        void rejectsAnUnknownScheme() {
            assertRejected("mysql://root:" + SECRET + "@h:3306", "unknown scheme 'mysql'", "taos+ws");
        }

        @Test
        void rejectsAMissingDoubleSlash() {
            assertRejected("ws:localhost:6041", "missing '//' after 'ws:'");
            assertRejected("localhost:6041/power", "missing '<scheme>://'");
        }

        @Test
        void rejectsBadPorts() {
            assertRejected("ws://root:" + SECRET + "@h:60a1", "bad port in the host list: not a number");
            assertRejected("ws://root@h:0", "bad port '0'");
            assertRejected("ws://root@h:65536", "bad port '65536'");
            assertRejected("ws://root@[::1]:-1", "bad port in the host list: not a number");
        }

        @Test
        void rejectsAnEmptyHostBetweenCommas() {
            assertRejected("ws://root@h1:6041,,h2:6041", "empty host between commas in 'h1:6041,,h2:6041'");
            assertRejected("ws://h1,", "empty host between commas");
        }

        @Test
        void rejectsUnbalancedIpv6Brackets() {
            assertRejected("ws://[::1:6041/db", "unbalanced '['");
            assertRejected("ws://::1]:6041", "unbalanced ']'");
            assertRejected("ws://root@[::1]6041", "unexpected '6041'");
            assertRejected("ws://root@[not-ipv6]:6041", "bad IPv6 literal '[not-ipv6]'");
        }

        @Test
        void rejectsIpv6WithoutBrackets() {
            assertRejected("ws://root@::1:6041", "'::1:6041' must be in brackets");
        }

        @Test
        void aForgottenAtSignNeverShowsThePassword() {
            assertRejected("ws://root:" + SECRET, "bad port in the host list: not a number");
            assertRejected("ws://root:" + SECRET + "h:6041/db", "more than one ':' in a host");
            assertRejected("ws://h:6041/dbpassword=" + SECRET, "is the '?' before the query parameters missing?");
            assertRejected("ws://root@h:6041token=" + SECRET, "bad port in the host list: not a number");
        }

        @Test
        void rejectsBadHostNames() {
            assertRejected("ws://root@bad host:6041", "bad host name 'bad host'");
            assertRejected("ws://bad host", "bad host name 'bad host'");
        }

        @Test
        void rejectsBadPercentEscapesWithoutEchoingThePassword() {
            assertRejected("ws://root:" + SECRET + "%zz@h", "bad percent escape in the password");
            assertRejected("ws://ro%4@h", "bad percent escape '%4' in the user name");
            assertRejected("ws://h?password=" + SECRET + "%2", "bad percent escape in the value of 'password'");
            assertRejected("ws://h?app_name=a%G1", "bad percent escape '%G1' in the value of 'app_name'");
            assertRejected("ws://root:%C3%28" + SECRET + "@h", "the password are not valid UTF-8");
        }

        @Test
        void rejectsUnknownKeysListingTheValidOnes() {
            assertRejected("ws://h?timezon=UTC", "unknown query parameter 'timezon'", "timezone", "connect_timeout",
                    "messageWaitTimeout", "useSSL");
            assertRejected("ws://h?database=power", "unknown query parameter 'database'");
        }

        @Test
        void rejectsDuplicateKeysAndAliases() {
            assertRejected("ws://h?timezone=UTC&timezone=UTC", "'timezone' repeats 'timezone'");
            assertRejected("ws://h?connect_timeout=1s&httpConnectTimeout=1000",
                    "'httpConnectTimeout' repeats 'connect_timeout'");
            assertRejected("ws://root:" + SECRET + "@h?password=" + SECRET, "password given twice");
            assertRejected("ws://root@h?user=admin", "user given twice");
        }

        @Test
        void rejectsBadTimezones() {
            assertRejected("ws://h?timezone=Mars/Olympus", "bad timezone 'Mars/Olympus'");
            assertRejected("ws://h?timezone=UTC%2B99", "bad timezone 'UTC+99'");
        }

        @Test
        void rejectsBadDurations() {
            assertRejected("ws://h?connect_timeout=10x", "bad duration '10x' for 'connect_timeout'");
            assertRejected("ws://h?request_timeout=0", "bad duration '0' for 'request_timeout'");
            assertRejected("ws://h?request_timeout=-5s", "bad duration '-5s'");
            assertRejected("ws://h?request_timeout=999999999999999999h", "bad duration '999999999999999999h'");
        }

        @Test
        void rejectsBadBooleans() {
            assertRejected("ws://h?useSSL=yes", "bad value 'yes' for 'useSSL'");
        }

        @Test
        void rejectsTlsWithTheNativeConnection() {
            assertRejected("taos://h?useSSL=true", "TLS is not available on the native connection");
        }

        @Test
        void rejectsTurningTlsOffAgainstTheScheme() {
            assertRejected("wss://h?useSSL=false", "useSSL=false contradicts the TLS scheme");
        }

        @Test
        void rejectsAnEmptyUser() {
            assertRejected("ws://:" + SECRET + "@h", "empty user name");
        }

        @Test
        void rejectsMissingValues() {
            assertRejected("ws://h?timezone=", "no value for the query parameter 'timezone'");
            assertRejected("ws://h?charset", "query parameter 'charset' has no '='");
        }

        @Test
        void rejectsUnencodedSlashInThePasswordWithoutEchoingIt() {
            assertRejected("ws://root:" + SECRET + "/x@h:6041/db", "'@' after the host", "%2F");
            assertRejected("ws://root:ab?" + SECRET + "@h", "'@' after the host");
        }

        @Test
        void rejectsAnUnencodedAmpersandInAPasswordWithoutEchoingIt() {
            assertRejected("jdbc:TAOS-WS://h/db?password=top&" + SECRET + "&user=root",
                    "the query parameter after 'password' has no '='");
        }

        @Test
        void rejectsDriverAndProtocolThatDisagree() {
            assertRejected("taosws+http://h", "scheme 'taosws+http'");
            assertRejected("taosrest+ws://h", "scheme 'taosrest+ws'");
            assertRejected("taos+ftp://h", "unknown scheme 'taos+ftp'");
        }

        @Test
        void rejectsBadDatabasePaths() {
            assertRejected("ws://h/a/b", "bad database name 'a/b'");
        }

        @Test
        void rejectsJdbcPrefixesInTheWrongCase() {
            assertRejected("jdbc:taos-ws://h:6041/db?password=" + SECRET, "unknown JDBC URL prefix 'jdbc:taos-ws'");
            assertRejected("jdbc:mysql://h/db", "unknown JDBC URL prefix 'jdbc:mysql'");
            assertRejected("jdbc:taos://h:6030/db", "'jdbc:taos://' names no scheme", "jdbc:TAOS://");
        }
    }
}
