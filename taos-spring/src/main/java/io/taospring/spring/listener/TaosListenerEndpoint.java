package io.taospring.spring.listener;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One listener as its container needs it: what a {@link io.taospring.spring.annotation.TaosListener} annotation resolves to, or what an
 * application builds to register a listener programmatically. A null setting takes the factory's default.
 *
 * @param id                 the listener id
 * @param topics             the topics to subscribe to (the created ones included)
 * @param topicsToCreate     topics to create when absent, name to query
 * @param groupId            the consumer group, or null
 * @param clientIdPrefix     the consumers' client-id prefix, or null for the id
 * @param concurrency        the number of consumers, or null
 * @param autoStartup        whether the container starts with the context, or null
 * @param ackMode            the ack mode, or null
 * @param consumerProperties raw consumer configuration, over the factory's
 * @param errorHandler       the error handler, or null
 * @param listener           what the records go to
 */
public record TaosListenerEndpoint(String id, List<String> topics, Map<String, String> topicsToCreate,
        String groupId, String clientIdPrefix, Integer concurrency, Boolean autoStartup, AckMode ackMode,
        Map<String, String> consumerProperties, TaosErrorHandler errorHandler, TaosMessageListener listener) {

    /** Checks and copies. */
    public TaosListenerEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(listener, "listener");
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("listener '" + id + "' names no topic");
        }
        if (concurrency != null && concurrency < 1) {
            throw new IllegalArgumentException("listener '" + id + "': concurrency must be at least 1, was "
                    + concurrency);
        }
        topicsToCreate = Map.copyOf(topicsToCreate);
        consumerProperties = Map.copyOf(consumerProperties);
    }

    /** An endpoint with the factory's defaults for everything but {@code id}, {@code topics} and {@code listener}. */
    public static TaosListenerEndpoint of(String id, List<String> topics, TaosMessageListener listener) {
        return new TaosListenerEndpoint(id, topics, Map.of(), null, null, null, null, null, Map.of(), null, listener);
    }

    /** A copy with {@code groupId}. */
    public TaosListenerEndpoint withGroupId(String group) {
        return new TaosListenerEndpoint(id, topics, topicsToCreate, group, clientIdPrefix, concurrency, autoStartup,
                ackMode, consumerProperties, errorHandler, listener);
    }

    /** A copy with {@code mode}. */
    public TaosListenerEndpoint withAckMode(AckMode mode) {
        return new TaosListenerEndpoint(id, topics, topicsToCreate, groupId, clientIdPrefix, concurrency,
                autoStartup, mode, consumerProperties, errorHandler, listener);
    }

    /** A copy with one more raw consumer setting. */
    public TaosListenerEndpoint withConsumerProperty(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(consumerProperties);
        more.put(key, value);
        return new TaosListenerEndpoint(id, topics, topicsToCreate, groupId, clientIdPrefix, concurrency,
                autoStartup, ackMode, more, errorHandler, listener);
    }
}
