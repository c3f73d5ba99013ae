package io.taospring.spring.listener.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.DataBinder;

/**
 * Turns a row (values by column name) into a record or a JavaBean, matching a component or property
 * {@code voltageMax} to a column {@code voltageMax}, {@code voltagemax} or {@code voltage_max}, and converting
 * values with a {@link ConversionService}; unknown columns are ignored, missing ones left null (0 for
 * primitives). Records go through a plan made once per type (their canonical constructor and the column each
 * component reads), because conversion runs per row; JavaBeans through Spring's {@link DataBinder}.
 */
final class RowConverter {

    private final ConversionService conversions = DefaultConversionService.getSharedInstance();
    private final Map<Class<?>, Function<Map<String, Object>, Object>> plans = new ConcurrentHashMap<>();

    <T> T convert(Map<String, Object> row, Class<T> type) {
        return type.cast(plans.computeIfAbsent(type, this::plan).apply(row));
    }

    private Function<Map<String, Object>, Object> plan(Class<?> type) {
        return type.isRecord() ? recordPlan(type) : row -> bind(row, type);
    }

    private Function<Map<String, Object>, Object> recordPlan(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        String[][] columns = new String[components.length][];
        for (int i = 0; i < components.length; i++) {
            types[i] = ClassUtils.resolvePrimitiveIfNecessary(components[i].getType());
            String name = components[i].getName();
            columns[i] = new String[] {name, name.toLowerCase(Locale.ROOT), snakeCase(name)};
        }
        Constructor<?> constructor = canonicalConstructor(type, components);
        return row -> {
            Object[] arguments = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                arguments[i] = convert(lookup(row, columns[i]), types[i]);
            }
            return BeanUtils.instantiateClass(constructor, arguments);
        };
    }

    private static Constructor<?> canonicalConstructor(Class<?> type, RecordComponent[] components) {
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameters[i] = components[i].getType();
        }
        try {
            return type.getDeclaredConstructor(parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
        }
    }

    private static Object lookup(Map<String, Object> row, String[] columns) {
        for (String column : columns) {
            Object value = row.get(column);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private Object convert(Object value, Class<?> type) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        try {
            return conversions.convert(value, type);
        } catch (RuntimeException e) {
            throw new MessageConversionException("cannot convert " + value + " to " + type.getName(), e);
        }
    }

    private Object bind(Map<String, Object> row, Class<?> type) {
        Map<String, Object> byName = byPropertyName(row);
        DataBinder binder = new DataBinder(null);
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(conversions);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> parameterType) {
                return byName.get(name);
            }

            @Override
            public Set<String> getNames() {
                return byName.keySet();
            }
        });
        if (binder.getTarget() != null) {
            binder.bind(new MutablePropertyValues(byName));
        }
        if (binder.getBindingResult().hasErrors() || binder.getTarget() == null) {
            throw new MessageConversionException("cannot convert " + row + " to " + type.getName() + ": "
                    + binder.getBindingResult().getAllErrors());
        }
        return binder.getTarget();
    }

    private static Map<String, Object> byPropertyName(Map<String, Object> row) {
        Map<String, Object> byName = new HashMap<>();
        row.forEach((column, value) -> {
            byName.put(column, value);
            byName.putIfAbsent(camelCase(column), value);
        });
        return byName;
    }

    /** {@code voltage_max} becomes {@code voltageMax}. */
    static String camelCase(String column) {
        StringBuilder out = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code voltageMax} becomes {@code voltage_max}. */
    static String snakeCase(String property) {
        StringBuilder out = new StringBuilder(property.length() + 4);
        for (char c : property.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
