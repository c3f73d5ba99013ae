package io.taospring.client.schemaless;

import java.util.List;

/**
 * Writes schemaless text: TDengine creates super tables, child tables, columns and tags as the data needs
 * them ({@code protocol/ws-schemaless.md}). All lines of one call go to the server in one request.
 *
 * <pre>{@code
 * try (TaosSession session = client.openSession()) {
 *     session.schemaless().write(List.of("meters,location=LA current=10.3 1700000000000"),
 *             SchemalessProtocol.LINE, SchemalessPrecision.MILLISECONDS);
 * }
 * }</pre>
 */
public interface SchemalessWriter {

    /**
     * Writes lines (line or telnet protocol) or JSON documents with no TTL and a generated request id.
     *
     * @return the rows written
     * @throws io.taospring.client.error.SchemalessError with the server's code and, when it can be told, the
     *         offending line
     */
    default long write(List<String> lines, SchemalessProtocol protocol, SchemalessPrecision precision) {
        return write(lines, protocol, precision, 0, 0);
    }

    /**
     * Writes lines with a TTL in days for auto-created tables (0 for none) and a request id (0 to generate one).
     *
     * @return the rows written
     * @throws io.taospring.client.error.SchemalessError with the server's code and the offending line
     */
    long write(List<String> lines, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl, long reqId);

    /** Writes points as line protocol with nanosecond timestamps; see {@link #write(List, SchemalessProtocol, SchemalessPrecision)}. */
    default long writePoints(List<Point> points) {
        return writePoints(points, SchemalessPrecision.NANOSECONDS);
    }

    /** Writes points as line protocol with timestamps rendered in {@code precision} (rounded towards the past). */
    default long writePoints(List<Point> points, SchemalessPrecision precision) {
        List<String> lines = points.stream().map(point -> point.toLine(precision)).toList();
        return write(lines, SchemalessProtocol.LINE, precision);
    }
}
