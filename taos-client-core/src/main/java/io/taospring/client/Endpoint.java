package io.taospring.client;

import java.util.Objects;

/**
 * One server address.
 *
 * @param host a host name or IP literal (IPv6 without brackets)
 * @param port the TCP port, 1-65535
 */
public record Endpoint(String host, int port) {

    /** Validates the components. */
    public Endpoint {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("empty host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1-65535");
        }
    }

    /** {@code host:port}, with IPv6 literals in brackets as URLs want them. */
    public String authority() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return authority();
    }
}
