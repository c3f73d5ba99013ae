package io.taospring.spring.mapping;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an annotated class or record maps to: its super table, child-table name, tags, timestamp and
 * columns, read once with reflection and then used through method handles.
 *
 * @param <T> the entity type
 */
public final class EntityMetadata<T> {

    private final Class<T> type;
    private final String superTable;
    private final EntityProperty tableName;
    private final List<EntityProperty> tags;
    private final EntityProperty timestamp;
    private final List<EntityProperty> columns;
    private final MethodHandle constructor;
    private final List<EntityProperty> properties;

    private EntityMetadata(Class<T> type, String superTable, List<EntityProperty> properties,
            MethodHandle constructor) {
        this.type = type;
        this.superTable = superTable;
        this.tableName = properties.stream().filter(p -> p.role() == EntityProperty.Role.TABLE_NAME).findFirst()
                .orElse(null);
        this.tags = properties.stream().filter(p -> p.role() == EntityProperty.Role.TAG).toList();
        this.timestamp = properties.stream().filter(p -> p.role() == EntityProperty.Role.TIMESTAMP).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no @TimestampColumn"));
        this.columns = properties.stream().filter(p -> p.role() == EntityProperty.Role.COLUMN).toList();
        this.constructor = constructor;
        this.properties = List.copyOf(properties);
        if (tableName == null && tags.isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " needs a @TableName property or @Tag properties"
                    + " to name its child tables");
        }
    }

    /**
     * Reads the mapping of {@code type}.
     *
     * @throws IllegalArgumentException when {@code type} lacks {@code @SuperTable} or a {@code @TimestampColumn}
     */
    public static <T> EntityMetadata<T> of(Class<T> type) {
        SuperTable stable = type.getAnnotation(SuperTable.class);
        if (stable == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated with @SuperTable");
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            List<EntityProperty> properties = new ArrayList<>();
            for (Field field : fields(type)) {
                properties.add(property(lookup, field, type.isRecord()));
            }
            return new EntityMetadata<>(type, stable.value(), properties, constructor(lookup, type));
        } catch (IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalArgumentException("cannot access the properties of " + type.getName(), e);
        }
    }

    private static List<Field> fields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
                .toList();
    }

    private static EntityProperty property(MethodHandles.Lookup lookup, Field field, boolean record)
            throws IllegalAccessException {
        MethodHandle getter = lookup.unreflectGetter(field);
        MethodHandle setter = record ? null : lookup.unreflectSetter(field);
        EntityProperty.Role role;
        String name;
        if (field.isAnnotationPresent(TableName.class)) {
            role = EntityProperty.Role.TABLE_NAME;
            name = "tbname";
        } else if (field.isAnnotationPresent(Tag.class)) {
            role = EntityProperty.Role.TAG;
            name = orDefault(field.getAnnotation(Tag.class).value(), field.getName());
        } else if (field.isAnnotationPresent(TimestampColumn.class)) {
            role = EntityProperty.Role.TIMESTAMP;
            name = orDefault(field.getAnnotation(TimestampColumn.class).value(), field.getName());
        } else {
            role = EntityProperty.Role.COLUMN;
            Column column = field.getAnnotation(Column.class);
            name = orDefault(column == null ? "" : column.value(), field.getName());
        }
        return new EntityProperty(name, role, field.getType(), getter, setter);
    }

    private static String orDefault(String annotated, String property) {
        return annotated.isEmpty() ? snakeCase(property) : annotated;
    }

    /** {@code voltageMax} becomes {@code voltage_max}. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static MethodHandle constructor(MethodHandles.Lookup lookup, Class<?> type)
            throws NoSuchMethodException, IllegalAccessException {
        if (type.isRecord()) {
            Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            return lookup.findConstructor(type, MethodType.methodType(void.class, parameters));
        }
        Constructor<?> noArgs = type.getDeclaredConstructor();
        return lookup.unreflectConstructor(noArgs);
    }

    /** The entity type. */
    public Class<T> type() {
        return type;
    }

    /** The super table, possibly {@code db.stable}. */
    public String superTable() {
        return superTable;
    }

    /** The tag properties in declaration order. */
    public List<EntityProperty> tags() {
        return tags;
    }

    /** The timestamp property. */
    public EntityProperty timestamp() {
        return timestamp;
    }

    /** The data-column properties in declaration order (the timestamp excluded). */
    public List<EntityProperty> columns() {
        return columns;
    }

    /** Every property in declaration order, as a record's canonical constructor takes them. */
    public List<EntityProperty> properties() {
        return properties;
    }

    /**
     * The INSERT this entity is written with: {@code INSERT INTO ? USING stb (tags) TAGS(?..) (ts, cols)
     * VALUES(?..)}, or without tags {@code INSERT INTO stb (tbname, ts, cols) VALUES(?..)}.
     */
    public String insertSql() {
        String columnList = timestamp.name() + columns.stream().map(c -> ", " + c.name()).collect(Collectors.joining());
        String values = "?" + ", ?".repeat(columns.size());
        if (tags.isEmpty()) {
            return "INSERT INTO " + superTable + " (tbname, " + columnList + ") VALUES (?, " + values + ")";
        }
        String tagList = tags.stream().map(EntityProperty::name).collect(Collectors.joining(", "));
        return "INSERT INTO ? USING " + superTable + " (" + tagList + ") TAGS (?" + ", ?".repeat(tags.size() - 1)
                + ") (" + columnList + ") VALUES (" + values + ")";
    }

    /** The child table of {@code entity}: its {@code @TableName}, or the super table and tag values joined by {@code _}. */
    public String tableNameOf(T entity) {
        if (tableName != null) {
            Object name = tableName.get(entity);
            if (name == null) {
                throw new IllegalArgumentException("the @TableName of " + entity + " is null");
            }
            return name.toString();
        }
        StringBuilder name = new StringBuilder(superTable.substring(superTable.indexOf('.') + 1));
        for (EntityProperty tag : tags) {
            name.append('_').append(String.valueOf(tag.get(entity)).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9_]", "_"));
        }
        return name.toString();
    }

    /** The tag values of {@code entity}, in tag order. */
    public Object[] tagValues(T entity) {
        Object[] values = new Object[tags.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = tags.get(i).get(entity);
        }
        return values;
    }

    /** A new entity from property values in {@link #properties()} order. */
    T newInstance(Object[] values, List<EntityProperty> order) {
        try {
            if (type.isRecord()) {
                return type.cast(constructor.invokeWithArguments(values));
            }
            Object entity = constructor.invoke();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null || !order.get(i).type().isPrimitive()) {
                    order.get(i).setter().invoke(entity, values[i]);
                }
            }
            return type.cast(entity);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot create a " + type.getName(), e);
        }
    }
}
