package io.taospring.embedded.rest;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The user and password of a {@code Basic} Authorization header (rest.md 2). The {@code Taosd} token form
 * is not supported and is answered like an unknown scheme.
 */
record BasicCredentials(String user, String password) {

    /**
     * Parses an Authorization header value.
     *
     * @throws RestFailure 401 with 0x1105 (missing), 0x1122 (other scheme) or 0x1124 (undecodable)
     */
    static BasicCredentials parse(String header) throws RestFailure {
        if (header == null || header.isBlank()) {
            throw unauthorized(RestFailure.NO_AUTH_INFO, "no auth info input");
        }
        String value = header.trim();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equalsIgnoreCase("Basic")) {
            throw unauthorized(RestFailure.INVALID_AUTH_TYPE, "invalid type of Authorization");
        }
        return decode(value.substring(space + 1).trim());
    }

    private static BasicCredentials decode(String payload) throws RestFailure {
        String text;
        try {
            text = new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized(RestFailure.INVALID_BASIC_AUTH, "invalid basic Authorization");
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw unauthorized(RestFailure.INVALID_BASIC_AUTH, "invalid basic Authorization");
        }
        return new BasicCredentials(text.substring(0, colon), text.substring(colon + 1));
    }

    private static RestFailure unauthorized(int code, String desc) {
        return new RestFailure(HttpResponseStatus.UNAUTHORIZED, code, desc);
    }
}
