package io.taospring.spring.listener.internal;

import java.util.Map;
import org.springframework.messaging.MessageHeaders;

/**
 * Headers without the generated id and timestamp: a listener message lives for one invocation, and a random
 * UUID per row is measurable at hundreds of thousands of rows per second (spring-kafka does the same).
 */
final class ListenerMessageHeaders extends MessageHeaders {

    private static final long serialVersionUID = 1L;

    ListenerMessageHeaders(Map<String, Object> headers) {
        super(headers, ID_VALUE_NONE, -1L);
    }
}
