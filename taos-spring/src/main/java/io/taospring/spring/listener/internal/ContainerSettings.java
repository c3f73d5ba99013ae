package io.taospring.spring.listener.internal;

import io.taospring.spring.listener.AckMode;
import io.taospring.spring.listener.ListenerObserver;
import io.taospring.spring.listener.TaosErrorHandler;
import io.taospring.spring.listener.TaosMessageListener;
import io.taospring.spring.listener.TaosTopicCreator;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything one container runs with, defaults applied.
 *
 * @param listenerId         the listener id
 * @param topics             the topics subscribed to
 * @param topicsToCreate     topics created at start when absent, name to query
 * @param consumerConfig     the consumer configuration (group id included), the client id excluded
 * @param clientIdPrefix     the prefix of each consumer's client id
 * @param ackMode            when offsets are committed
 * @param concurrency        the number of consumers
 * @param pollTimeout        how long a poll waits for data
 * @param shutdownTimeout    how long stopping waits for the in-flight records before interrupting
 * @param lagRefreshInterval how often each consumer reads its vgroups' end offsets and positions
 * @param recoveryInterval   how long a consumer the server failed waits before subscribing again
 * @param autoStartup        whether the container starts with the context
 * @param errorHandler       what handles a listener failure
 * @param observer           what is told about processing, failures and lag
 * @param topicCreator       what creates declared topics, or null
 * @param listener           what the records go to
 */
public record ContainerSettings(String listenerId, List<String> topics, Map<String, String> topicsToCreate,
        Map<String, String> consumerConfig, String clientIdPrefix, AckMode ackMode, int concurrency,
        Duration pollTimeout, Duration shutdownTimeout, Duration lagRefreshInterval, Duration recoveryInterval,
        boolean autoStartup,
        TaosErrorHandler errorHandler, ListenerObserver observer, TaosTopicCreator topicCreator,
        TaosMessageListener listener) {

    /** Copies. */
    public ContainerSettings {
        topics = List.copyOf(topics);
        topicsToCreate = Map.copyOf(topicsToCreate);
        consumerConfig = Map.copyOf(consumerConfig);
    }
}
