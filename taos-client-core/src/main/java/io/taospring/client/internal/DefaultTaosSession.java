package io.taospring.client.internal;

import io.taospring.client.TaosConfig;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.StatementError;
import io.taospring.client.observation.RequestInfo;
import io.taospring.client.observation.RequestObserver;
import io.taospring.client.stmt.TaosStatement;
import io.taospring.client.schemaless.SchemalessWriter;
import io.taospring.client.transport.QueryResponse;
import io.taospring.client.transport.TransportConnection;
import io.taospring.client.transport.TransportStatement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A session over one transport connection. */
final class DefaultTaosSession implements TaosSession {

    /** A session that switched databases cannot hand its connection to the next session. */
    private static final Pattern USE_STATEMENT = Pattern.compile("\\s*use\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern USE_STATEMENT_TARGET = Pattern.compile("\\s*use\\s+`?(\\w+)`?\\s*;?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final TaosConfig config;
    private final RequestObserver observer;
    private final TransportConnection connection;
    private final ReqIdGenerator reqIds;
    private final BiConsumer<TransportConnection, Boolean> release;
    private final Set<DefaultTaosResult> openResults = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<DefaultTaosStatement> openStatements = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean closed;
    private boolean changedServerState;
    private String database;

    DefaultTaosSession(TaosConfig config, TransportConnection connection, ReqIdGenerator reqIds,
            BiConsumer<TransportConnection, Boolean> release) {
        this.config = config;
        this.observer = config.requestObserver();
        this.database = config.database().orElse(null);
        this.connection = connection;
        this.reqIds = reqIds;
        this.release = release;
    }

    @Override
    public long execute(String sql) {
        return execute(sql, nextReqId());
    }

    @Override
    public long execute(String sql, long reqId) {
        try (QueryResponse response = send(sql, reqId)) {
            return response.affectedRows();
        }
    }

    @Override
    public long executeMany(String sql, List<? extends List<?>> parameterRows) {
        Objects.requireNonNull(parameterRows, "parameterRows");
        SqlTemplate template = SqlTemplate.parse(sql);
        long affected = 0;
        for (List<?> row : parameterRows) {
            affected += execute(template.render(row));
        }
        return affected;
    }

    @Override
    public TaosResult query(String sql) {
        return query(sql, nextReqId());
    }

    @Override
    public TaosResult query(String sql, long reqId) {
        DefaultTaosResult result = new DefaultTaosResult(send(sql, reqId), config.effectiveZone(), openResults::remove);
        openResults.add(result);
        return result;
    }

    @Override
    public TaosStatement prepare(String sql) {
        Objects.requireNonNull(sql, "sql");
        ensureOpen();
        TransportStatement prepared = connection.prepare(sql, nextReqId());
        if (!prepared.isInsert()) {
            prepared.close();
            throw new StatementError(DefaultTaosStatement.STMT_API_USAGE, "only INSERT statements can be prepared"
                    + " for binding; run queries with query()", 0, sql, null);
        }
        DefaultTaosStatement statement = new DefaultTaosStatement(sql, prepared, reqIds, openStatements::remove);
        openStatements.add(statement);
        return statement;
    }

    private long nextReqId() {
        return observer == RequestObserver.NONE ? reqIds.next() : observer.reqId(reqIds.next());
    }

    private QueryResponse send(String sql, long reqId) {
        Objects.requireNonNull(sql, "sql");
        if (reqId == 0) {
            throw new IllegalArgumentException("reqId must not be 0");
        }
        ensureOpen();
        if (USE_STATEMENT.matcher(sql).lookingAt()) {
            changedServerState = true;
        }
        return observer == RequestObserver.NONE ? connection.query(sql, reqId) : observed(sql, reqId);
    }

    private QueryResponse observed(String sql, long reqId) {
        RequestInfo request = new RequestInfo(sql, reqId, database, config.connectionType(), config.endpoint());
        QueryResponse response = ObservedResponse.observe(observer.start(request), () -> connection.query(sql, reqId));
        trackDatabase(sql);
        return response;
    }

    /** Keeps the current database for observers after a successful {@code USE}. */
    private void trackDatabase(String sql) {
        Matcher use = USE_STATEMENT_TARGET.matcher(sql);
        if (use.lookingAt()) {
            database = use.group(1);
        }
    }

    @Override
    public SchemalessWriter schemaless() {
        ensureOpen();
        return new SessionSchemalessWriter((data, protocol, precision, ttl, reqId) -> {
            ensureOpen();
            return connection.schemalessInsert(data, protocol, precision, ttl, reqId);
        }, reqIds);
    }

    @Override
    public String serverVersion() {
        ensureOpen();
        return connection.serverVersion();
    }

    @Override
    public TaosConfig config() {
        return config;
    }

    @Override
    public boolean isClosed() {
        return closed || connection.isClosed();
    }

    private void ensureOpen() {
        if (isClosed()) {
            throw new ConnectionError(ErrorCodes.CONNECTION_CLOSED, "session is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (DefaultTaosResult result : List.copyOf(openResults)) {
                result.close();
            }
            for (DefaultTaosStatement statement : List.copyOf(openStatements)) {
                statement.close();
            }
        } finally {
            release.accept(connection, !changedServerState);
        }
    }
}
