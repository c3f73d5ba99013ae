package io.taospring.client.transport.rest;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.TaosException;
import io.taospring.client.internal.TlsContexts;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Sends one request and hands back its JSON body as a stream, or throws what went wrong on the HTTP
 * level: unreachable server, timeout, an HTTP error status, a body that is not JSON.
 */
final class RestExchange {

    /** TDengine's "Query terminated": the caller was interrupted while waiting. */
    private static final int QUERY_TERMINATED = 0x020F;
    /** How much of an error body is read, and how much of it an error message shows. */
    private static final int ERROR_BODY_LIMIT = 64 * 1024;
    private static final int EXCERPT_LENGTH = 200;

    private final HttpClient http;
    private final JsonFactory json;

    RestExchange(HttpClient http, JsonFactory json) {
        this.http = http;
        this.json = json;
    }

    /**
     * Sends {@code request} and returns its decompressed body, positioned on the JSON object's first byte.
     * The caller owns the stream.
     */
    InputStream send(HttpRequest request, RequestContext context) {
        HttpResponse<InputStream> response = exchange(request, context);
        InputStream body = decoded(response, context);
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw statusError(status, body, request, context);
        }
        return jsonBody(body, status, request, context);
    }

    private HttpResponse<InputStream> exchange(HttpRequest request, RequestContext context) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw context.error(ErrorCodes.CONNECT_TIMEOUT, "no connection to " + address(request)
                    + " within the connect timeout", e);
        } catch (HttpTimeoutException e) {
            throw context.error(ErrorCodes.REQUEST_TIMEOUT, "no answer from " + address(request) + " within "
                    + request.timeout().map(Object::toString).orElse("the request timeout"), e);
        } catch (SSLException e) {
            throw context.error(ErrorCodes.UNABLE_TO_CONNECT, "TLS handshake with " + address(request) + " failed: "
                    + TlsContexts.explain(e, request.uri().getHost()), e);
        } catch (ConnectException e) {
            throw context.error(ErrorCodes.UNABLE_TO_CONNECT, "cannot connect to " + address(request) + ": " + e, e);
        } catch (IOException e) {
            throw context.error(ErrorCodes.UNABLE_TO_CONNECT, "HTTP exchange with " + address(request)
                    + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw context.error(QUERY_TERMINATED, "interrupted while waiting for " + address(request), e);
        }
    }

    private static InputStream decoded(HttpResponse<InputStream> response, RequestContext context) {
        boolean gzip = response.headers().firstValue("Content-Encoding")
                .map(encoding -> encoding.trim().equalsIgnoreCase("gzip")).orElse(false);
        if (!gzip) {
            return response.body();
        }
        try {
            return new GZIPInputStream(response.body(), 8192);
        } catch (IOException e) {
            closeQuietly(response.body(), e);
            throw RestFailures.readFailure(context, e);
        }
    }

    /** Peeks at the first non-blank byte: a JSON answer starts with '{'; anything else is not the adapter. */
    private static InputStream jsonBody(InputStream body, int status, HttpRequest request, RequestContext context) {
        BufferedInputStream buffered = new BufferedInputStream(body, 8192);
        try {
            buffered.mark(ERROR_BODY_LIMIT);
            int first;
            do {
                first = buffered.read();
            } while (first == ' ' || first == '\t' || first == '\r' || first == '\n');
            buffered.reset();
            if (first == '{') {
                return buffered;
            }
            String text = first < 0 ? "an empty body" : "a non-JSON body: " + excerpt(readLimited(buffered));
            buffered.close();
            throw httpFailure(status, request, context, text);
        } catch (IOException e) {
            closeQuietly(buffered, e);
            throw RestFailures.readFailure(context, e);
        }
    }

    /** An HTTP error status: the adapter's JSON error when the body is one, else the status and the body. */
    private TaosException statusError(int status, InputStream body, HttpRequest request, RequestContext context) {
        String text;
        try (body) {
            text = readLimited(body);
        } catch (IOException | UncheckedIOException e) {
            return httpFailure(status, request, context, "unreadable body (" + e + ")");
        }
        TaosException serverError = jsonError(text, context);
        if (serverError != null) {
            return serverError;
        }
        return httpFailure(status, request, context, text.isBlank() ? "an empty body" : "body: " + excerpt(text));
    }

    /** The error in an adapter error body {@code {"code":..,"desc":..}}, or null when it is not one. */
    private TaosException jsonError(String text, RequestContext context) {
        try (JsonParser parser = json.createParser(ObjectReadContext.empty(), text)) {
            ResponseHead head = ResponseHead.read(parser);
            return head.code() == 0 ? null : context.error(head.code(), head.desc(), null);
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }

    private static TaosException httpFailure(int status, HttpRequest request, RequestContext context, String body) {
        return context.error(ErrorCodes.HTTP_FAILURE, "HTTP " + status + " from " + address(request) + " with "
                + body, null);
    }

    private static String readLimited(InputStream body) throws IOException {
        return new String(body.readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
    }

    private static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "...";
    }

    private static String address(HttpRequest request) {
        return request.uri().getScheme() + "://" + request.uri().getRawAuthority() + request.uri().getRawPath();
    }

    private static void closeQuietly(InputStream stream, Exception failure) {
        try {
            stream.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
