package io.taospring.client.internal;

import io.taospring.client.Endpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The host list of a DSN: {@code host[:port]} items separated by commas, IPv6 literals in brackets
 * ({@code [::1]:6041}). A missing host is {@code localhost}; a missing port is left to the transport's
 * default, which is only known once the whole DSN has been read.
 */
public final class DsnHosts {

    /** One address as written; {@code port} is 0 when the DSN names none. */
    record HostPort(String host, int port) {

        Endpoint resolve(int defaultPort) {
            return new Endpoint(host, port == 0 ? defaultPort : port);
        }
    }

    private DsnHosts() {
    }

    /**
     * The addresses of a host list such as {@code h1:6041,[::1]:6042} (a consumer's {@code bootstrap.servers}),
     * {@code defaultPort} where an item names none.
     *
     * @throws io.taospring.client.error.InterfaceError when the list is empty or an item is malformed
     */
    public static List<Endpoint> endpoints(String text, int defaultPort) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (HostPort host : parse(text.trim().replaceAll("\\s*,\\s*", ","))) {
            endpoints.add(host.resolve(defaultPort));
        }
        if (endpoints.isEmpty()) {
            throw DsnParser.invalid("no host in " + text);
        }
        return List.copyOf(endpoints);
    }

    /** Parses {@code text}, which holds no user info; an empty text is no address at all. */
    static List<HostPort> parse(String text) {
        return parse(text, true);
    }

    /**
     * Parses {@code text}; an empty text is no address at all. When {@code show} is false no part of the
     * text appears in an error: in a DSN without {@code '@'} a forgotten {@code '@'} makes
     * {@code user:password} read as {@code host:port}, and the password must not reach a message.
     */
    static List<HostPort> parse(String text, boolean show) {
        List<HostPort> hosts = new ArrayList<>();
        if (text.isEmpty()) {
            return hosts;
        }
        String[] items = text.split(",", -1);
        for (String item : items) {
            if (item.isEmpty() && items.length > 1) {
                throw DsnParser.invalid("empty host between commas in " + quote(text, show));
            }
            hosts.add(item.startsWith("[") ? bracketed(item, show) : plain(item, show));
        }
        return hosts;
    }

    private static HostPort bracketed(String item, boolean show) {
        int close = item.indexOf(']');
        if (close < 0) {
            throw DsnParser.invalid("unbalanced '[' in host " + quote(item, show));
        }
        String host = item.substring(1, close);
        if (!isIpv6(host)) {
            throw DsnParser.invalid("bad IPv6 literal " + quote(item.substring(0, close + 1), show));
        }
        String after = item.substring(close + 1);
        if (!after.isEmpty() && !after.startsWith(":")) {
            throw DsnParser.invalid("unexpected " + quote(after, show) + " after the IPv6 literal in "
                    + quote(item, show));
        }
        return new HostPort(host, after.isEmpty() ? 0 : port(after.substring(1), item, show));
    }

    private static HostPort plain(String item, boolean show) {
        if (item.indexOf(']') >= 0) {
            throw DsnParser.invalid("unbalanced ']' in host " + quote(item, show));
        }
        int colon = item.indexOf(':');
        if (colon >= 0 && item.indexOf(':', colon + 1) >= 0) {
            if (!isIpv6(item)) {
                throw DsnParser.invalid("more than one ':' in a host (not shown: it may be user:password before a"
                        + " lost '@')");
            }
            throw DsnParser.invalid("IPv6 literal " + quote(item, show) + " must be in brackets, e.g. [::1]:6041");
        }
        String host = colon < 0 ? item : item.substring(0, colon);
        if (!isHostName(host)) {
            throw DsnParser.invalid("bad host name " + quote(host, show));
        }
        int port = colon < 0 ? 0 : port(item.substring(colon + 1), item, show);
        return new HostPort(host.isEmpty() ? "localhost" : host, port);
    }

    /** The text for a message, unless it may hold a secret: a swallowed query, or user:password. */
    private static String quote(String text, boolean show) {
        if (text.indexOf('=') >= 0 || text.indexOf('&') >= 0) {
            return "(not shown: it holds '=' or '&'; is the '?' before the query parameters missing?)";
        }
        return show ? "'" + text + "'" : "(not shown: without '@' in the DSN, user:password may be there)";
    }

    /** The port, or 0 for an empty one ({@code host:}), which the official driver also accepts. */
    private static int port(String text, String item, boolean show) {
        if (text.isEmpty()) {
            return 0;
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // not echoed: "user:password" with its '@' lost reads as host:port
            throw DsnParser.invalid("bad port in the host list: not a number (expected 1-65535)");
        }
        boolean digits = text.length() <= 5;
        int port = digits ? Integer.parseInt(text) : -1;
        if (port < 1 || port > 65535) {
            throw DsnParser.invalid("bad port " + quote(text, show) + " in " + quote(item, show)
                    + " (expected 1-65535)");
        }
        return port;
    }

    private static boolean isHostName(String host) {
        return host.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '.' || c == '-' || c == '_');
    }

    private static boolean isIpv6(String host) {
        return host.indexOf(':') >= 0 && host.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128
                || c == ':' || c == '.');
    }
}
