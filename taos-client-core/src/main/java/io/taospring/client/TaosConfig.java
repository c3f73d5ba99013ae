package io.taospring.client;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.internal.DsnParser;
import io.taospring.client.observation.RequestObserver;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.SSLContext;

/**
 * Immutable connection settings: where TDengine is, how to reach it and as whom.
 *
 * <p>Build one with {@link #builder()} or parse a DSN with {@link #fromDsn(String)}:
 * {@code ws://root:taosdata@localhost:6041/power?timezone=UTC}. {@link #toString()} never shows the
 * password or token.
 */
public final class TaosConfig {

    /** The default user, as TDengine installs it. */
    public static final String DEFAULT_USER = "root";
    /** The default password, as TDengine installs it. */
    public static final String DEFAULT_PASSWORD = "taosdata";
    /** The default time to establish a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The default time to wait for the answer to one request. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final ConnectionType connectionType;
    private final boolean tls;
    private final List<Endpoint> endpoints;
    private final String user;
    private final String password;
    private final String token;
    private final Path trustStore;
    private final String trustStoreType;
    private final String trustStorePassword;
    private final SSLContext sslContext;
    private final String database;
    private final ZoneId timezone;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final String applicationName;
    private final Map<String, String> properties;
    private final RequestObserver requestObserver;
    private final ReconnectPolicy reconnect;

    private TaosConfig(Builder b) {
        this.connectionType = b.connectionType;
        this.tls = b.tls;
        this.endpoints = b.endpoints.isEmpty()
                ? List.of(new Endpoint("localhost", b.connectionType.defaultPort()))
                : List.copyOf(b.endpoints);
        this.user = b.user;
        this.password = b.password;
        this.token = b.token;
        this.trustStore = b.trustStore;
        this.trustStoreType = b.trustStoreType;
        this.trustStorePassword = b.trustStorePassword;
        this.sslContext = b.sslContext;
        this.database = b.database;
        this.timezone = b.timezone;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.applicationName = b.applicationName;
        this.properties = Collections.unmodifiableMap(new TreeMap<>(b.properties));
        this.requestObserver = b.requestObserver;
        this.reconnect = b.reconnect;
    }

    /** A builder with the defaults: WebSocket to localhost:6041 as root/taosdata. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a DSN: {@code [driver[+protocol]]://[[user:pass@]host:port[,host:port...]][/database][?k=v&...]}
     * with the schemes {@code ws}, {@code wss}, {@code http}, {@code https}, {@code taos} (native),
     * {@code taosws}, {@code taosrest} and {@code driver+protocol} forms such as {@code taos+ws}; or one of
     * the official JDBC URLs {@code jdbc:TAOS-WS://}, {@code jdbc:TAOS-RS://}, {@code jdbc:TAOS://}
     * (case-sensitive, with the official property names); or {@code jdbc:taos:<dsn>}. User, password and
     * values are percent-decoded. Query keys: {@code timezone} (IANA id or offset; {@code UTC-8} in the POSIX
     * sense TDengine uses, i.e. +08:00), {@code token}, {@code connect_timeout} and {@code request_timeout}
     * ({@code 10s}, {@code 500ms}, {@code 2m} or milliseconds), {@code app_name}, {@code tls}, {@code trust_store},
     * {@code trust_store_type}, {@code trust_store_password}, {@code auto_reconnect}, {@code reconnect_retries},
     * {@code reconnect_interval}, {@code reconnect_max_interval} (see {@link ReconnectPolicy}), and the official
     * camelCase names; an unknown or repeated key is an error.
     *
     * @throws InterfaceError naming the bad part when the DSN is malformed
     */
    public static TaosConfig fromDsn(String dsn) {
        return DsnParser.parse(dsn).build();
    }

    /** A builder that starts from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder().connectionType(connectionType).tls(tls).user(user).password(password)
                .token(token).trustStore(trustStore).trustStoreType(trustStoreType)
                .trustStorePassword(trustStorePassword).sslContext(sslContext).database(database).timezone(timezone)
                .connectTimeout(connectTimeout).requestTimeout(requestTimeout).applicationName(applicationName)
                .requestObserver(requestObserver).reconnect(reconnect);
        b.endpoints.addAll(endpoints);
        b.properties.putAll(properties);
        return b;
    }

    /** How the server is reached. */
    public ConnectionType connectionType() {
        return connectionType;
    }

    /** Whether the connection is encrypted ({@code wss://}, {@code https://}). */
    public boolean tls() {
        return tls;
    }

