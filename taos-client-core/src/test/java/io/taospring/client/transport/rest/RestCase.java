package io.taospring.client.transport.rest;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.error.TaosException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

/**
 * One REST exchange, as data: the statement a session sends, the answer taosAdapter gives
 * ({@code protocol/rest.md}), and what the client must make of it. {@link RestTransportTest} replays
 * every case against a scripted server; a test of the embedded server can run the {@link #setup()}
 * statements and the same {@link #sql()} and expect the same outcome for the {@link #replayable()} ones.
 *
 * @param name       what the case shows
 * @param setup      statements that create the data the answer shows on a real server
 * @param database   the session's current database (named in the request path), or null
 * @param timezone   the configured zone (sent as {@code tz}), or null
 * @param sql        the statement
 * @param status     the HTTP status of the answer
 * @param body       the answer's body as the server sends it
 * @param expected   what the client must return or throw
 * @param replayable whether a real server produces this answer for {@code sql} (false for answers that
 *                   need a broken request, a proxy or an adapter option)
 */
record RestCase(String name, List<String> setup, String database, ZoneId timezone, String sql, int status,
        String body, Expected expected, boolean replayable) {

    @Override
    public String toString() {
        return name;
    }

    /** The path the request must go to. */
    String expectedPath() {
        return database == null ? "/rest/sql" : "/rest/sql/" + database;
    }

    /** The answer's content type, judged from the body. */
    String contentType() {
        return body.startsWith("<") ? "text/html" : "application/json; charset=utf-8";
    }

    /** An answer read as a result set. */
    static RestCase rows(String name, List<String> setup, String database, ZoneId timezone, String sql, String body,
            Rows rows) {
        return new RestCase(name, setup, database, timezone, sql, 200, body, rows, true);
    }

    /** An answer read as an update count. */
    static RestCase update(String name, String database, String sql, String body, long affectedRows) {
        return new RestCase(name, List.of(), database, null, sql, 200, body, new Update(affectedRows), true);
    }

    /** An answer the client must turn into an exception. */
    static RestCase failure(String name, String sql, int status, String body, Failure failure, boolean replayable) {
        return new RestCase(name, List.of(), null, null, sql, status, body, failure, replayable);
    }

    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text);
    }

    /** What the client must make of the answer. */
    sealed interface Expected permits Rows, Update, Failure {
    }

    /**
     * A result set: its columns, precision and rows as {@code getObject} returns them.
     *
     * @param fields    the columns
     * @param precision the inferred timestamp precision
     * @param rows      the values, row by row
     */
    record Rows(List<TaosField> fields, Precision precision, List<List<Object>> rows) implements Expected {
    }

    /**
     * An update.
     *
     * @param affectedRows the count {@code execute} returns
     */
    record Update(long affectedRows) implements Expected {
    }

    /**
     * An error.
     *
     * @param category the exact exception class
     * @param errno    the error number
     * @param message  text the server message must contain
     */
    record Failure(Class<? extends TaosException> category, int errno, String message) implements Expected {
    }
}
