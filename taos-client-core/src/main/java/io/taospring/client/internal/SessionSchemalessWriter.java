package io.taospring.client.internal;

import io.taospring.client.error.SchemalessError;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.client.schemaless.SchemalessProtocol;
import io.taospring.client.schemaless.SchemalessWriter;
import java.util.List;
import java.util.Objects;

/**
 * Schemaless writes over one connection: line and telnet lines go as one newline-joined request, JSON documents
 * one request each (a request holds one JSON document). A rejected write names the offending line.
 */
final class SessionSchemalessWriter implements SchemalessWriter {

    /** Sends one {@code insert} request; the transport's {@code schemalessInsert}. */
    @FunctionalInterface
    interface Sender {
        long send(String data, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl, long reqId);
    }

    private final Sender sender;
    private final ReqIdGenerator reqIds;

    SessionSchemalessWriter(Sender sender, ReqIdGenerator reqIds) {
        this.sender = sender;
        this.reqIds = reqIds;
    }

    @Override
    public long write(List<String> lines, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl,
            long reqId) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(precision, "precision");
        if (ttl < 0) {
            throw new IllegalArgumentException("ttl must not be negative: " + ttl);
        }
        if (lines.isEmpty()) {
            return 0;
        }
        long id = reqId == 0 ? reqIds.next() : reqId;
        if (protocol != SchemalessProtocol.JSON) {
            return send(String.join("\n", lines), lines, protocol, precision, ttl, id);
        }
        long written = 0;
        for (String document : lines) {
            written += send(document, List.of(document), protocol, precision, ttl, id);
        }
        return written;
    }

    private long send(String data, List<String> lines, SchemalessProtocol protocol, SchemalessPrecision precision,
            int ttl, long reqId) {
        try {
            return sender.send(data, protocol, precision, ttl, reqId);
        } catch (SchemalessError e) {
            String line = OffendingLine.find(lines, e.serverMessage());
            throw new SchemalessError(e.errno(), e.serverMessage(), reqId, null, e, line);
        }
    }
}
