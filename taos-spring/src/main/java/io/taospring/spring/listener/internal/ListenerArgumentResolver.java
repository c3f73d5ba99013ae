package io.taospring.spring.listener.internal;

import io.taospring.spring.listener.Acknowledgment;
import io.taospring.spring.listener.TaosHeaders;
import io.taospring.spring.listener.TaosRecord;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves the parameters that need no conversion from the message's headers: {@link Acknowledgment},
 * {@link TaosRecord} and, in batch listeners, {@code List<TaosRecord>}.
 */
final class ListenerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return header(parameter) != null;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, Message<?> message) {
        return message.getHeaders().get(header(parameter));
    }

    /** The header a parameter is resolved from, or null when it is not one of these. */
    static String header(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        if (type == Acknowledgment.class) {
            return TaosHeaders.ACKNOWLEDGMENT;
        }
        if (type == TaosRecord.class || isListOf(parameter, TaosRecord.class)) {
            return TaosHeaders.RECORD;
        }
        return null;
    }

    static boolean isListOf(MethodParameter parameter, Class<?> element) {
        return parameter.getParameterType() == List.class
                && ResolvableType.forMethodParameter(parameter).asCollection().resolveGeneric(0) == element;
    }
}
