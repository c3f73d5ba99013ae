package io.taospring.client.tmq;

import io.taospring.client.Endpoint;
import io.taospring.client.ReconnectPolicy;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.internal.DsnHosts;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * A consumer's configuration, read once from the seed's keys and then frozen.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>default</th></tr>
 * <tr><td>{@code group.id}</td><td>required</td></tr>
 * <tr><td>{@code client.id}</td><td>none</td></tr>
 * <tr><td>{@code td.connect.ip}, {@code td.connect.port}</td><td>{@code localhost}, {@code 6041}</td></tr>
 * <tr><td>{@code bootstrap.servers} (the official name): {@code host:port} items, comma-separated, tried in order
 * when a connection opens; it replaces {@code td.connect.ip} and {@code td.connect.port}</td><td>none</td></tr>
 * <tr><td>{@code td.connect.user}, {@code td.connect.pass}</td><td>{@code root}, {@code taosdata}</td></tr>
 * <tr><td>{@code td.connect.db}</td><td>none</td></tr>
 * <tr><td>{@code auto.offset.reset}</td><td>{@code latest} ({@code earliest}, {@code latest}, {@code none})</td></tr>
 * <tr><td>{@code enable.auto.commit}</td><td>{@code true}</td></tr>
 * <tr><td>{@code auto.commit.interval.ms}</td><td>{@code 5000}</td></tr>
 * <tr><td>{@code msg.with.table.name}</td><td>{@code true}</td></tr>
 * <tr><td>{@code timezone}</td><td>UTC (for local date-time conversions of timestamps)</td></tr>
 * <tr><td>{@code connect.timeout.ms}, {@code request.timeout.ms}</td><td>{@code 10000}, {@code 30000}</td></tr>
 * <tr><td>{@code enableAutoReconnect}, {@code reconnectRetryCount}, {@code reconnectIntervalMs} (the official
 * driver's names)</td><td>{@code true}, {@code 3}, {@code 2000}</td></tr>
 * <tr><td>{@code useSSL} (the official name): {@code wss://}, the server's certificate and host name
 * verified</td><td>{@code false}</td></tr>
 * <tr><td>{@code trust_store}, {@code trust_store_type}, {@code trust_store_password}: what verifies the
 * certificate, as in a DSN</td><td>the JVM's trust store</td></tr>
 * <tr><td>{@code token} (the official name): a cloud token, sent as the DSN's is</td><td>none</td></tr>
 * </table>
 * Other keys are passed to the server as TMQ configuration.
 *
 * @param groupId            the consumer group
 * @param clientId           the client id, or null
 * @param endpoints          the servers to try in order when a connection opens
 * @param user               the user
 * @param password           the password
 * @param database           the database, or null
 * @param offsetReset        {@code earliest}, {@code latest} or {@code none}
 * @param autoCommit         whether {@link TaosConsumer#poll} commits every {@code autoCommitInterval}
 * @param autoCommitInterval the auto-commit interval
 * @param withTableName      whether messages carry table names
 * @param zone               the zone for local date-time conversions
 * @param connectTimeout     how long opening the socket may take
 * @param requestTimeout     how long the server may take to answer, on top of a poll's own timeout; also how long
 *                           a send may take before the socket is given up
 * @param reconnect          how a lost socket is replaced (see {@link TaosConsumer})
 * @param extra              further TMQ configuration sent verbatim
 * @param token              the cloud token, or null
 * @param tls                the TLS settings, or null for a plain connection
 */
public record ConsumerConfig(String groupId, String clientId, List<Endpoint> endpoints, String user, String password,
        String database, String offsetReset, boolean autoCommit, Duration autoCommitInterval, boolean withTableName,
        ZoneId zone, Duration connectTimeout, Duration requestTimeout, ReconnectPolicy reconnect,
        Map<String, String> extra, String token, Tls tls) {

    /**
     * A consumer's TLS settings.
     *
     * @param trustStore         the trust store that verifies the server's certificate, or null for the JVM's
     * @param trustStoreType     its type, or null for the JVM's default type
     * @param trustStorePassword its password, or null
     */
    public record Tls(Path trustStore, String trustStoreType, String trustStorePassword) {

        @Override
        public String toString() {
            return "Tls[trustStore=" + trustStore + ", trustStoreType=" + trustStoreType + ", trustStorePassword="
                    + (trustStorePassword == null ? null : "****") + "]";
        }
    }

    private static final Set<String> KNOWN = Set.of("group.id", "client.id", "td.connect.ip", "td.connect.port",
            "td.connect.user", "td.connect.pass", "td.connect.db", "auto.offset.reset", "enable.auto.commit",
            "auto.commit.interval.ms", "msg.with.table.name", "timezone", "connect.timeout.ms", "request.timeout.ms",
            "enableAutoReconnect", "reconnectRetryCount", "reconnectIntervalMs", "useSSL", "token", "trust_store",
            "trust_store_type", "trust_store_password", "bootstrap.servers");
    private static final Set<String> RESETS = Set.of("earliest", "latest", "none");
    private static final int DEFAULT_PORT = 6041;

    /** Validates and copies. */
    public ConsumerConfig {
        if (groupId == null || groupId.isEmpty() || groupId.length() > 192) {
            throw invalid("group.id", groupId);
        }
        if (!RESETS.contains(offsetReset)) {
            throw invalid("auto.offset.reset", offsetReset);
        }
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("no endpoint");
        }
        endpoints = List.copyOf(endpoints);
        Objects.requireNonNull(reconnect, "reconnect");
        extra = Map.copyOf(extra);
    }

    /** The first server's host. */
    public String host() {
        return endpoints.get(0).host();
    }

    /** The first server's port. */
    public int port() {
        return endpoints.get(0).port();
    }

    /**
     * Reads a configuration from the seed's keys.
     *
     * @throws InterfaceError ({@link ErrorCodes#INVALID_CONFIG}) when a value is missing or invalid
     */
    public static ConsumerConfig of(Map<String, String> settings) {
        Map<String, String> extra = new LinkedHashMap<>(settings);
        extra.keySet().removeAll(KNOWN);
        return new ConsumerConfig(settings.get("group.id"), settings.get("client.id"), endpoints(settings),
                settings.getOrDefault("td.connect.user", "root"), settings.getOrDefault("td.connect.pass", "taosdata"),
                settings.get("td.connect.db"),
                settings.getOrDefault("auto.offset.reset", "latest").toLowerCase(Locale.ROOT),
                bool(settings, "enable.auto.commit", true),
                Duration.ofMillis(integer(settings, "auto.commit.interval.ms", 5_000)),
                bool(settings, "msg.with.table.name", true),
                settings.containsKey("timezone") ? zone(settings.get("timezone")) : ZoneId.of("UTC"),
                Duration.ofMillis(integer(settings, "connect.timeout.ms", 10_000)),
                Duration.ofMillis(integer(settings, "request.timeout.ms", 30_000)), reconnect(settings), extra,
                settings.get("token"), tls(settings));
    }

    /** {@code bootstrap.servers} if given, else {@code td.connect.ip} and {@code td.connect.port}. */
    private static List<Endpoint> endpoints(Map<String, String> settings) {
        if (settings.containsKey("bootstrap.servers")) {
            return DsnHosts.endpoints(settings.get("bootstrap.servers"), DEFAULT_PORT);
        }
        String host = settings.getOrDefault("td.connect.ip", "localhost");
        int port = integer(settings, "td.connect.port", DEFAULT_PORT);
        if (port < 1 || port > 65_535) {
            throw invalid("td.connect.port", Integer.toString(port));
        }
        if (host.isBlank()) {
            throw invalid("td.connect.ip", host);
        }
        return List.of(new Endpoint(host, port));
    }

    private static Tls tls(Map<String, String> settings) {
        String trustStore = settings.get("trust_store");
        if (!bool(settings, "useSSL", false)) {
            if (trustStore != null) {
                throw new InterfaceError(ErrorCodes.INVALID_CONFIG, "trust_store is set but useSSL is not true");
            }
            return null;
        }
        return new Tls(trustStore == null ? null : Path.of(trustStore), settings.get("trust_store_type"),
                settings.get("trust_store_password"));
    }

    private static ReconnectPolicy reconnect(Map<String, String> settings) {
        ReconnectPolicy defaults = ReconnectPolicy.DEFAULT;
        int retries = bool(settings, "enableAutoReconnect", true)
                ? integer(settings, "reconnectRetryCount", defaults.retries()) : 0;
        Duration interval = Duration.ofMillis(integer(settings, "reconnectIntervalMs",
                (int) defaults.interval().toMillis()));
        Duration max = interval.compareTo(defaults.maxInterval()) > 0 ? interval : defaults.maxInterval();
        return new ReconnectPolicy(retries, interval, max);
    }

    /** Reads a configuration from properties (string values only). */
    public static ConsumerConfig of(Properties properties) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            settings.put(name, properties.getProperty(name));
        }
        return of(settings);
    }

    /**
     * The first server's {@code /rest/tmq} endpoint, {@code wss://} with TLS; without the token, so that it can be
     * shown.
     */
    public URI endpoint() {
        return endpoint(endpoints.get(0));
    }

    /** {@code server}'s {@code /rest/tmq} endpoint, as {@link #endpoint()}. */
    URI endpoint(Endpoint server) {
        return URI.create((tls != null ? "wss://" : "ws://") + server.authority() + "/rest/tmq");
    }

    /** The address to connect to on {@code server}: its endpoint with the token, if any. Never to be logged. */
    URI connectUri(Endpoint server) {
        return token == null ? endpoint(server)
                : URI.create(endpoint(server) + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ConsumerConfig[groupId=" + groupId + ", clientId=" + clientId + ", endpoints=" + endpoints.stream().map(this::endpoint).toList()
                + ", user=" + user + ", password=****, token=" + (token == null ? null : "****") + ", tls=" + tls
                + ", offsetReset=" + offsetReset + ", autoCommit=" + autoCommit + ", autoCommitInterval="
                + autoCommitInterval + "]";
    }

    private static int integer(Map<String, String> settings, String key, int fallback) {
        String value = settings.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 0) {
                throw invalid(key, value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid(key, value);
        }
    }

    private static boolean bool(Map<String, String> settings, String key, boolean fallback) {
        String value = settings.get(key);
        if (value == null) {
            return fallback;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw invalid(key, value);
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value);
        } catch (java.time.DateTimeException e) {
            throw invalid("timezone", value);
        }
    }

    private static InterfaceError invalid(String key, String value) {
        return new InterfaceError(ErrorCodes.INVALID_CONFIG, "invalid value for key '" + key + "': " + value);
    }
}
