package io.taospring.spring.mapping;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.RowMapper;

/**
 * Maps rows to entities by column label: {@code tbname}, tags, the timestamp and the columns, in any order;
 * a property without a column in the result stays null (or 0). The label-to-property plan is made once per
 * result set. Thread-safe only per result set, like any row mapper used by one query at a time.
 *
 * @param <T> the entity type
 */
public final class EntityRowMapper<T> implements RowMapper<T> {

    private final EntityMetadata<T> metadata;
    private final List<EntityProperty> properties;
    private ResultSet planned;
    private int[] columnOf;

    /** A row mapper for the entities {@code metadata} describes. */
    public EntityRowMapper(EntityMetadata<T> metadata) {
        this.metadata = metadata;
        this.properties = metadata.properties();
    }

    @Override
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (rs != planned) {
            columnOf = plan(rs.getMetaData());
            planned = rs;
        }
        Object[] values = new Object[properties.size()];
        for (int p = 0; p < values.length; p++) {
            if (columnOf[p] > 0) {
                values[p] = read(rs, columnOf[p], properties.get(p).type());
            }
        }
        return metadata.newInstance(values, properties);
    }

    private int[] plan(ResultSetMetaData meta) throws SQLException {
        int[] plan = new int[properties.size()];
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            String label = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
            for (int p = 0; p < plan.length; p++) {
                if (plan[p] == 0 && properties.get(p).name().toLowerCase(Locale.ROOT).equals(label)) {
                    plan[p] = c;
                }
            }
        }
        return plan;
    }

    private static Object read(ResultSet rs, int column, Class<?> type) throws SQLException {
        Class<?> target = type.isPrimitive() ? boxed(type) : type;
        Object value = rs.getObject(column, target);
        return rs.wasNull() ? null : value;
    }

    private static Class<?> boxed(Class<?> primitive) {
        return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
    }
}
