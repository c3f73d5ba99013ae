package io.taospring.spring.mapping;

import java.lang.invoke.MethodHandle;

/**
 * One mapped property of an entity.
 *
 * @param name     the column, tag or table-name label in TDengine
 * @param role     what it maps to
 * @param type     the Java type of the property
 * @param getter   reads the property: {@code (Object) -> type}
 * @param setter   writes it on a mutable class ({@code (Object, type) -> void}); null for records
 */
public record EntityProperty(String name, Role role, Class<?> type, MethodHandle getter, MethodHandle setter) {

    /** What a property maps to. */
    public enum Role {
        /** The child table name ({@code tbname}). */
        TABLE_NAME,
        /** A tag. */
        TAG,
        /** The primary timestamp. */
        TIMESTAMP,
        /** A data column. */
        COLUMN
    }

    /** Reads the property of {@code entity}, boxed. */
    public Object get(Object entity) {
        try {
            return getter.invoke(entity);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + name + " of " + entity, e);
        }
    }
}
