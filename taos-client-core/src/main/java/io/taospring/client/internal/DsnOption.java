package io.taospring.client.internal;

import io.taospring.client.ConnectionType;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters a DSN may carry: this client's names (snake_case, the first spelling) and the
 * official driver's property names ({@code com.taosdata.jdbc.TSDBDriver.PROPERTY_KEY_*}, camelCase) for
 * the same settings. Official properties this client has no setting for are kept, under their names,
 * in {@link io.taospring.client.TaosConfig#properties()}.
 */
enum DsnOption {
    /** The user name. */
    USER(false, "user") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.user = value;
        }
    },
    /** The password. */
    PASSWORD(true, "password") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.password = value;
        }
    },
    /** A cloud token. */
    TOKEN(true, "token") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.token = value;
        }
    },
    /** The zone for local date-times. */
    TIMEZONE(false, "timezone") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.timezone = DsnValues.timezone(value);
        }
    },
    /** The time to establish a connection. */
    CONNECT_TIMEOUT(false, "connect_timeout", "connectTimeout", "httpConnectTimeout") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.connectTimeout = DsnValues.duration(key, value);
        }
    },
    /** The time to wait for one answer. */
    REQUEST_TIMEOUT(false, "request_timeout", "requestTimeout", "messageWaitTimeout", "httpSocketTimeout") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.requestTimeout = DsnValues.duration(key, value);
        }
    },
    /** The application name reported to the server. */
    APP_NAME(false, "app_name", "app", "appName") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.applicationName = value;
        }
    },
    /** TLS on or off; may turn it on, never off against a {@code wss}/{@code https} scheme. */
    TLS(false, "tls", "useSSL") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            boolean tls = DsnValues.bool(key, value);
            if (settings.tls && !tls) {
                throw DsnParser.invalid(key + "=" + value + " contradicts the TLS scheme (wss or https)");
            }
            settings.tls = tls;
        }
    },
    /** Reconnecting on or off; off makes the retry count 0 whatever else says. */
    AUTO_RECONNECT(false, "auto_reconnect", "enableAutoReconnect") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.autoReconnect = DsnValues.bool(key, value);
        }
    },
    /** The reconnect attempts per lost connection. */
    RECONNECT_RETRIES(false, "reconnect_retries", "reconnectRetryCount") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.reconnectRetries = DsnValues.count(key, value);
        }
    },
    /** The pause before the second reconnect attempt, doubling after. */
    RECONNECT_INTERVAL(false, "reconnect_interval", "reconnectIntervalMs") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.reconnectInterval = DsnValues.pause(key, value);
        }
    },
    /** The longest pause between reconnect attempts. */
    RECONNECT_MAX_INTERVAL(false, "reconnect_max_interval") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.reconnectMaxInterval = DsnValues.pause(key, value);
        }
    },
    /** The trust store file for {@code wss}/{@code https}. */
    TRUST_STORE(false, "trust_store", "trustStore") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            try {
                settings.trustStore = Path.of(value);
            } catch (InvalidPathException e) {
                throw DsnParser.invalid("bad path '" + value + "' for '" + key + "'");
            }
        }
    },
    /** The trust store's type (PKCS12, JKS). */
    TRUST_STORE_TYPE(false, "trust_store_type", "trustStoreType") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.trustStoreType = value;
        }
    },
    /** The trust store's password. */
    TRUST_STORE_PASSWORD(true, "trust_store_password", "trustStorePassword") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.trustStorePassword = value;
        }
    },
    /** The official REST driver's switch to WebSocket; elsewhere kept as a property. */
    BATCH_FETCH(false, "batchfetch") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            if (DsnValues.bool(key, value) && settings.type == ConnectionType.REST) {
                settings.type = ConnectionType.WEBSOCKET;
            } else {
                settings.properties.put(key, value);
            }
        }
    },
    /** An official driver property without a setting of its own here. */
    PROPERTY(false, "charset", "locale", "cfgdir", "batchErrorIgnore", "wsKeepAlive", "conmode",
            "varcharAsString", "enableCompression", "slaveClusterHost",
            "slaveClusterPort", "disableSSLCertValidation",
            "app_ip", "copyData", "batchSizeByRow", "cacheSizeByRow", "backendWriteThreadNum", "strictCheck",
            "retryTimes", "asyncWrite", "healthCheckInitInterval", "healthCheckMaxInterval",
            "healthCheckConTimeout", "healthCheckCmdTimeout", "healthCheckRecoveryCount",
            "healthCheckRecoveryInterval", "rebalanceThreshold", "rebalanceConBaseCount", "pbsMode",
            "maxConcurrentRequest", "httpPoolSize", "httpKeepAlive") {
        @Override
        void apply(DsnSettings settings, String key, String value) {
            settings.properties.put(key, value);
        }
    };

    private static final Map<String, DsnOption> BY_NAME = byName();

    private final boolean secret;
    private final List<String> names;

    DsnOption(boolean secret, String... names) {
        this.secret = secret;
        this.names = List.of(names);
    }

    /** Records {@code value} (already percent-decoded) given under the spelling {@code key}. */
    abstract void apply(DsnSettings settings, String key, String value);

    /** Whether the value must never appear in a message. */
    boolean isSecret() {
        return secret;
    }

    /** The name duplicates are detected by: one per setting, every official property its own. */
    String identity(String key) {
        return this == PROPERTY || this == BATCH_FETCH ? key : names.get(0);
    }

    /**
     * The option a query key names (case-sensitive, as the official driver's properties are).
     *
     * @throws io.taospring.client.error.InterfaceError naming the key and listing the valid ones
     */
    static DsnOption of(String key) {
        DsnOption option = BY_NAME.get(key);
        if (option == null) {
            // only a plain word is echoed: anything else may be a mangled DSN holding user:password
            String shown = key.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'
                    || c == '.')) ? "'" + key + "'" : "(not shown: not a parameter name; is a '?' misplaced?)";
            throw DsnParser.invalid("unknown query parameter " + shown + "; valid parameters: "
                    + String.join(", ", validNames()));
        }
        return option;
    }

    /** The name of a secret option that {@code text} contains (any case), or null: such text is not echoed. */
    static String secretNameIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, DsnOption> entry : BY_NAME.entrySet()) {
            if (entry.getValue().secret && lower.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
                return entry.getKey();
            }
        }
        return null;
    }

    static Set<String> validNames() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(BY_NAME.keySet());
        return names;
    }

    private static Map<String, DsnOption> byName() {
        Map<String, DsnOption> map = new HashMap<>();
        for (DsnOption option : values()) {
            option.names.forEach(name -> map.put(name, option));
        }
        return Map.copyOf(map);
    }
}