    /**
     * The server addresses, in order of preference; never empty. A WebSocket client connects to the first
     * that answers, skipping those that failed within the last 30 seconds while others remain.
     */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The first endpoint. */
    public Endpoint endpoint() {
        return endpoints.get(0);
    }

    /** The user name. */
    public String user() {
        return user;
    }

    /** The password. Never logged. */
    public String password() {
        return password;
    }

    /** The cloud token, if one is set. Never logged. */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /**
     * The trust store that verifies the server's certificate on {@code wss://} and {@code https://}, if one
     * is configured; without one (and without {@link #sslContext()}) the JVM's default trust store is used.
     */
    public Optional<Path> trustStore() {
        return Optional.ofNullable(trustStore);
    }

    /** The type of {@link #trustStore()} ({@code PKCS12}, {@code JKS}, ...); the JVM's default type when unset. */
    public Optional<String> trustStoreType() {
        return Optional.ofNullable(trustStoreType);
    }

    /** The password of {@link #trustStore()}, if it needs one. Never logged. */
    public Optional<String> trustStorePassword() {
        return Optional.ofNullable(trustStorePassword);
    }

    /** The TLS context to connect with, when the application supplies one (e.g. a Spring SSL bundle). */
    public Optional<SSLContext> sslContext() {
        return Optional.ofNullable(sslContext);
    }

    /** The database selected on connect, if any. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /**
     * The zone for conversions to and from local date-times, if set. When it is not set, local
     * date-times use the JVM's default zone ({@link ZoneId#systemDefault()}), as {@code java.sql.Timestamp}
     * does; instants and epoch values never depend on it.
     */
    public Optional<ZoneId> timezone() {
        return Optional.ofNullable(timezone);
    }

    /** The zone that local date-time conversions use: {@link #timezone()} or the JVM's default zone. */
    public ZoneId effectiveZone() {
        return timezone != null ? timezone : ZoneId.systemDefault();
    }

    /** The time allowed to establish a connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The time allowed for the answer to one request. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The application name reported to the server, if set. */
    public Optional<String> applicationName() {
        return Optional.ofNullable(applicationName);
    }

    /** Further transport-specific options, by their DSN names; unmodifiable and sorted. */
    public Map<String, String> properties() {
        return properties;
    }

