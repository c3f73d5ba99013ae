package io.taospring.boot.autoconfigure;

import io.taospring.client.TaosClient;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.client.schemaless.SchemalessProtocol;
import io.taospring.client.schemaless.SchemalessWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * The client's {@link TaosClient#schemaless() schemaless writer}, with the client looked up at each write, so that
 * the lazy client bean is created by the first write and not at start-up.
 */
final class ClientSchemalessWriter implements SchemalessWriter {

    private final Supplier<TaosClient> client;

    ClientSchemalessWriter(Supplier<TaosClient> client) {
        this.client = client;
    }

    @Override
    public long write(List<String> lines, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl,
            long reqId) {
        return client.get().schemaless().write(lines, protocol, precision, ttl, reqId);
    }

    @Override
    public String toString() {
        return "ClientSchemalessWriter";
    }
}
