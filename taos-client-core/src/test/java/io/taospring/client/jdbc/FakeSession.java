package io.taospring.client.jdbc;

import io.taospring.client.Precision;
import io.taospring.client.TaosConfig;
import io.taospring.client.TaosField;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A scripted session: records every statement and answers by the longest matching SQL prefix (updates of 0 else). */
final class FakeSession implements TaosSession {

    final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Supplier<TaosResult>> answers = new LinkedHashMap<>();
    private final TaosConfig config;
    private volatile boolean closed;

    FakeSession() {
        this(TaosConfig.builder().timezone(ZoneId.of("UTC")).build());
    }

    FakeSession(TaosConfig config) {
        this.config = config;
    }

    FakeSession rows(String sqlPrefix, MetadataTable table) {
        return rows(sqlPrefix, table, Precision.MILLISECONDS);
    }

    FakeSession rows(String sqlPrefix, MetadataTable table, Precision precision) {
        answers.put(sqlPrefix, () -> new BlockResult(table, precision, config.effectiveZone()));
        return this;
    }

    FakeSession update(String sqlPrefix, long affected) {
        answers.put(sqlPrefix, () -> new UpdateResult(affected));
        return this;
    }

    FakeSession answer(String sqlPrefix, Supplier<TaosResult> answer) {
        answers.put(sqlPrefix, answer);
        return this;
    }

    @Override
    public TaosResult query(String sql) {
        sent.add(sql);
        String best = null;
        for (String prefix : answers.keySet()) {
            if (sql.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? new UpdateResult(0) : answers.get(best).get();
    }

    private java.util.function.Function<String, io.taospring.client.stmt.TaosStatement> preparer;

    /** Answers {@link #prepare} with {@code preparer}; without one the session is like REST (no binding). */
    FakeSession preparing(java.util.function.Function<String, io.taospring.client.stmt.TaosStatement> preparer) {
        this.preparer = preparer;
        return this;
    }

    @Override
    public io.taospring.client.stmt.TaosStatement prepare(String sql) {
        if (preparer == null) {
            throw new io.taospring.client.error.InterfaceError(io.taospring.client.error.ErrorCodes.UNSUPPORTED,
                    "no parameter binding in the fake session");
        }
        return preparer.apply(sql);
    }

    @Override
    public TaosResult query(String sql, long reqId) {
        return query(sql);
    }

    @Override
    public long execute(String sql) {
        try (TaosResult result = query(sql)) {
            return result.affectedRows();
        }
    }

    @Override
    public long execute(String sql, long reqId) {
        return execute(sql);
    }

    @Override
    public long executeMany(String sql, List<? extends List<?>> parameterRows) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String serverVersion() {
        return "3.3.6.13";
    }

    @Override
    public TaosConfig config() {
        return config;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** The answer to a statement without rows. */
    static final class UpdateResult implements TaosResult {
        private final long affected;

        UpdateResult(long affected) {
            this.affected = affected;
        }

        @Override
        public List<TaosField> fields() {
            return List.of();
        }

        @Override
        public int columnIndex(String name) {
            return -1;
        }

        @Override
        public Precision precision() {
            return Precision.MILLISECONDS;
        }

        @Override
        public long affectedRows() {
            return affected;
        }

        @Override
        public long reqId() {
            return 1;
        }

        @Override
        public boolean next() {
            return false;
        }

        private static UnsupportedOperationException noRows() {
            return new UnsupportedOperationException("an update has no rows");
        }

        @Override
        public boolean isNull(int column) {
            throw noRows();
        }

        @Override
        public boolean getBoolean(int column) {
            throw noRows();
        }

        @Override
        public byte getByte(int column) {
            throw noRows();
        }

        @Override
        public short getShort(int column) {
            throw noRows();
        }

        @Override
        public int getInt(int column) {
            throw noRows();
        }

        @Override
        public long getLong(int column) {
            throw noRows();
        }

        @Override
        public float getFloat(int column) {
            throw noRows();
        }

        @Override
        public double getDouble(int column) {
            throw noRows();
        }

        @Override
        public BigDecimal getBigDecimal(int column) {
            throw noRows();
        }

        @Override
        public BigInteger getBigInteger(int column) {
            throw noRows();
        }

        @Override
        public String getString(int column) {
            throw noRows();
        }

        @Override
        public byte[] getBytes(int column) {
            throw noRows();
        }

        @Override
        public Instant getInstant(int column) {
            throw noRows();
        }

        @Override
        public LocalDateTime getLocalDateTime(int column) {
            throw noRows();
        }

        @Override
        public OffsetDateTime getOffsetDateTime(int column) {
            throw noRows();
        }

        @Override
        public Object getObject(int column) {
            throw noRows();
        }

        @Override
        public <T> T getObject(int column, Class<T> type) {
            throw noRows();
        }

        @Override
        public List<Map<String, Object>> toMaps() {
            return List.of();
        }

        @Override
        public boolean isClosed() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
