package io.taospring.boot.autoconfigure;

import io.taospring.client.Endpoint;
import io.taospring.client.TaosConfig;
import io.taospring.client.tmq.TaosConsumer;
import io.taospring.spring.core.TaosTemplate;
import io.taospring.spring.listener.DeadLetterTableRecoverer;
import io.taospring.spring.listener.DefaultTaosErrorHandler;
import io.taospring.spring.annotation.EnableTaos;
import io.taospring.spring.listener.ListenerObserver;
import io.taospring.spring.listener.LoggingRecoverer;
import io.taospring.spring.listener.TaosErrorHandler;
import io.taospring.spring.listener.TaosListenerContainerFactory;
import io.taospring.spring.listener.TaosRecordRecoverer;
import io.taospring.spring.listener.TaosTopicCreator;
import io.taospring.spring.listener.internal.TaosListenerAnnotationBeanPostProcessor;
import io.taospring.spring.listener.internal.TaosListenerConfiguration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * {@code @TaosListener} support: turns on the annotation processing ({@link EnableTaos}) and provides the
 * {@code taosListenerContainerFactory} with its defaults from {@code taos.listener.*}, connected where the
 * rest of the application is (the embedded server by default). The default error handler retries per
 * {@code taos.listener.retry.*}, then writes to {@code taos.listener.dead-letter-table} or logs; a
 * {@link TaosErrorHandler} or {@link TaosRecordRecoverer} bean replaces it. Every {@link ListenerObserver}
 * bean (the listener metrics among them) is told what the containers do.
 */
@AutoConfiguration(after = {TaosAutoConfiguration.class, TaosMetricsAutoConfiguration.class})
@ConditionalOnClass({EnableTaos.class, TaosConsumer.class})
@ConditionalOnBean(TaosConnectionUrl.class)
public final class TaosListenerAutoConfiguration {

    @Bean(TaosListenerAnnotationBeanPostProcessor.DEFAULT_CONTAINER_FACTORY)
    @ConditionalOnMissingBean(name = TaosListenerAnnotationBeanPostProcessor.DEFAULT_CONTAINER_FACTORY)
    TaosListenerContainerFactory taosListenerContainerFactory(TaosConnectionUrl connection, TaosProperties properties,
            ObjectProvider<TaosTemplate> template, ObjectProvider<TaosErrorHandler> errorHandler,
            ObjectProvider<TaosRecordRecoverer> recoverer, ObjectProvider<ListenerObserver> observers) {
        TaosProperties.Listener listener = properties.getListener();
        TaosTemplate jdbc = template.getIfUnique();
        TaosListenerContainerFactory.Builder factory = TaosListenerContainerFactory.builder()
                .consumerConfig(consumerConfig(connection, listener))
                .groupId(listener.getGroupId())
                .ackMode(listener.getAckMode())
                .concurrency(listener.getConcurrency())
                .pollTimeout(listener.getPollTimeout())
                .shutdownTimeout(listener.getShutdownTimeout())
                .lagRefreshInterval(listener.getLagRefreshInterval())
                .recoveryInterval(listener.getRecoveryInterval())
                .autoStartup(listener.isAutoStartup())
                .errorHandler(errorHandler.getIfUnique(() -> new DefaultTaosErrorHandler(backOff(listener.getRetry()),
                        recoverer.getIfUnique(() -> defaultRecoverer(listener, jdbc)))))
                .observer(composite(observers.orderedStream().toList()));
        if (jdbc != null) {
            factory.topicCreator(TaosTopicCreator.using(jdbc));
        }
        return factory.build();
    }

    /**
     * The consumer configuration: the server, credentials (token included), TLS and database of the application's
     * connection.
     */
    static Map<String, String> consumerConfig(TaosConnectionUrl connection, TaosProperties.Listener listener) {
        TaosConfig config = TaosConfig.fromDsn(connection.jdbcUrl());
        Map<String, String> consumer = new LinkedHashMap<>();
        consumer.put("td.connect.ip", config.endpoint().host());
        consumer.put("td.connect.port", Integer.toString(config.endpoint().port()));
        if (config.endpoints().size() > 1) {
            // the consumer tries them in order, as the application's connections do
            consumer.put("bootstrap.servers", config.endpoints().stream().map(Endpoint::authority)
                    .collect(Collectors.joining(",")));
        }
        consumer.put("td.connect.user", config.user());
        consumer.put("td.connect.pass", config.password());
        config.database().ifPresent(db -> consumer.put("td.connect.db", db));
        config.timezone().ifPresent(zone -> consumer.put("timezone", zone.getId()));
        config.token().ifPresent(token -> consumer.put("token", token));
        if (config.tls()) {
            consumer.put("useSSL", "true");
            config.trustStore().ifPresent(store -> consumer.put("trust_store", store.toString()));
            config.trustStoreType().ifPresent(type -> consumer.put("trust_store_type", type));
            config.trustStorePassword().ifPresent(password -> consumer.put("trust_store_password", password));
        }
        consumer.put("auto.offset.reset", listener.getAutoOffsetReset());
        consumer.putAll(listener.getProperties());
        return consumer;
    }

    private static ExponentialBackOff backOff(TaosProperties.Listener.Retry retry) {
        ExponentialBackOff backOff = new ExponentialBackOff(retry.getInitialInterval().toMillis(),
                retry.getMultiplier());
        backOff.setMaxInterval(retry.getMaxInterval().toMillis());
        backOff.setMaxAttempts(Math.max(0, retry.getMaxAttempts() - 1));
        return backOff;
    }

    private static TaosRecordRecoverer defaultRecoverer(TaosProperties.Listener listener, TaosTemplate jdbc) {
        if (listener.getDeadLetterTable() == null) {
            return new LoggingRecoverer();
        }
        if (jdbc == null) {
            throw new IllegalStateException("taos.listener.dead-letter-table needs a TaosTemplate to write with");
        }
        return new DeadLetterTableRecoverer(jdbc, listener.getDeadLetterTable());
    }

    private static ListenerObserver composite(List<ListenerObserver> observers) {
        if (observers.isEmpty()) {
            return ListenerObserver.NONE;
        }
        if (observers.size() == 1) {
            return observers.get(0);
        }
        return new CompositeListenerObserver(observers);
    }

    /** Turns on {@code @TaosListener} processing unless the application did with {@link EnableTaos}. */
    @Configuration(proxyBeanMethods = false)
    @EnableTaos
    @ConditionalOnMissingBean(name = TaosListenerConfiguration.PROCESSOR_BEAN_NAME)
    static class EnableTaosConfiguration {
    }
}
