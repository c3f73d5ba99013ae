package io.taospring.client.internal;

import io.taospring.client.ConnectionType;
import io.taospring.client.ReconnectPolicy;
import io.taospring.client.TaosConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one DSN says, collected while it is read; {@link #toBuilder()} turns it into configuration. */
final class DsnSettings {

    ConnectionType type;
    boolean tls;
    String userInfoUser;
    String userInfoPassword;
    String user;
    String password;
    String token;
    Path trustStore;
    String trustStoreType;
    String trustStorePassword;
    String database;
    ZoneId timezone;
    Duration connectTimeout;
    Duration requestTimeout;
    String applicationName;
    Boolean autoReconnect;
    Integer reconnectRetries;
    Duration reconnectInterval;
    Duration reconnectMaxInterval;
    final List<DsnHosts.HostPort> hosts = new ArrayList<>();
    final Map<String, String> properties = new TreeMap<>();

    DsnSettings(DsnScheme scheme) {
        this.type = scheme.type();
        this.tls = scheme.tls();
    }

    TaosConfig.Builder toBuilder() {
        TaosConfig.Builder builder = TaosConfig.builder().connectionType(type).tls(tls)
                .token(token).trustStore(trustStore).trustStoreType(trustStoreType)
                .trustStorePassword(trustStorePassword).database(database).timezone(timezone).applicationName(applicationName);
        String effectiveUser = either(userInfoUser, user, "user");
        String effectivePassword = either(userInfoPassword, password, "password");
        if (effectiveUser != null) {
            builder.user(effectiveUser);
        }
        if (effectivePassword != null) {
            builder.password(effectivePassword);
        }
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        if (requestTimeout != null) {
            builder.requestTimeout(requestTimeout);
        }
        builder.reconnect(reconnect());
        hosts.forEach(host -> builder.endpoint(host.resolve(type.defaultPort())));
        properties.forEach(builder::property);
        return builder;
    }

    private ReconnectPolicy reconnect() {
        ReconnectPolicy defaults = ReconnectPolicy.DEFAULT;
        int retries = Boolean.FALSE.equals(autoReconnect) ? 0
                : reconnectRetries != null ? reconnectRetries : defaults.retries();
        Duration interval = reconnectInterval != null ? reconnectInterval : defaults.interval();
        Duration max = reconnectMaxInterval != null ? reconnectMaxInterval
                : interval.compareTo(defaults.maxInterval()) > 0 ? interval : defaults.maxInterval();
        if (max.compareTo(interval) < 0) {
            throw DsnParser.invalid("reconnect_max_interval " + max + " is shorter than reconnect_interval "
                    + interval);
        }
        return new ReconnectPolicy(retries, interval, max);
    }

    /** The one of two places that names a value; naming it in both is ambiguous. */
    private static String either(String inUserInfo, String inQuery, String name) {
        if (inUserInfo != null && inQuery != null) {
            throw DsnParser.invalid(name + " given twice: before '@' and as the query parameter '" + name + "'");
        }
        return inUserInfo != null ? inUserInfo : inQuery;
    }
}
