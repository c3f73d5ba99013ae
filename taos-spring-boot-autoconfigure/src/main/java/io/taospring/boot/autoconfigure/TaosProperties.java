package io.taospring.boot.autoconfigure;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for TDengine ({@code taos.*}). Unknown keys under {@code taos} fail start-up
 * with the closest valid key named.
 */
@ConfigurationProperties("taos")
public class TaosProperties {

    /**
     * Where TDengine is: a DSN such as ws://localhost:6041/power (WebSocket) or http://localhost:6041
     * (REST), or a JDBC URL (jdbc:taos:..., jdbc:TAOS-WS://...). When unset and taos-embedded is on the
     * class path, an embedded server is started and used.
     */
    private String url;

    /** Login user; the URL's user wins when it names one. Defaults to root. */
    private String username;

    /** Login password; the URL's password wins when it names one. Defaults to taosdata. */
    private String password;

    /** TDengine Cloud token, sent as the token URL parameter; never logged or shown by the actuator. */
    private String token;

    /** Database selected on connect when the URL names none. */
    private String database;

    /** Zone for conversions to and from local date-times. Defaults to the JVM's zone. */
    private ZoneId timezone;

    /** Application name reported to the server. Defaults to spring.application.name. */
    private String applicationName;

    /** Time allowed to establish a connection. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** Time allowed for the answer to one request. */
    private Duration requestTimeout = Duration.ofSeconds(60);

    /** Connection pool settings (HikariCP, when it is on the class path). */
    private final Pool pool = new Pool();

    /** Embedded server settings. */
    private final Embedded embedded = new Embedded();

    /** Health indicator settings. */
    private final Health health = new Health();

    /** TLS settings for wss:// and https:// URLs. */
    private final Ssl ssl = new Ssl();

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Ssl getSsl() {
        return ssl;
    }

    public String getDatabase() {
        return database;
    }

    public void setDatabase(String database) {
        this.database = database;
    }

    public ZoneId getTimezone() {
        return timezone;
    }

    public void setTimezone(ZoneId timezone) {
        this.timezone = timezone;
    }

    public String getApplicationName() {
        return applicationName;
    }

    public void setApplicationName(String applicationName) {
        this.applicationName = applicationName;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Pool getPool() {
        return pool;
    }

    public Embedded getEmbedded() {
        return embedded;
    }

    public Health getHealth() {
        return health;
    }

    /** Connection pool settings. */
    public static class Pool {

        /** Pool name, shown in logs and in the pool metrics' "pool" tag. */
        private String name = "taos";

        /** Maximum number of connections, in use and idle. */
        private int maxSize = 10;

        /** Minimum number of idle connections. Defaults to max-size (a fixed-size pool). */
        private Integer minIdle;

        /** Longest wait for a connection from the pool. */
        private Duration connectionTimeout = Duration.ofSeconds(30);

        /** Longest time a connection may sit idle above min-idle. */
        private Duration idleTimeout = Duration.ofMinutes(10);

        /** Longest lifetime of a connection. */
        private Duration maxLifetime = Duration.ofMinutes(30);

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(int maxSize) {
            this.maxSize = maxSize;
        }

        public Integer getMinIdle() {
            return minIdle;
        }

        public void setMinIdle(Integer minIdle) {
            this.minIdle = minIdle;
        }

        public Duration getConnectionTimeout() {
            return connectionTimeout;
        }

        public void setConnectionTimeout(Duration connectionTimeout) {
            this.connectionTimeout = connectionTimeout;
        }

        public Duration getIdleTimeout() {
            return idleTimeout;
        }

        public void setIdleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
        }

        public Duration getMaxLifetime() {
            return maxLifetime;
        }

        public void setMaxLifetime(Duration maxLifetime) {
            this.maxLifetime = maxLifetime;
        }
    }

    /** Embedded server settings. */
    public static class Embedded {

        /**
         * Whether to start an embedded TDengine-compatible server and connect to it. Defaults to true when
         * taos.url is unset and taos-embedded is on the class path.
         */
        private Boolean enabled;

        /** Port of the embedded server; 0 picks a free one. */
        private int port;

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }
    }

    /** Health indicator settings. */
    public static class Health {

        /** Longest time the health check may take (connect and SHOW CLUSTER ALIVE) before it reports DOWN. */
        private Duration timeout = Duration.ofSeconds(2);

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    /** TLS settings for wss:// and https:// URLs; without a trust store the JVM's default one is used. */
    public static class Ssl {

        /** Trust store file holding the server's certificate or its CA. */
        private String trustStore;

        /** Type of the trust store (PKCS12, JKS). Defaults to the JVM's default type. */
        private String trustStoreType;

        /** Password of the trust store; never shown by the actuator. */
        private String trustStorePassword;

        public String getTrustStore() {
            return trustStore;
        }

        public void setTrustStore(String trustStore) {
            this.trustStore = trustStore;
        }

        public String getTrustStoreType() {
            return trustStoreType;
        }

        public void setTrustStoreType(String trustStoreType) {
            this.trustStoreType = trustStoreType;
        }

        public String getTrustStorePassword() {
            return trustStorePassword;
        }

        public void setTrustStorePassword(String trustStorePassword) {
            this.trustStorePassword = trustStorePassword;
        }
    }
}
