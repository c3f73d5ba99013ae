package io.taospring.boot.autoconfigure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds the one JDBC URL that both the DataSource and the client use, from the connection details and
 * the properties: settings the URL already names win, the rest are added as query parameters.
 */
final class TaosUrls {

    private TaosUrls() {
    }

    /**
     * The JDBC URL for {@code details}, with {@code database} as path when the URL names none and each
     * of {@code parameters} (null values skipped) added unless the URL names it.
     */
    static String jdbcUrl(TaosConnectionDetails details, String database, Map<String, String> parameters) {
        String url = details.getUrl().startsWith("jdbc:") ? details.getUrl() : "jdbc:taos:" + details.getUrl();
        Map<String, String> added = new LinkedHashMap<>();
        if (!hasUserInfo(url)) {
            added.put("user", details.getUsername());
            added.put("password", details.getPassword());
        }
        added.putAll(parameters);
        return withParameters(withDatabase(url, database), added);
    }

    private static int authorityStart(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            throw new IllegalArgumentException("taos.url must look like ws://host:port[/database], was: " + url);
        }
        return scheme + 3;
    }

    private static int authorityEnd(String url) {
        int start = authorityStart(url);
        int end = start;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?') {
            end++;
        }
        return end;
    }

    private static boolean hasUserInfo(String url) {
        return url.substring(authorityStart(url), authorityEnd(url)).indexOf('@') >= 0;
    }

    static String withDatabase(String url, String database) {
        if (database == null || database.isBlank()) {
            return url;
        }
        int end = authorityEnd(url);
        int query = url.indexOf('?', end);
        String path = url.substring(end, query < 0 ? url.length() : query);
        if (!path.isEmpty() && !path.equals("/")) {
            return url;
        }
        return url.substring(0, end) + "/" + database + (query < 0 ? "" : url.substring(query));
    }

    private static String withParameters(String url, Map<String, String> parameters) {
        int query = url.indexOf('?');
        Set<String> named = namedParameters(query < 0 ? "" : url.substring(query + 1));
        StringBuilder out = new StringBuilder(url);
        boolean first = query < 0;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (parameter.getValue() == null || named.contains(parameter.getKey())) {
                continue;
            }
            out.append(first ? '?' : '&').append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
            first = false;
        }
        return out.toString();
    }

    private static Set<String> namedParameters(String query) {
        Set<String> names = new HashSet<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            names.add(eq < 0 ? pair : pair.substring(0, eq));
        }
        return names;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