    /** One transport-specific option. */
    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** The observer of every request sent with these settings ({@link RequestObserver#NONE} by default). */
    public RequestObserver requestObserver() {
        return requestObserver;
    }

    /** How a WebSocket connection is re-established after its socket is lost ({@link ReconnectPolicy#DEFAULT}). */
    public ReconnectPolicy reconnect() {
        return reconnect;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("TaosConfig{").append(connectionType)
                .append(tls ? "+tls" : "").append(' ').append(endpoints)
                .append(", user=").append(user).append(", password=****");
        if (token != null) {
            text.append(", token=****");
        }
        if (trustStore != null) {
            text.append(", trustStore=").append(trustStore);
        }
        if (trustStoreType != null) {
            text.append(", trustStoreType=").append(trustStoreType);
        }
        if (trustStorePassword != null) {
            text.append(", trustStorePassword=****");
        }
        if (sslContext != null) {
            text.append(", sslContext=").append(sslContext.getProtocol());
        }
        if (database != null) {
            text.append(", database=").append(database);
        }
        if (timezone != null) {
            text.append(", timezone=").append(timezone);
        }
        text.append(", connectTimeout=").append(connectTimeout).append(", requestTimeout=").append(requestTimeout);
        if (applicationName != null) {
            text.append(", applicationName=").append(applicationName);
        }
        if (!reconnect.equals(ReconnectPolicy.DEFAULT)) {
            text.append(", reconnect=").append(reconnect);
        }
        if (!properties.isEmpty()) {
            text.append(", properties=").append(properties);
        }
        return text.append('}').toString();
    }

    /** Collects settings; {@link #build()} validates them once. Not thread-safe. */
    public static final class Builder {
        private ConnectionType connectionType = ConnectionType.WEBSOCKET;
        private boolean tls;
        private final List<Endpoint> endpoints = new ArrayList<>();
        private String user = DEFAULT_USER;
        private String password = DEFAULT_PASSWORD;
        private String token;
        private Path trustStore;
        private String trustStoreType;
        private String trustStorePassword;
        private SSLContext sslContext;
        private String database;
        private ZoneId timezone;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private String applicationName;
        private final Map<String, String> properties = new TreeMap<>();
        private RequestObserver requestObserver = RequestObserver.NONE;
        private ReconnectPolicy reconnect = ReconnectPolicy.DEFAULT;

        private Builder() {
        }

        /** How the server is reached (default WebSocket). */
        public Builder connectionType(ConnectionType connectionType) {
            this.connectionType = Objects.requireNonNull(connectionType, "connectionType");
            return this;
        }

        /** Whether to encrypt the connection (default false). */
        public Builder tls(boolean tls) {
            this.tls = tls;
            return this;
        }

        /** Adds a server address; the first added is preferred. */
        public Builder endpoint(String host, int port) {
            return endpoint(new Endpoint(host, port));
        }

        /** Adds a server address; the first added is preferred. */
        public Builder endpoint(Endpoint endpoint) {
            endpoints.add(Objects.requireNonNull(endpoint, "endpoint"));
            return this;
        }

        /** Replaces the server addresses. */
        public Builder endpoints(List<Endpoint> endpoints) {
            this.endpoints.clear();
            endpoints.forEach(this::endpoint);
            return this;
        }

        /** The user name (default {@value TaosConfig#DEFAULT_USER}). */
        public Builder user(String user) {
            this.user = Objects.requireNonNull(user, "user");
            return this;
        }

        /** The password (default {@value TaosConfig#DEFAULT_PASSWORD}). */
        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** A cloud token, or null for none. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** The trust store for {@code wss://} and {@code https://}, or null for the JVM's default one. */
        public Builder trustStore(Path trustStore) {
            this.trustStore = trustStore;
            return this;
        }

        /** The type of the trust store ({@code PKCS12}, {@code JKS}), or null for the JVM's default type. */
        public Builder trustStoreType(String trustStoreType) {
            this.trustStoreType = trustStoreType;
            return this;
        }

        /** The password of the trust store, or null when it has none. */
        public Builder trustStorePassword(String trustStorePassword) {
            this.trustStorePassword = trustStorePassword;
            return this;
        }

        /** A ready TLS context (instead of a trust store), or null. */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /** The database to select on connect, or null for none. */
        public Builder database(String database) {
            this.database = database;
            return this;
        }

        /** The zone for local date-time conversions, or null for the JVM's default zone. */
        public Builder timezone(ZoneId timezone) {
            this.timezone = timezone;
            return this;
        }

        /** The time allowed to establish a connection (default 10 s). */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /** The time allowed for the answer to one request (default 60 s). */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** The application name reported to the server, or null. */
        public Builder applicationName(String applicationName) {
            this.applicationName = applicationName;
            return this;
        }

        /** Sets a transport-specific option. */
        public Builder property(String name, String value) {
            properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** The observer of every request, for metrics and tracing (default {@link RequestObserver#NONE}). */
        public Builder requestObserver(RequestObserver requestObserver) {
            this.requestObserver = Objects.requireNonNull(requestObserver, "requestObserver");
            return this;
        }

        /** How a lost WebSocket connection is re-established (default {@link ReconnectPolicy#DEFAULT}). */
        public Builder reconnect(ReconnectPolicy reconnect) {
            this.reconnect = Objects.requireNonNull(reconnect, "reconnect");
            return this;
        }

        /**
         * Validates the settings and freezes them.
         *
         * @throws InterfaceError when a setting is invalid
         */
        public TaosConfig build() {
            requirePositive("connectTimeout", connectTimeout);
            requirePositive("requestTimeout", requestTimeout);
            if (user.isEmpty()) {
                throw invalid("user must not be empty");
            }
            if (database != null && database.isBlank()) {
                throw invalid("database must not be blank");
            }
            if (tls && connectionType == ConnectionType.NATIVE) {
                throw invalid("TLS is not available on the native connection; use wss:// or https://");
            }
            checkTls();
            return new TaosConfig(this);
        }

        private void checkTls() {
            boolean trustStoreOptions = trustStore != null || trustStoreType != null || trustStorePassword != null;
            if (trustStoreOptions && sslContext != null) {
                throw invalid("give either a trust store or an SSLContext, not both");
            }
            if ((trustStoreOptions || sslContext != null) && !tls) {
                throw invalid("TLS settings given for an unencrypted connection; use wss:// or https://");
            }
            if (trustStore == null && (trustStoreType != null || trustStorePassword != null)) {
                throw invalid("trust store type or password given without a trust store");
            }
        }

        private static void requirePositive(String name, Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw invalid(name + " must be positive, was " + value);
            }
        }

        private static InterfaceError invalid(String message) {
            return new InterfaceError(ErrorCodes.INVALID_CONFIG, "invalid configuration: " + message);
        }
    }
}
