package io.taospring.client.internal;

import io.taospring.client.ConnectionType;
import io.taospring.client.TaosConfig;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Parses DSNs and the official driver's JDBC URLs into a {@link TaosConfig.Builder}.
 *
 * <p>Accepted forms:
 * <ul>
 *   <li>{@code [driver[+protocol]]://[user[:password]@][host[:port][,host[:port]...]][/database][?key=value&...]}
 *       with the schemes of {@link DsnScheme} ({@code ws://}, {@code wss://}, {@code http://},
 *       {@code https://}, {@code taos://}, {@code taos+ws://}, ...);</li>
 *   <li>the official URLs {@code jdbc:TAOS-WS://}, {@code jdbc:TAOS-RS://}, {@code jdbc:TAOS://} and
 *       {@code jdbc:TSDB://}, matched case-sensitively as the official driver does;</li>
 *   <li>{@code jdbc:taos:<dsn>}, any of the first form behind a JDBC prefix.</li>
 * </ul>
 * User, password, database, keys and values are percent-decoded ({@code %40} is {@code @}); a user or
 * password holding {@code @ / ?} must encode them. Query keys are those of {@link DsnOption}; an unknown
 * or repeated key is an error. No message ever contains the password or the token.
 */
public final class DsnParser {

    private static final String JDBC_OURS = "jdbc:taos:";
    private static final Map<String, ConnectionType> JDBC_OFFICIAL = Map.of(
            "jdbc:TAOS-WS://", ConnectionType.WEBSOCKET,
            "jdbc:TAOS-RS://", ConnectionType.REST,
            "jdbc:TAOS://", ConnectionType.NATIVE,
            "jdbc:TSDB://", ConnectionType.NATIVE);

    private DsnParser() {
    }

    /** Parses {@code dsn}; see {@link TaosConfig#fromDsn(String)}. */
    public static TaosConfig.Builder parse(String dsn) {
        Objects.requireNonNull(dsn, "dsn");
        String text = dsn.strip();
        if (text.isEmpty()) {
            throw invalid("the DSN is empty");
        }
        for (Map.Entry<String, ConnectionType> official : JDBC_OFFICIAL.entrySet()) {
            if (text.startsWith(official.getKey())) {
                DsnScheme scheme = new DsnScheme(official.getValue(), false);
                return parseBody(text.substring(official.getKey().length()), scheme);
            }
        }
        if (text.startsWith(JDBC_OURS)) {
            return parseJdbcWrapped(text.substring(JDBC_OURS.length()));
        }
        if (text.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw invalid("unknown JDBC URL prefix '" + schemeWords(text) + "' (expected jdbc:TAOS-WS://, "
                    + "jdbc:TAOS-RS://, jdbc:TAOS:// (case-sensitive, as in the official driver) "
                    + "or jdbc:taos:<dsn> such as jdbc:taos:ws://localhost:6041/power)");
        }
        return parseSeed(text);
    }

    /** The error for a malformed DSN; {@code message} names the bad part and never a secret. */
    static InterfaceError invalid(String message) {
        return new InterfaceError(ErrorCodes.INVALID_CONFIG, "invalid DSN: " + message);
    }

    private static TaosConfig.Builder parseJdbcWrapped(String dsn) {
        if (dsn.startsWith("//")) {
            throw invalid("'jdbc:taos://' names no scheme: write jdbc:TAOS:// (native, upper case as in the "
                    + "official driver) or jdbc:taos:<scheme>://..., e.g. jdbc:taos:ws://localhost:6041");
        }
        return parseSeed(dsn);
    }

    private static TaosConfig.Builder parseSeed(String text) {
        int separator = text.indexOf("://");
        String word = separator < 0 ? "" : text.substring(0, separator);
        if (separator < 0 || !isSchemeWord(word)) {
            throw missingSeparator(text);
        }
        return parseBody(text.substring(separator + 3), DsnScheme.parse(word));
    }

    private static InterfaceError missingSeparator(String text) {
        int colon = text.indexOf(':');
        String word = colon < 0 ? "" : text.substring(0, colon);
        if (isSchemeWord(word) && DsnScheme.isKnown(word)) {
            return invalid("missing '//' after '" + word + ":'");
        }
        return invalid("missing '<scheme>://' at the start (expected e.g. ws://localhost:6041/power; schemes: "
                + DsnScheme.EXPECTED + ")");
    }

    private static TaosConfig.Builder parseBody(String body, DsnScheme scheme) {
        int authorityEnd = indexOfAny(body, "/?");
        String authority = body.substring(0, authorityEnd);
        String rest = body.substring(authorityEnd);
        if (rest.indexOf('@') >= 0) {
            // the user info ended early: a '/' or '?' in it was not encoded; echoing parts could leak the password
            throw invalid("'@' after the host: percent-encode '@', '/' and '?' in the user and password "
                    + "(%40, %2F, %3F) and in query values");
        }
        DsnSettings settings = new DsnSettings(scheme);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            parseUserInfo(authority.substring(0, at), settings);
        }
        settings.hosts.addAll(DsnHosts.parse(authority.substring(at + 1), at >= 0 || authority.indexOf(':') < 0));
        int queryStart = rest.indexOf('?');
        String path = queryStart < 0 ? rest : rest.substring(0, queryStart);
        settings.database = database(path);
        if (queryStart >= 0) {
            parseQuery(rest.substring(queryStart + 1), settings);
        }
        return settings.toBuilder();
    }

    private static void parseUserInfo(String userInfo, DsnSettings settings) {
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        settings.userInfoUser = PercentDecoder.decode(user, "the user name", false);
        if (settings.userInfoUser.isEmpty()) {
            throw invalid("empty user name before '@'");
        }
        if (colon >= 0) {
            settings.userInfoPassword = PercentDecoder.decode(userInfo.substring(colon + 1), "the password", true);
        }
    }

    private static String database(String path) {
        if (path.isEmpty() || path.equals("/")) {
            return null;
        }
        String name = PercentDecoder.decode(path.substring(1), "the database name", false);
        if (name.indexOf('=') >= 0 || name.indexOf('&') >= 0) {
            // a missing '?' turns the query into the path; echoing it could show a password or token
            throw invalid("'=' or '&' in the database name: is the '?' before the query parameters missing?");
        }
        if (name.indexOf(':') >= 0 || name.indexOf('@') >= 0) {
            throw invalid("bad database name in the path (not shown: it holds ':' or '@', as user:password@host"
                    + " would; is a '/' misplaced?)");
        }
        if (name.indexOf('/') >= 0 || name.isBlank()) {
            throw invalid("bad database name '" + name + "' in the path");
        }
        return name;
    }

    private static void parseQuery(String query, DsnSettings settings) {
        Map<String, String> seen = new HashMap<>();
        String previousKey = null;
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw missingEquals(pair, previousKey);
            }
            String key = PercentDecoder.decode(pair.substring(0, equals), "a query parameter name", false);
            DsnOption option = DsnOption.of(key);
            String raw = pair.substring(equals + 1);
            if (!option.isSecret() && (raw.indexOf('=') >= 0 || DsnOption.secretNameIn(raw) != null)) {
                // a missing '&' runs the next parameter into this value; echoing it could show a secret
                throw invalid("the value of '" + key + "' holds '=' or a secret's name: is an '&' missing before"
                        + " the next parameter? (percent-encode a literal '=' as %3D)");
            }
            String value = PercentDecoder.decode(pair.substring(equals + 1), "the value of '" + key + "'",
                    option.isSecret());
            if (value.isEmpty()) {
                throw invalid("no value for the query parameter '" + key + "'");
            }
            String earlier = seen.putIfAbsent(option.identity(key), key);
            if (earlier != null) {
                throw invalid("query parameter '" + key + "' repeats '" + earlier + "'");
            }
            option.apply(settings, key, value);
            previousKey = key;
        }
    }

    private static InterfaceError missingEquals(String pair, String previousKey) {
        boolean afterSecret = previousKey != null && DsnOption.of(previousKey).isSecret();
        if (afterSecret) {
            return invalid("the query parameter after '" + previousKey
                    + "' has no '=' (percent-encode '&' in values as %26)");
        }
        String secret = DsnOption.secretNameIn(pair);
        if (secret != null) {
            return invalid("a query parameter naming '" + secret + "' has no '=' (expected key=value)");
        }
        return invalid("query parameter '" + pair + "' has no '=' (expected key=value)");
    }

    private static boolean isSchemeWord(String word) {
        return word.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '+' || c == '-' || c == '.');
    }

    /** The leading {@code jdbc:xxx} words of a URL, without anything that could be a password. */
    private static String schemeWords(String text) {
        int end = 5;
        while (end < text.length() && (isSchemeWord(text.substring(end, end + 1)))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
