package io.taospring.client.jdbc;

import io.taospring.client.TaosConfig;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The JDBC URLs this driver answers, and how a URL and the {@link Properties} given to
 * {@link java.sql.Driver#connect} become one {@link TaosConfig}.
 *
 * <p>The URL is parsed by the DSN parser; properties are added as further query parameters, except those the
 * URL already names: as in the official driver, the URL wins. A user or password before {@code @} in the
 * URL likewise wins over the {@code user} and {@code password} properties.
 */
final class JdbcUrl {

    /** Our prefix: {@code jdbc:taos:} followed by a DSN such as {@code ws://localhost:6041/power}. */
    static final String PREFIX = "jdbc:taos:";
    /** The official driver's prefixes, matched case-sensitively as it does. */
    static final List<String> OFFICIAL_PREFIXES = List.of("jdbc:TAOS-WS://", "jdbc:TAOS-RS://", "jdbc:TAOS://",
            "jdbc:TSDB://");

    private static final Pattern DSN_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);

    private JdbcUrl() {
    }

    /** Whether {@code url} is one of ours: exactly a known prefix, never a longer word that starts like one. */
    static boolean accepts(String url) {
        if (url == null) {
            return false;
        }
        for (String prefix : OFFICIAL_PREFIXES) {
            if (url.startsWith(prefix)) {
                return true;
            }
        }
        return url.startsWith(PREFIX) && DSN_SCHEME.matcher(url.substring(PREFIX.length())).matches();
    }

    /**
     * The configuration for {@code url} and {@code info}.
     *
     * @throws io.taospring.client.error.InterfaceError when the URL or a property is invalid
     */
    static TaosConfig config(String url, Properties info) {
        return TaosConfig.fromDsn(withProperties(url, info));
    }

    /** {@code url} with each property it does not name appended as a percent-encoded query parameter. */
    static String withProperties(String url, Properties info) {
        if (info == null || info.isEmpty()) {
            return url;
        }
        Set<String> named = namedInUrl(url);
        StringBuilder out = new StringBuilder(url);
        boolean hasQuery = url.indexOf('?') >= 0;
        for (String key : new TreeSet<>(info.stringPropertyNames())) {
            String value = info.getProperty(key);
            if (named.contains(key) || value == null || value.isEmpty()) {
                continue;
            }
            out.append(hasQuery ? '&' : '?').append(encode(key)).append('=').append(encode(value));
            hasQuery = true;
        }
        return out.toString();
    }

    /** The query keys of {@code url}, plus {@code user}/{@code password} when it names them before {@code @}. */
    private static Set<String> namedInUrl(String url) {
        Set<String> named = new HashSet<>();
        int start = url.indexOf("://");
        String body = start < 0 ? url : url.substring(start + 3);
        int authorityEnd = indexOfAny(body, "/?");
        String authority = body.substring(0, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            named.add("user");
            if (authority.substring(0, at).indexOf(':') >= 0) {
                named.add("password");
            }
        }
        int query = body.indexOf('?');
        if (query >= 0) {
            for (String pair : body.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                named.add(equals < 0 ? pair : pair.substring(0, equals));
            }
        }
        return named;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
