package io.taospring.spring.listener.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.validation.DataBinder;

/**
 * Turns a row (values by column name) into a record or a JavaBean with Spring's {@link DataBinder}:
 * constructor arguments and properties are matched by name, a column {@code voltage_max} also as
 * {@code voltageMax}; values are converted by a {@link ConversionService}. Unknown columns are ignored.
 */
final class RowConverter {

    private final ConversionService conversions = DefaultConversionService.getSharedInstance();

    <T> T convert(Map<String, Object> row, Class<T> type) {
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
        if (!type.isRecord() && binder.getTarget() != null) {
            binder.bind(new MutablePropertyValues(byName));
        }
        if (binder.getBindingResult().hasErrors() || binder.getTarget() == null) {
            throw new MessageConversionException("cannot convert " + row + " to " + type.getName() + ": "
                    + binder.getBindingResult().getAllErrors());
        }
        return type.cast(binder.getTarget());
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
}
