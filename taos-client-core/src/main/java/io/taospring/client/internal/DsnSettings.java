package io.taospring.client.internal;

import io.taospring.client.ConnectionType;
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
        hosts.forEach(host -> builder.endpoint(host.resolve(type.defaultPort())));
        properties.forEach(builder::property);
        return builder;
    }

    /** The one of two places that names a value; naming it in both is ambiguous. */
    private static String either(String inUserInfo, String inQuery, String name) {
        if (inUserInfo != null && inQuery != null) {
            throw DsnParser.invalid(name + " given twice: before '@' and as the query parameter '" + name + "'");
        }
        return inUserInfo != null ? inUserInfo : inQuery;
    }
}
