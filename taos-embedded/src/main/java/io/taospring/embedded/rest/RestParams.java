package io.taospring.embedded.rest;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The query-string parameters of {@code /rest/sql} that shape the response (rest.md 3).
 *
 * @param reqId       {@code req_id} (or JDBC's {@code reqId}); 0 when absent
 * @param zone        the zone used to format timestamps ({@code conn_tz}, then {@code tz}, else UTC)
 * @param rowWithMeta rows as objects keyed by column name
 * @param timing      add the request duration in nanoseconds
 */
record RestParams(long reqId, ZoneId zone, boolean rowWithMeta, boolean timing) {

    /**
     * Parses the parameters of a request URI.
     *
     * @throws RestFailure 400 with code 0xFFFF for a non-numeric req_id, an unknown zone or a bad boolean
     */
    static RestParams parse(QueryStringDecoder uri) throws RestFailure {
        Map<String, List<String>> params = uri.parameters();
        String reqId = first(params, "req_id", first(params, "reqId", null));
        String zone = first(params, "conn_tz", first(params, "tz", null));
        return new RestParams(reqId(reqId), zone(zone),
                bool(params, "row_with_meta"), "true".equals(first(params, "timing", null)));
    }

    private static long reqId(String text) throws RestFailure {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw badRequest("illegal param, req_id must be numeric " + text);
        }
    }

    private static ZoneId zone(String name) throws RestFailure {
        if (name == null || name.isEmpty()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw badRequest("unknown time zone " + name);
        }
    }

    /** Go's strconv.ParseBool, which the adapter uses. */
    private static boolean bool(Map<String, List<String>> params, String name) throws RestFailure {
        String text = first(params, name, null);
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> throw badRequest("illegal param, " + name + " must be boolean " + text);
        };
    }

    private static String first(Map<String, List<String>> params, String name, String otherwise) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? otherwise : values.get(0);
    }

    private static RestFailure badRequest(String desc) {
        return new RestFailure(HttpResponseStatus.BAD_REQUEST, RestFailure.INTERNAL, desc);
    }
}
