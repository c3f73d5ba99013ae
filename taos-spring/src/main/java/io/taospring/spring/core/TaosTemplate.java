package io.taospring.spring.core;

import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.TaosException;
import io.taospring.spring.support.TaosExceptionTranslator;
import java.sql.Connection;
import java.sql.SQLException;
import io.taospring.spring.mapping.EntityMetadata;
import io.taospring.spring.mapping.EntityRowMapper;
import io.taospring.spring.mapping.EntityWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * {@link JdbcTemplate} for TDengine: the whole JdbcTemplate API on a TDengine {@link DataSource}
 * (this client's {@link io.taospring.client.jdbc.TaosDataSource}, pooled or not), errors translated by
 * TDengine error code ({@link TaosExceptionTranslator}), plus TDengine's extras: streaming large results,
 * {@link #executeMany}, statements with a caller-chosen {@code reqId}, and the session behind the
 * connection.
 *
 * <pre>{@code
 * try (Stream<Meter> meters = taos.stream("select ts, current from meters", meterMapper)) {
 *     meters.forEach(exporter::write);
 * }
 * }</pre>
 */
public class TaosTemplate extends JdbcTemplate {

    private final Map<Class<?>, EntityMetadata<?>> entities = new ConcurrentHashMap<>();

    /** A template without a DataSource; set one and call {@link #afterPropertiesSet()}. */
    public TaosTemplate() {
        setExceptionTranslator(new TaosExceptionTranslator());
    }

    /** A template on {@code dataSource}, ready to use. */
    public TaosTemplate(DataSource dataSource) {
        this();
        setDataSource(dataSource);
        afterPropertiesSet();
    }

    /**
     * Streams the rows of a query in constant memory: TDengine's blocks are fetched as the stream is
     * consumed. The stream holds a connection until it is closed: use try-with-resources, or
     * {@link #withStream(String, RowMapper, Function)}.
     */
    public <T> Stream<T> stream(String sql, RowMapper<T> rowMapper, Object... args) {
        return queryForStream(sql, rowMapper, args);
    }

    /** Streams the rows of a query to {@code consumer} and closes the stream when it returns. */
    public <T, R> R withStream(String sql, RowMapper<T> rowMapper, Function<? super Stream<T>, R> consumer) {
        try (Stream<T> rows = queryForStream(sql, rowMapper)) {
            return consumer.apply(rows);
        }
    }

    /**
     * Runs {@code sql} once per row of parameters, each {@code ?} replaced by the row's value as an
     * escaped SQL literal (the seed's {@code execute_many}).
     *
     * @return the sum of the affected rows
     */
    public long executeMany(String sql, List<? extends List<?>> parameterRows) {
        Objects.requireNonNull(parameterRows, "parameterRows");
        return inSession(session -> session.executeMany(sql, parameterRows), sql);
    }

    /** Runs a statement with the given request id, which the server logs; returns the affected rows. */
    public long execute(long reqId, String sql) {
        return inSession(session -> session.execute(sql, reqId), sql);
    }

    /** Runs a query with the given request id and maps each row. */
    public <T> List<T> query(long reqId, String sql, TaosRowMapper<T> rowMapper) {
        return inSession(session -> mapAll(session.query(sql, reqId), rowMapper), sql);
    }

    /**
     * Writes entities of a {@link io.taospring.spring.mapping.SuperTable @SuperTable} class or record through
     * parameter binding: rows grouped by child table (auto-created with the entity's tags), each table's
     * properties bound as columns, sent in a few large executes.
     *
     * <pre>{@code
     * long written = taos.write(Meter.class, meters);
     * }</pre>
     *
     * @return the rows written
     */
    public <T> long write(Class<T> type, Collection<? extends T> entities) {
        Objects.requireNonNull(entities, "entities");
        EntityWriter<T> writer = new EntityWriter<>(metadata(type));
        return inSession(session -> writer.write(session, entities), null);
    }

    /** A row mapper filling {@code type}'s properties from the columns, tags and {@code tbname} of a result. */
    public <T> RowMapper<T> rowMapper(Class<T> type) {
        return new EntityRowMapper<>(metadata(type));
    }

    /** Runs a query and maps every row to {@code type} with {@link #rowMapper(Class)}. */
    public <T> List<T> query(Class<T> type, String sql, Object... args) {
        return query(sql, rowMapper(type), args);
    }

    @SuppressWarnings("unchecked")
    private <T> EntityMetadata<T> metadata(Class<T> type) {
        return (EntityMetadata<T>) entities.computeIfAbsent(type, EntityMetadata::of);
    }

    /**
     * Runs {@code action} on the session behind the current connection (TDengine-only features). Named
     * apart from JdbcTemplate's {@code execute} overloads so that a lambda argument is never ambiguous.
     */
    public <T> T executeInSession(TaosSessionCallback<T> action) {
        return inSession(action, null);
    }

    private <T> T inSession(TaosSessionCallback<T> action, String sql) {
        DataSource dataSource = obtainDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return action.doInSession(connection.unwrap(TaosSession.class));
        } catch (TaosException e) {
            throw translator().translate("TaosSessionCallback", sql, e);
        } catch (SQLException e) {
            throw translateException("TaosSessionCallback", sql, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private TaosExceptionTranslator translator() {
        return getExceptionTranslator() instanceof TaosExceptionTranslator taos ? taos : new TaosExceptionTranslator();
    }

    private static <T> List<T> mapAll(TaosResult result, TaosRowMapper<T> rowMapper) {
        try (result) {
            List<T> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(rowMapper.mapRow(result, rows.size()));
            }
            return rows;
        }
    }
}
