package io.taospring.spring.mapping;

import io.taospring.client.Precision;
import io.taospring.client.TaosSession;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.stmt.TaosStatement;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes entities through parameter binding: rows grouped by child table, each table's properties bound as
 * whole columns (primitive properties read without boxing), one execute per {@link #ROWS_PER_EXECUTE} rows.
 * Over a transport without binding (REST) rows are written as rendered SQL instead.
 *
 * @param <T> the entity type
 */
public final class EntityWriter<T> {

    /** Rows sent per execute: large enough to amortise the round trip, small enough to bound the frame. */
    public static final int ROWS_PER_EXECUTE = 100_000;

    private final EntityMetadata<T> metadata;

    /** A writer for the entities {@code metadata} describes. */
    public EntityWriter(EntityMetadata<T> metadata) {
        this.metadata = metadata;
    }

    /**
     * Writes {@code entities} on {@code session}.
     *
     * @return the rows written
     */
    public long write(TaosSession session, Collection<? extends T> entities) {
        if (entities.isEmpty()) {
            return 0;
        }
        Map<String, List<T>> byTable = new LinkedHashMap<>();
        for (T entity : entities) {
            byTable.computeIfAbsent(metadata.tableNameOf(entity), name -> new ArrayList<>()).add(entity);
        }
        TaosStatement stmt;
        try {
            stmt = session.prepare(metadata.insertSql());
        } catch (InterfaceError e) {
            if (e.errno() != ErrorCodes.UNSUPPORTED) {
                throw e;
            }
            return writeRendered(session, byTable);
        }
        try (stmt) {
            return writeBound(stmt, byTable);
        }
    }

    private long writeBound(TaosStatement stmt, Map<String, List<T>> byTable) {
        Precision precision = Precision.fromCode(stmt.columnFields().get(0).precision());
        long written = 0;
        int pending = 0;
        for (Map.Entry<String, List<T>> table : byTable.entrySet()) {
            List<T> rows = table.getValue();
            stmt.setTableName(table.getKey());
            if (!metadata.tags().isEmpty()) {
                stmt.setTags(metadata.tagValues(rows.get(0)));
            }
            stmt.bindTimestamps(timestamps(rows, precision));
            for (int c = 0; c < metadata.columns().size(); c++) {
                bindColumn(stmt, c + 1, metadata.columns().get(c), rows);
            }
            stmt.addBatch();
            pending += rows.size();
            if (pending >= ROWS_PER_EXECUTE) {
                written += stmt.execute();
                pending = 0;
            }
        }
        return pending > 0 ? written + stmt.execute() : written;
    }

    private long[] timestamps(List<T> rows, Precision precision) {
        EntityProperty ts = metadata.timestamp();
        long[] values = new long[rows.size()];
        if (ts.type() == long.class) {
            MethodHandle getter = ts.getter().asType(MethodType.methodType(long.class, Object.class));
            for (int i = 0; i < values.length; i++) {
                values[i] = readLong(getter, rows.get(i));
            }
            return values;
        }
        for (int i = 0; i < values.length; i++) {
            Object value = ts.get(rows.get(i));
            if (value instanceof Instant instant) {
                values[i] = precision.fromInstant(instant);
            } else if (value instanceof Date date) {
                values[i] = precision.fromInstant(date.toInstant());
            } else if (value instanceof Long units) {
                values[i] = units;
            } else {
                throw new IllegalArgumentException("the @TimestampColumn of " + rows.get(i) + " is " + value
                        + "; expected an Instant, a Date or a long in the database precision");
            }
        }
        return values;
    }

    /** Binds one property of every row as a column: primitives straight into arrays, the rest boxed. */
    private static void bindColumn(TaosStatement stmt, int column, EntityProperty property, List<?> rows) {
        Class<?> type = property.type();
        int n = rows.size();
        if (type == long.class) {
            MethodHandle getter = property.getter().asType(MethodType.methodType(long.class, Object.class));
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = readLong(getter, rows.get(i));
            }
            stmt.bindLongs(column, values);
        } else if (type == int.class) {
            MethodHandle getter = property.getter().asType(MethodType.methodType(int.class, Object.class));
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = readInt(getter, rows.get(i));
            }
            stmt.bindInts(column, values);
        } else if (type == float.class) {
            MethodHandle getter = property.getter().asType(MethodType.methodType(float.class, Object.class));
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = readFloat(getter, rows.get(i));
            }
            stmt.bindFloats(column, values);
        } else if (type == double.class) {
            MethodHandle getter = property.getter().asType(MethodType.methodType(double.class, Object.class));
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = readDouble(getter, rows.get(i));
            }
            stmt.bindDoubles(column, values);
        } else {
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                values[i] = property.get(rows.get(i));
            }
            stmt.bindObjects(column, values);
        }
    }

    private static long readLong(MethodHandle getter, Object row) {
        try {
            return (long) getter.invokeExact(row);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static int readInt(MethodHandle getter, Object row) {
        try {
            return (int) getter.invokeExact(row);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static float readFloat(MethodHandle getter, Object row) {
        try {
            return (float) getter.invokeExact(row);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static double readDouble(MethodHandle getter, Object row) {
        try {
            return (double) getter.invokeExact(row);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("cannot read a property", e);
    }

    /** Without binding: one rendered INSERT per row, in table order, the table name written as an identifier. */
    private long writeRendered(TaosSession session, Map<String, List<T>> byTable) {
        long written = 0;
        for (Map.Entry<String, List<T>> table : byTable.entrySet()) {
            boolean tagged = !metadata.tags().isEmpty();
            String sql = tagged ? metadata.insertSql().replaceFirst("\\?", quoted(table.getKey()))
                    : metadata.insertSql();
            List<List<Object>> parameterRows = new ArrayList<>();
            for (T row : table.getValue()) {
                List<Object> parameters = new ArrayList<>();
                if (tagged) {
                    parameters.addAll(java.util.Arrays.asList(metadata.tagValues(row)));
                } else {
                    parameters.add(table.getKey());
                }
                parameters.add(metadata.timestamp().get(row));
                metadata.columns().forEach(column -> parameters.add(column.get(row)));
                parameterRows.add(parameters);
            }
            written += session.executeMany(sql, parameterRows);
        }
        return written;
    }

    private static String quoted(String tableName) {
        if (tableName.indexOf('`') >= 0) {
            throw new IllegalArgumentException("table name " + tableName + " contains a back quote");
        }
        int dot = tableName.indexOf('.');
        return dot < 0 ? "`" + tableName + "`"
                : "`" + tableName.substring(0, dot) + "`.`" + tableName.substring(dot + 1) + "`";
    }
}
