package io.taospring.client.transport.rest;

import io.taospring.client.Endpoint;
import io.taospring.client.TaosConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * Builds the HTTP request for one statement ({@code protocol/rest.md} sections 1-4):
 * {@code POST /rest/sql[/{db}]?req_id=..[&tz=..][&token=..][&app=..]} with Basic authorization and the
 * SQL text as the UTF-8 body.
 */
final class RestRequests {

    private final String baseUrl;
    private final String fixedParameters;
    private final String authorization;
    private final Duration timeout;

    RestRequests(TaosConfig config, Endpoint endpoint) {
        this.baseUrl = (config.tls() ? "https://" : "http://") + endpoint.authority() + "/rest/sql";
        this.fixedParameters = fixedParameters(config);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (config.user() + ":" + config.password()).getBytes(StandardCharsets.UTF_8));
        this.timeout = config.requestTimeout();
    }

    /** The request that runs {@code sql} with {@code database} (or none) as the current database. */
    HttpRequest build(String sql, long reqId, String database) {
        return HttpRequest.newBuilder(uri(reqId, database))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept-Encoding", "gzip")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(sql, StandardCharsets.UTF_8))
                .build();
    }

    /** The address of a statement's request. */
    URI uri(long reqId, String database) {
        StringBuilder uri = new StringBuilder(baseUrl);
        if (database != null) {
            uri.append('/').append(encode(database).replace("+", "%20"));
        }
        return URI.create(uri.append("?req_id=").append(reqId).append(fixedParameters).toString());
    }

    /** The address shown in errors: where the statement went, without credentials or parameters. */
    String address() {
        return baseUrl;
    }

    private static String fixedParameters(TaosConfig config) {
        StringBuilder parameters = new StringBuilder();
        config.timezone().ifPresent(zone -> parameters.append("&tz=").append(encode(ianaName(zone))));
        config.token().ifPresent(token -> parameters.append("&token=").append(encode(token)));
        config.applicationName().ifPresent(app -> parameters.append("&app=").append(encode(app)));
        return parameters.toString();
    }

    /**
     * The adapter takes IANA zone names only; a fixed offset is sent as the equivalent {@code Etc/GMT}
     * zone (whose sign is inverted by convention) when there is one.
     */
    static String ianaName(ZoneId zone) {
        if (!(zone.normalized() instanceof ZoneOffset offset)) {
            return zone.getId();
        }
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        if (seconds % 3600 != 0) {
            return zone.getId();
        }
        int hours = -seconds / 3600;
        return "Etc/GMT" + (hours > 0 ? "+" : "") + hours;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
