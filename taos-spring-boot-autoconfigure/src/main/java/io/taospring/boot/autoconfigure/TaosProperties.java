package io.taospring.boot.autoconfigure;

import io.taospring.client.ReconnectPolicy;
import io.taospring.client.schemaless.OverflowPolicy;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.client.schemaless.SchemalessProtocol;
import io.taospring.spring.listener.AckMode;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

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

    /** Reconnection of WebSocket sessions whose socket was lost. */
    private final Reconnect reconnect = new Reconnect();

    /** Connection pool settings (HikariCP, when it is on the class path). */
    private final Pool pool = new Pool();

    /** Embedded server settings. */
    private final Embedded embedded = new Embedded();

    /** Health indicator settings. */
    private final Health health = new Health();

    /** Schemaless writer settings. */
    private final Schemaless schemaless = new Schemaless();
    /** @TaosListener container settings. */
    private final Listener listener = new Listener();

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

    public Reconnect getReconnect() {
        return reconnect;
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

    public Schemaless getSchemaless() {
        return schemaless;
    }

    public Listener getListener() {
        return listener;
    }

    /**
     * Reconnection of WebSocket sessions: a session whose socket was lost opens a new one on its next request, on
     * the database it last used. Requests in flight at the loss fail; only read-only ones are sent again.
     */
    public static class Reconnect {

        /** Whether a session whose socket was lost opens a new one on its next request. */
        private boolean enabled = true;

        /** Attempts to open a new socket, each over every endpoint. */
        private int retries = ReconnectPolicy.DEFAULT_RETRIES;

        /** Pause before the second attempt; it doubles for each further one. */
        private Duration interval = ReconnectPolicy.DEFAULT_INTERVAL;

        /** Longest pause between attempts. */
        private Duration maxInterval = ReconnectPolicy.DEFAULT_MAX_INTERVAL;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getRetries() {
            return retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }

        public Duration getInterval() {
            return interval;
        }

        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        public Duration getMaxInterval() {
            return maxInterval;
        }

        public void setMaxInterval(Duration maxInterval) {
            this.maxInterval = maxInterval;
        }
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

    /** Schemaless writer settings: the SchemalessWriter and BufferedSchemalessWriter beans. */
    public static class Schemaless {

        /** Whether to create the SchemalessWriter and BufferedSchemalessWriter beans. */
        private boolean enabled = true;

        /** Format of the lines the buffered writer sends: line (InfluxDB), telnet or json (OpenTSDB). */
        private SchemalessProtocol protocol = SchemalessProtocol.LINE;

        /** Unit of line-protocol timestamps, also used to render points. */
        private SchemalessPrecision precision = SchemalessPrecision.NANOSECONDS;

        /** Time to live of the tables a write creates, in whole days; 0 keeps them forever. */
        @DurationUnit(ChronoUnit.DAYS)
        private Duration ttl = Duration.ZERO;

        /** Lines per request. */
        private int batchSize = 1000;

        /** Longest time a line waits for its batch to fill before the batch is sent anyway. */
        private Duration flushInterval = Duration.ofSeconds(1);

        /** Most lines held at once, waiting or being written; must be at least batch-size. */
        private int maxBufferedLines = 100_000;

        /** Most characters held at once, waiting or being written. */
        private long maxBufferedChars = 64L * 1024 * 1024;

        /** What a write does when the buffer is full: block (wait for room, up to block-timeout) or fail. */
        private OverflowPolicy overflow = OverflowPolicy.BLOCK;

        /** Longest time a write waits for room with overflow=block before it fails. */
        private Duration blockTimeout = Duration.ofSeconds(30);

        /** Retries of batches that failed transiently (lost connection, timeout, operational server error). */
        private final Retry retry = new Retry();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public SchemalessProtocol getProtocol() {
            return protocol;
        }

        public void setProtocol(SchemalessProtocol protocol) {
            this.protocol = protocol;
        }

        public SchemalessPrecision getPrecision() {
            return precision;
        }

        public void setPrecision(SchemalessPrecision precision) {
            this.precision = precision;
        }

        public Duration getTtl() {
            return ttl;
        }

        public void setTtl(Duration ttl) {
            this.ttl = ttl;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        public Duration getFlushInterval() {
            return flushInterval;
        }

        public void setFlushInterval(Duration flushInterval) {
            this.flushInterval = flushInterval;
        }

        public int getMaxBufferedLines() {
            return maxBufferedLines;
        }

        public void setMaxBufferedLines(int maxBufferedLines) {
            this.maxBufferedLines = maxBufferedLines;
        }

        public long getMaxBufferedChars() {
            return maxBufferedChars;
        }

        public void setMaxBufferedChars(long maxBufferedChars) {
            this.maxBufferedChars = maxBufferedChars;
        }

        public OverflowPolicy getOverflow() {
            return overflow;
        }

        public void setOverflow(OverflowPolicy overflow) {
            this.overflow = overflow;
        }

        public Duration getBlockTimeout() {
            return blockTimeout;
        }

        public void setBlockTimeout(Duration blockTimeout) {
            this.blockTimeout = blockTimeout;
        }

        public Retry getRetry() {
            return retry;
        }

        /** Retries of a failed batch: attempts in all, and a back-off that doubles from initial to max. */
        public static class Retry {

            /** Attempts per batch, the first included; 1 turns retries off. */
            private int maxAttempts = 5;

            /** Wait before the first retry. */
            private Duration initialBackoff = Duration.ofMillis(100);

            /** Longest wait between attempts. */
            private Duration maxBackoff = Duration.ofSeconds(5);

            public int getMaxAttempts() {
                return maxAttempts;
            }

            public void setMaxAttempts(int maxAttempts) {
                this.maxAttempts = maxAttempts;
            }

            public Duration getInitialBackoff() {
                return initialBackoff;
            }

            public void setInitialBackoff(Duration initialBackoff) {
                this.initialBackoff = initialBackoff;
            }

            public Duration getMaxBackoff() {
                return maxBackoff;
            }

            public void setMaxBackoff(Duration maxBackoff) {
                this.maxBackoff = maxBackoff;
            }
        }
    }

    /** @TaosListener container settings: defaults of the taosListenerContainerFactory. */
    public static class Listener {

        /** When offsets are committed: RECORD, BATCH (after each poll), MANUAL or MANUAL_IMMEDIATE. */
        private AckMode ackMode = AckMode.BATCH;

        /** Number of consumers (threads) per listener; the group splits the vgroups among them. */
        private int concurrency = 1;

        /** How long a poll waits for data; also the longest wait to notice a pause or a stop. */
        private Duration pollTimeout = Duration.ofSeconds(1);

        /** Where a consumer group without a committed offset starts: earliest, latest or none. */
        private String autoOffsetReset = "latest";

        /** Consumer group of listeners that name none. Defaults to the listener id. */
        private String groupId;

        /** Whether listener containers start with the application context. */
        private boolean autoStartup = true;

        /** How long stopping waits for the records in flight to be processed and committed. */
        private Duration shutdownTimeout = Duration.ofSeconds(30);

        /** How often each consumer reads its vgroups' end offsets and positions for the lag gauge. */
        private Duration lagRefreshInterval = Duration.ofSeconds(5);

        /** How long a consumer the server failed (connection lost, topic missing) waits before subscribing again. */
        private Duration recoveryInterval = Duration.ofSeconds(5);

        /**
         * Table (name or db.name) the default error handler writes records into once retries are exhausted;
         * created when absent. Unset: such records are logged.
         */
        private String deadLetterTable;

        /** Raw TMQ consumer configuration added to every listener's, e.g. msg.with.table.name. */
        private final Map<String, String> properties = new LinkedHashMap<>();

        /** Retries of a failed record by the default error handler. */
        private final Retry retry = new Retry();

        public AckMode getAckMode() {
            return ackMode;
        }

        public void setAckMode(AckMode ackMode) {
            this.ackMode = ackMode;
        }

        public int getConcurrency() {
            return concurrency;
        }

        public void setConcurrency(int concurrency) {
            this.concurrency = concurrency;
        }

        public Duration getPollTimeout() {
            return pollTimeout;
        }

        public void setPollTimeout(Duration pollTimeout) {
            this.pollTimeout = pollTimeout;
        }

        public String getAutoOffsetReset() {
            return autoOffsetReset;
        }

        public void setAutoOffsetReset(String autoOffsetReset) {
            this.autoOffsetReset = autoOffsetReset;
        }

        public String getGroupId() {
            return groupId;
        }

        public void setGroupId(String groupId) {
            this.groupId = groupId;
        }

        public boolean isAutoStartup() {
            return autoStartup;
        }

        public void setAutoStartup(boolean autoStartup) {
            this.autoStartup = autoStartup;
        }

        public Duration getShutdownTimeout() {
            return shutdownTimeout;
        }

        public void setShutdownTimeout(Duration shutdownTimeout) {
            this.shutdownTimeout = shutdownTimeout;
        }

        public Duration getLagRefreshInterval() {
            return lagRefreshInterval;
        }

        public void setLagRefreshInterval(Duration lagRefreshInterval) {
            this.lagRefreshInterval = lagRefreshInterval;
        }

        public Duration getRecoveryInterval() {
            return recoveryInterval;
        }

        public void setRecoveryInterval(Duration recoveryInterval) {
            this.recoveryInterval = recoveryInterval;
        }

        public String getDeadLetterTable() {
            return deadLetterTable;
        }

        public void setDeadLetterTable(String deadLetterTable) {
            this.deadLetterTable = deadLetterTable;
        }

        public Map<String, String> getProperties() {
            return properties;
        }

        public Retry getRetry() {
            return retry;
        }

        /** Retries of a failed record: attempts in all, and an exponential back-off between them. */
        public static class Retry {

            /** Attempts in all, the first included; 1 recovers at the first failure. */
            private int maxAttempts = 3;

            /** Wait before the first retry. */
            private Duration initialInterval = Duration.ofSeconds(1);

            /** Factor applied to the wait after each retry; 1 keeps it fixed. */
            private double multiplier = 1.0;

            /** Longest wait between two attempts. */
            private Duration maxInterval = Duration.ofSeconds(30);

            public int getMaxAttempts() {
                return maxAttempts;
            }

            public void setMaxAttempts(int maxAttempts) {
                this.maxAttempts = maxAttempts;
            }

            public Duration getInitialInterval() {
                return initialInterval;
            }

            public void setInitialInterval(Duration initialInterval) {
                this.initialInterval = initialInterval;
            }

            public double getMultiplier() {
                return multiplier;
            }

            public void setMultiplier(double multiplier) {
                this.multiplier = multiplier;
            }

            public Duration getMaxInterval() {
                return maxInterval;
            }

            public void setMaxInterval(Duration maxInterval) {
                this.maxInterval = maxInterval;
            }
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
