package io.taospring.client.jdbc;

import java.sql.DriverPropertyInfo;
import java.util.List;
import java.util.Properties;

/** The connection properties {@link TaosDriver#getPropertyInfo} describes: the common ones, by their DSN names. */
final class DriverProperties {

    private record Described(String name, String description) {
    }

    private static final List<Described> PROPERTIES = List.of(
            new Described("user", "the user name (default root)"),
            new Described("password", "the password (default taosdata)"),
            new Described("timezone", "the zone for local date-times, e.g. UTC or Asia/Shanghai"),
            new Described("token", "a TDengine cloud token"),
            new Described("connect_timeout", "the time to establish a connection (official name: httpConnectTimeout)"),
            new Described("request_timeout", "the time to wait for one answer (official name: messageWaitTimeout)"),
            new Described("app_name", "the application name reported to the server"),
            new Described("tls", "true to encrypt the connection (official name: useSSL)"));

    private DriverProperties() {
    }

    static DriverPropertyInfo[] describe(Properties info) {
        DriverPropertyInfo[] out = new DriverPropertyInfo[PROPERTIES.size()];
        for (int i = 0; i < out.length; i++) {
            Described described = PROPERTIES.get(i);
            String value = described.name().equals("password") ? null : info.getProperty(described.name());
            out[i] = new DriverPropertyInfo(described.name(), value);
            out[i].description = described.description();
            out[i].required = false;
        }
        return out;
    }
}
