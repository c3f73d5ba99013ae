package io.taospring.client.transport.rest;

import io.taospring.client.codec.RawBlock;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.Operation;
import io.taospring.client.transport.QueryResponse;
import io.taospring.client.transport.TransportConnection;
import java.util.function.BooleanSupplier;

/**
 * A REST "connection": the endpoint, the credentials and the current database. REST is stateless, so
 * nothing is held open between statements; the database selected by {@code USE} travels in the path of
 * each request ({@code /rest/sql/{db}}).
 */
final class RestConnection implements TransportConnection {

    /** Run on connect: it checks the credentials and learns the server's version in one request. */
    static final String VERSION_SQL = "select server_version()";

    private final Parts parts;
    private final String serverVersion;
    private String database;
    private volatile boolean closed;

    private RestConnection(Parts parts, String database, String serverVersion) {
        this.parts = parts;
        this.database = database;
        this.serverVersion = serverVersion;
    }

    /** What a connection is made of; shared by all connections of a transport except the requests. */
    record Parts(RestRequests requests, RestExchange exchange, RestResponseReader reader,
            BooleanSupplier transportClosed) {
    }

    /**
     * Opens a connection: runs {@link #VERSION_SQL} against {@code database} (or none), so a wrong password
     * or an unreachable server fails here, as a ConnectionError.
     */
    static RestConnection open(Parts parts, String database, long reqId) {
        RequestContext context = new RequestContext(Operation.CONNECT, reqId, VERSION_SQL);
        String version;
        try (QueryResponse response = send(parts, VERSION_SQL, database, context)) {
            version = firstValue(response, context);
        }
        return new RestConnection(parts, database, version);
    }

    private static String firstValue(QueryResponse response, RequestContext context) {
        RawBlock block = response.nextBlock();
        if (block == null || block.columnCount() != 1 || block.isNull(0, 0)) {
            throw context.malformed("no server version in the answer to " + VERSION_SQL, null);
        }
        return block.getString(0, 0);
    }

    private static QueryResponse send(Parts parts, String sql, String database, RequestContext context) {
        return parts.reader().read(parts.exchange().send(parts.requests().build(sql, context.reqId(), database),
                context), context);
    }

    @Override
    public QueryResponse query(String sql, long reqId) {
        RequestContext context = new RequestContext(Operation.QUERY, reqId, sql);
        if (isClosed()) {
            throw context.error(ErrorCodes.CONNECTION_CLOSED, "connection is closed", null);
        }
        QueryResponse response = send(parts, sql, database, context);
        if (response.isUpdate()) {
            UseStatement.database(sql).ifPresent(selected -> database = selected);
        }
        return response;
    }

    @Override
    public String serverVersion() {
        return serverVersion;
    }

    @Override
    public boolean isClosed() {
        return closed || parts.transportClosed().getAsBoolean();
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "RestConnection{" + parts.requests().address() + ", database=" + database + "}";
    }
}
