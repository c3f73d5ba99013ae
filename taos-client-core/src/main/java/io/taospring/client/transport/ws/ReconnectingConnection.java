package io.taospring.client.transport.ws;

import io.taospring.client.ReconnectPolicy;
import io.taospring.client.TaosConfig;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.internal.ConnectionLoss;
import io.taospring.client.internal.ReconnectAttempts;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.client.schemaless.SchemalessProtocol;
import io.taospring.client.stmt.BindField;
import io.taospring.client.stmt.BoundTable;
import io.taospring.client.transport.QueryResponse;
import io.taospring.client.transport.TransportConnection;
import io.taospring.client.transport.TransportStatement;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WebSocket session that outlives its socket: the reconnect policy wrapped around {@link WsConnection}.
 * When the socket is gone, the next request opens a new session ({@link ReconnectPolicy}: bounded attempts with
 * back-off, each over every endpoint) on the database the session last selected with {@code USE}, with the
 * configured time zone and application name, and then goes out on it.
 *
 * <p>What was in flight when the socket went away is not re-sent: the server may have applied it, so the caller
 * gets the {@link ConnectionError}. The exceptions are safe because they change nothing on the server: a
 * read-only statement ({@code SELECT}, {@code SHOW}, {@code DESCRIBE}) whose reply head was lost is sent once
 * more on a new socket, and so are a {@code prepare} and a prepared statement's bind (the server writes a batch
 * only on its exec). A prepared statement whose socket is gone is prepared again on the new one before its next
 * batch. Results belong to the socket that made them and fail with {@link ConnectionError} once it is gone.
 */
final class ReconnectingConnection implements TransportConnection {

    private static final Pattern USE = Pattern.compile("\\s*use\\s+`?(\\w+)`?\\s*;?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern READ_ONLY = Pattern.compile("\\s*(select|show|describe|desc)\\b",
            Pattern.CASE_INSENSITIVE);
    private final TaosConfig config;
    private final Function<TaosConfig, WsConnection> connector;
    private final ReconnectAttempts attempts;
    private volatile WsConnection current;
    private volatile boolean closed;
    private String database;
    private int reconnects;

    ReconnectingConnection(TaosConfig config, WsConnection first, Function<TaosConfig, WsConnection> connector,
            ReconnectAttempts.Pause pause) {
        this.config = config;
        this.current = first;
        this.connector = connector;
        this.attempts = new ReconnectAttempts(config.reconnect(), pause);
        this.database = config.database().orElse(null);
    }

    @Override
    public QueryResponse query(String sql, long reqId) {
        QueryResponse response;
        WsConnection connection = live();
        try {
            response = connection.query(sql, reqId);
        } catch (ConnectionError e) {
            forgetIfLost(connection, e);
            if (!ConnectionLoss.isLoss(e) || !READ_ONLY.matcher(sql).lookingAt() || closed) {
                throw e;
            }
            response = live().query(sql, reqId);
        }
        Matcher use = USE.matcher(sql);
        if (use.lookingAt()) {
            database = use.group(1);
        }
        return response;
    }

    @Override
    public TransportStatement prepare(String sql, long reqId) {
        return new ReconnectingStatement(sql, prepareOnLiveSocket(sql, reqId));
    }

    private WsStatement prepareOnLiveSocket(String sql, long reqId) {
        WsConnection connection = live();
        try {
            return WsStatement.prepare(connection, sql, reqId);
        } catch (ConnectionError e) {
            forgetIfLost(connection, e);
            if (!ConnectionLoss.isLoss(e) || closed) {
                throw e;
            }
            WsConnection replacement = live();
            return WsStatement.prepare(replacement, sql, replacement.nextReqId());
        }
    }

    /** A prepared statement that follows the session from a lost socket to its replacement. */
    private final class ReconnectingStatement implements TransportStatement {

        private final String sql;
        private WsStatement statement;

        ReconnectingStatement(String sql, WsStatement statement) {
            this.sql = sql;
            this.statement = statement;
        }

        @Override
        public boolean isInsert() {
            return statement.isInsert();
        }

        @Override
        public List<BindField> fields() {
            return statement.fields();
        }

        @Override
        public long execute(List<BoundTable> tables, long reqId) {
            if (statement.connection().isClosed()) {
                prepareAgain();
            }
            try {
                statement.bind(tables, reqId);
            } catch (ConnectionError e) {
                forgetIfLost(statement.connection(), e);
                if (!ConnectionLoss.isLoss(e) || closed) {
                    throw e;
                }
                prepareAgain();
                statement.bind(tables, reqId);
            }
            // a loss from here on is the caller's to judge: the server may have written the batch
            return statement.exec();
        }

        /** The old statement went with its socket on the server: nothing to close there. */
        private void prepareAgain() {
            statement = prepareOnLiveSocket(sql, live().nextReqId());
        }

        @Override
        public void close() {
            statement.close();
        }
    }

    @Override
    public long schemalessInsert(String data, SchemalessProtocol protocol, SchemalessPrecision precision, int ttl,
            long reqId) {
        WsConnection connection = live();
        try {
            return connection.schemalessInsert(data, protocol, precision, ttl, reqId);
        } catch (ConnectionError e) {
            forgetIfLost(connection, e);
            throw e;
        }
    }

    /**
     * Closes a connection that reported its socket lost: the socket's reader may not have marked it yet, and the
     * next request must not go out on it.
     */
    private static void forgetIfLost(WsConnection connection, ConnectionError failure) {
        if (ConnectionLoss.isLoss(failure)) {
            connection.close();
        }
    }

    /** How many times a new socket replaced a lost one. */
    int reconnects() {
        return reconnects;
    }

    /** The session on a live socket: the current one, or a new one when it is gone. */
    private WsConnection live() {
        if (closed) {
            throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "connection is closed");
        }
        WsConnection connection = current;
        if (!connection.isClosed()) {
            return connection;
        }
        connection = reconnect();
        current = connection;
        reconnects++;
        if (closed) {
            connection.close();
        }
        return connection;
    }

    private WsConnection reconnect() {
        TaosConfig target = config.toBuilder().database(database).build();
        return attempts.open("connection", () -> connector.apply(target));
    }

    @Override
    public String serverVersion() {
        return current.serverVersion();
    }

    /** Closed only by {@link #close()}: a lost socket is replaced on the next request. */
    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        current.close();
    }
}
