package io.taospring.client.transport.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A scripted taosAdapter for tests: answers {@code POST /rest/sql[/{db}]} with the answer scripted for
 * the statement's text and records every request. Started on port 0.
 */
final class ScriptedRestServer implements AutoCloseable {

    static final String VERSION = "3.3.6.0";
    static final String VERSION_ANSWER = "{\"code\":0,\"column_meta\":[[\"server_version()\",\"VARCHAR\",30]],"
            + "\"data\":[[\"" + VERSION + "\"]],\"rows\":1}";

    /** One request as the server saw it. */
    record Request(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** How the server answers one statement. */
    @FunctionalInterface
    interface Answer {
        void write(HttpExchange exchange) throws IOException;

        /** HTTP 200 with a JSON body, as the adapter answers both successes and TDengine errors. */
        static Answer json(String body) {
            return status(200, "application/json; charset=utf-8", body);
        }

        /** Any status, content type and text. */
        static Answer status(int status, String contentType, String body) {
            return exchange -> {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            };
        }

        /** The same answer, gzip-compressed and chunked, as the adapter sends it to clients that accept gzip. */
        static Answer gzip(int status, String body) {
            return exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                exchange.sendResponseHeaders(status, 0);
                try (OutputStream out = new GZIPOutputStream(exchange.getResponseBody())) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            };
        }

        /** A chunked JSON body written by {@code writer}, e.g. a huge or endless one. */
        static Answer streaming(BodyWriter writer) {
            return exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    writer.write(out);
                }
            };
        }
    }

    /** Writes a body. */
    @FunctionalInterface
    interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopping = new CountDownLatch(1);

    ScriptedRestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        answer(RestConnection.VERSION_SQL, Answer.json(VERSION_ANSWER));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Scripts the answer to a statement (its exact text). */
    ScriptedRestServer answer(String sql, Answer answer) {
        answers.put(sql, answer);
        return this;
    }

    /** A statement that is never answered (until the server stops). */
    ScriptedRestServer neverAnswer(String sql) {
        return answer(sql, exchange -> awaitStop());
    }

    /** The requests received so far, in order. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The last request received. */
    Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    void awaitStop() {
        try {
            stopping.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    query(exchange.getRequestURI().getRawQuery()), headers(exchange), body));
            Answer answer = answers.get(body);
            if (answer == null) {
                answer = Answer.status(500, "text/plain", "unscripted statement: " + body);
            }
            answer.write(exchange);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return query;
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        return headers;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        stopping.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
