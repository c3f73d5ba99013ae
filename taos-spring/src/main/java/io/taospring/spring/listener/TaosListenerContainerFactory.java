package io.taospring.spring.listener;

import io.taospring.spring.listener.internal.ContainerSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Makes {@link TaosListenerContainer}s, with defaults for what a listener does not set: the consumer
 * configuration (server, credentials, offset reset), group, ack mode, concurrency, timeouts, error handler,
 * observer and topic creator. Immutable; built with {@link #builder()}.
 */
public final class TaosListenerContainerFactory {

    private final Map<String, String> consumerConfig;
    private final String groupId;
    private final AckMode ackMode;
    private final int concurrency;
    private final Duration pollTimeout;
    private final Duration shutdownTimeout;
    private final Duration lagRefreshInterval;
    private final Duration recoveryInterval;
    private final boolean autoStartup;
    private final TaosErrorHandler errorHandler;
    private final ListenerObserver observer;
    private final TaosTopicCreator topicCreator;

    private TaosListenerContainerFactory(Builder builder) {
        this.consumerConfig = Map.copyOf(builder.consumerConfig);
        this.groupId = builder.groupId;
        this.ackMode = builder.ackMode;
        this.concurrency = builder.concurrency;
        this.pollTimeout = builder.pollTimeout;
        this.shutdownTimeout = builder.shutdownTimeout;
        this.lagRefreshInterval = builder.lagRefreshInterval;
        this.recoveryInterval = builder.recoveryInterval;
        this.autoStartup = builder.autoStartup;
        this.errorHandler = builder.errorHandler;
        this.observer = builder.observer;
        this.topicCreator = builder.topicCreator;
    }

    /**
     * A builder with the defaults: BATCH, one consumer, 1 s polls, 30 s shutdown, lag read every 5 s, 5 s
     * before a failed consumer subscribes again.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The consumer configuration every container starts from. */
    public Map<String, String> consumerConfig() {
        return consumerConfig;
    }

    /** A container for {@code endpoint}, its unset settings taken from this factory. */
    public TaosListenerContainer createContainer(TaosListenerEndpoint endpoint) {
        Map<String, String> config = new LinkedHashMap<>(consumerConfig);
        config.putAll(endpoint.consumerProperties());
        config.put("group.id", firstNonNull(endpoint.groupId(), config.get("group.id"), groupId, endpoint.id()));
        return new TaosListenerContainer(new ContainerSettings(endpoint.id(), endpoint.topics(),
                endpoint.topicsToCreate(), config, firstNonNull(endpoint.clientIdPrefix(), endpoint.id()),
                firstNonNull(endpoint.ackMode(), ackMode), firstNonNull(endpoint.concurrency(), concurrency),
                pollTimeout, shutdownTimeout, lagRefreshInterval, recoveryInterval, firstNonNull(endpoint.autoStartup(), autoStartup),
                firstNonNull(endpoint.errorHandler(), errorHandler), observer, topicCreator, endpoint.listener()));
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "TaosListenerContainerFactory{ackMode=" + ackMode + ", concurrency=" + concurrency + ", pollTimeout="
                + pollTimeout + ", groupId=" + groupId + ", errorHandler=" + errorHandler + "}";
    }

    /** Builds a {@link TaosListenerContainerFactory}. */
    public static final class Builder {

        private final Map<String, String> consumerConfig = new LinkedHashMap<>();
        private String groupId;
        private AckMode ackMode = AckMode.BATCH;
        private int concurrency = 1;
        private Duration pollTimeout = Duration.ofSeconds(1);
        private Duration shutdownTimeout = Duration.ofSeconds(30);
        private Duration lagRefreshInterval = Duration.ofSeconds(5);
        private Duration recoveryInterval = Duration.ofSeconds(5);
        private boolean autoStartup = true;
        private TaosErrorHandler errorHandler = new DefaultTaosErrorHandler();
        private ListenerObserver observer = ListenerObserver.NONE;
        private TaosTopicCreator topicCreator;

        private Builder() {
        }

        /** Adds consumer configuration in the seed's keys ({@code td.connect.ip}, {@code auto.offset.reset}, ...). */
        public Builder consumerConfig(Map<String, String> config) {
            consumerConfig.putAll(config);
            return this;
        }

        /** Sets one consumer configuration key. */
        public Builder consumerProperty(String key, String value) {
            consumerConfig.put(key, value);
            return this;
        }

        /** The group of listeners that name none (default: the listener id). */
        public Builder groupId(String group) {
            this.groupId = group;
            return this;
        }

        /** When offsets are committed (default {@link AckMode#BATCH}). */
        public Builder ackMode(AckMode mode) {
            this.ackMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** The number of consumers per listener (default 1). */
        public Builder concurrency(int consumers) {
            if (consumers < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, was " + consumers);
            }
            this.concurrency = consumers;
            return this;
        }

        /** How long a poll waits for data (default 1 s); also the longest wait to notice a pause or a stop. */
        public Builder pollTimeout(Duration timeout) {
            this.pollTimeout = positive(timeout, "pollTimeout");
            return this;
        }

        /** How long stopping waits for the records in flight before interrupting (default 30 s). */
        public Builder shutdownTimeout(Duration timeout) {
            this.shutdownTimeout = positive(timeout, "shutdownTimeout");
            return this;
        }

        /** How often each consumer reads its lag (default 5 s; zero: after every poll). */
        public Builder lagRefreshInterval(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("lagRefreshInterval must not be negative, was " + interval);
            }
            this.lagRefreshInterval = interval;
            return this;
        }

        /**
         * How long a consumer that the server failed (connection lost, topic missing) waits before it
         * subscribes again (default 5 s).
         */
        public Builder recoveryInterval(Duration interval) {
            this.recoveryInterval = positive(interval, "recoveryInterval");
            return this;
        }

        /** Whether containers start with the context (default true). */
        public Builder autoStartup(boolean start) {
            this.autoStartup = start;
            return this;
        }

        /** The error handler of listeners that name none (default: {@link DefaultTaosErrorHandler}). */
        public Builder errorHandler(TaosErrorHandler handler) {
            this.errorHandler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** What is told about processing, failures and lag (default: nothing). */
        public Builder observer(ListenerObserver listenerObserver) {
            this.observer = Objects.requireNonNull(listenerObserver, "listenerObserver");
            return this;
        }

        /** What creates the topics listeners declare with {@link io.taospring.spring.annotation.TaosTopic}. */
        public Builder topicCreator(TaosTopicCreator creator) {
            this.topicCreator = creator;
            return this;
        }

        /** The factory. */
        public TaosListenerContainerFactory build() {
            return new TaosListenerContainerFactory(this);
        }

        private static Duration positive(Duration duration, String name) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + duration);
            }
            return duration;
        }
    }
}
