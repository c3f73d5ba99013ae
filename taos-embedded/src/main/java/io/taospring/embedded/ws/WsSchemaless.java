package io.taospring.embedded.ws;

import io.taospring.embedded.engine.Engine;
import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.engine.SqlExecutor;
import io.taospring.embedded.schemaless.SchemalessInserter;
import io.taospring.embedded.schemaless.SchemalessResult;
import java.time.Clock;

/** The {@code insert} action of {@code /ws}: a schemaless write ({@code protocol/ws-schemaless.md} section 1). */
final class WsSchemaless {

    private final SchemalessInserter inserter;

    WsSchemaless(SqlExecutor executor) {
        this.inserter = executor instanceof Engine engine
                ? new SchemalessInserter(engine.catalog(), Clock.systemUTC()) : null;
    }

    String insert(WsSession session, WsRequest request, long start) {
        long protocol = request.unsigned("protocol");
        if (protocol == 0) {
            return WsReplies.error("insert", request.reqId(), WsSqlService.ADAPTER_ERROR,
                    "schemaless write protocol is null", WsSqlService.elapsed(start));
        }
        if (inserter == null) {
            throw new EngineException(WsSqlService.ADAPTER_ERROR, "schemaless writes need the embedded engine");
        }
        String precision = request.string("precision");
        SchemalessResult result = inserter.insert(session.context().database(), (int) Math.min(protocol, 4),
                precision == null ? "" : precision, request.string("data"), request.string("table_name_key"));
        return WsReplies.ok("insert", request.reqId(), WsSqlService.elapsed(start), json -> {
            json.writeNumberProperty("affected_rows", result.affectedRows());
            json.writeNumberProperty("total_rows", result.totalRows());
        });
    }
}
