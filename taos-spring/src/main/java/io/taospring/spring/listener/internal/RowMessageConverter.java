package io.taospring.spring.listener.internal;

import java.util.Map;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.SmartMessageConverter;

/** Converts a row payload (a {@code Map} of column values) to the type a listener method's parameter wants. */
final class RowMessageConverter implements SmartMessageConverter {

    private final RowConverter rows;

    RowMessageConverter(RowConverter rows) {
        this.rows = rows;
    }

    @Override
    public Object fromMessage(Message<?> message, Class<?> targetClass) {
        if (message.getPayload() instanceof Map<?, ?> row && !targetClass.isInstance(row)) {
            return rows.convert(columns(row), targetClass);
        }
        return null;
    }

    @Override
    public Object fromMessage(Message<?> message, Class<?> targetClass, Object conversionHint) {
        return fromMessage(message, targetClass);
    }

    @Override
    public Message<?> toMessage(Object payload, MessageHeaders headers) {
        return null;
    }

    @Override
    public Message<?> toMessage(Object payload, MessageHeaders headers, Object conversionHint) {
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> columns(Map<?, ?> row) {
        return (Map<String, Object>) row;
    }
}
