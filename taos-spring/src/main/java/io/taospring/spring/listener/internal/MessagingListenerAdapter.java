package io.taospring.spring.listener.internal;

import io.taospring.spring.listener.Acknowledgment;
import io.taospring.spring.listener.TaosHeaders;
import io.taospring.spring.listener.TaosMessageListener;
import io.taospring.spring.listener.TaosRecord;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Headers;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;
import org.springframework.messaging.support.GenericMessage;

/**
 * Calls a {@code @TaosListener} method through spring-messaging: the records become a {@link Message} whose
 * payload is the row (a {@code Map}), or for batch listeners the list of rows already converted to the
 * method's element type, with the {@link TaosHeaders} as headers; the handler method's resolvers do the rest.
 */
final class MessagingListenerAdapter implements TaosMessageListener {

    /** Room for the seven headers without a resize. */
    private static final int HEADERS_CAPACITY = 16;

    private final InvocableHandlerMethod handler;
    private final boolean batch;
    private final Function<Map<String, Object>, Object> element;

    MessagingListenerAdapter(InvocableHandlerMethod handler, boolean batch, RowConverter rows) {
        this.handler = handler;
        this.batch = batch;
        this.element = batch ? elementConverter(handler.getMethod(), rows) : null;
    }

    /** How a batch listener's payload list is built: rows as maps, or converted to the list's element type. */
    private static Function<Map<String, Object>, Object> elementConverter(Method method, RowConverter rows) {
        for (int i = 0; i < method.getParameterCount(); i++) {
            MethodParameter parameter = new MethodParameter(method, i);
            if (parameter.hasParameterAnnotation(Header.class) || parameter.hasParameterAnnotation(Headers.class)
                    || ListenerArgumentResolver.header(parameter) != null) {
                continue;
            }
            if (parameter.getParameterType() != List.class) {
                throw new IllegalStateException("batch listener " + method + " must take its records as a List");
            }
            Class<?> type = ResolvableType.forMethodParameter(parameter).asCollection().resolveGeneric(0);
            if (type == null || type == Object.class || Map.class.isAssignableFrom(type)) {
                return row -> row;
            }
            return row -> rows.convert(row, type);
        }
        return row -> row;
    }

    @Override
    public boolean batch() {
        return batch;
    }

    @Override
    public void onMessage(List<TaosRecord> records, Acknowledgment acknowledgment) throws Exception {
        handler.invoke(batch ? batchMessage(records, acknowledgment) : recordMessage(records.get(0), acknowledgment));
    }

    private static Message<Object> recordMessage(TaosRecord record, Acknowledgment acknowledgment) {
        Map<String, Object> headers = new HashMap<>(HEADERS_CAPACITY);
        headers.put(TaosHeaders.TOPIC, record.topic());
        headers.put(TaosHeaders.DATABASE, record.database());
        headers.put(TaosHeaders.VGROUP_ID, record.vgroupId());
        headers.put(TaosHeaders.OFFSET, record.offset());
        headers.put(TaosHeaders.TABLE_NAME, record.tableName());
        headers.put(TaosHeaders.RECORD, record);
        headers.put(TaosHeaders.ACKNOWLEDGMENT, acknowledgment);
        return new GenericMessage<>(record.values(), new ListenerMessageHeaders(headers));
    }

    private Message<Object> batchMessage(List<TaosRecord> records, Acknowledgment acknowledgment) {
        List<Object> payload = new ArrayList<>(records.size());
        records.forEach(r -> payload.add(element.apply(r.values())));
        Map<String, Object> headers = new HashMap<>(HEADERS_CAPACITY);
        headers.put(TaosHeaders.TOPIC, records.stream().map(TaosRecord::topic).toList());
        headers.put(TaosHeaders.DATABASE, records.stream().map(TaosRecord::database).toList());
        headers.put(TaosHeaders.VGROUP_ID, records.stream().map(TaosRecord::vgroupId).toList());
        headers.put(TaosHeaders.OFFSET, records.stream().map(TaosRecord::offset).toList());
        headers.put(TaosHeaders.TABLE_NAME, records.stream().map(TaosRecord::tableName).toList());
        headers.put(TaosHeaders.RECORD, records);
        headers.put(TaosHeaders.ACKNOWLEDGMENT, acknowledgment);
        return new GenericMessage<>(payload, new ListenerMessageHeaders(headers));
    }

    @Override
    public String toString() {
        return "MessagingListenerAdapter{" + handler.getShortLogMessage() + (batch ? ", batch" : "") + "}";
    }
}
