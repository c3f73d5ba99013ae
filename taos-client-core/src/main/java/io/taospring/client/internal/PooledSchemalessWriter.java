package io.taospring.client.internal;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.client.schemaless.SchemalessProtocol;
import io.taospring.client.schemaless.SchemalessWriter;
import java.util.List;

/** A thread-safe schemaless writer on a client: each write borrows a session for the call. */
public final class PooledSchemalessWriter implements SchemalessWriter {

    private final TaosClient client;

    /** A writer that opens its sessions from {@code client}. */
    public PooledSchemalessWriter(TaosClient client) {
        this.client = client;
    }

    @Override
    public long write(List<String> lines, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl,
            long reqId) {
        try (TaosSession session = client.openSession()) {
            return session.schemaless().write(lines, protocol, precision, ttl, reqId);
        }
    }
}
