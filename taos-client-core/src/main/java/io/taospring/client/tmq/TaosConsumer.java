package io.taospring.client.tmq;

import io.taospring.client.Endpoint;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.Operation;
import io.taospring.client.error.ProgrammingError;
import io.taospring.client.error.TaosException;
import io.taospring.client.error.TmqError;
import io.taospring.client.internal.ReconnectAttempts;
import io.taospring.client.internal.ReqIdGenerator;
import io.taospring.client.internal.TlsContexts;
import io.taospring.client.protocol.tmq.FetchRawDataReply;
import io.taospring.client.protocol.tmq.TmqRawData;
import io.taospring.client.protocol.tmq.TmqReply;
import io.taospring.client.protocol.tmq.TmqRequest;
import io.taospring.client.protocol.tmq.VgroupAssignment;
import io.taospring.client.transport.ws.TmqChannel;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocketFactory;

/**
 * A TMQ consumer over taosAdapter's {@code /rest/tmq} WebSocket protocol: subscribe to topics, poll rows,
 * commit, seek and read positions per vgroup. Delivery is at least once: what was polled but not committed is
 * delivered again to the next consumer of the group.
 *
 * <pre>{@code
 * try (TaosConsumer consumer = TaosConsumer.create(Map.of("group.id", "g1", "td.connect.port", "6041",
 *         "auto.offset.reset", "earliest"))) {
 *     consumer.subscribe(List.of("topic_meters"));
 *     for (ConsumerRecord row : consumer.poll(Duration.ofMillis(100))) { ... }
 *     consumer.commitSync();
 * }
 * }</pre>
 *
 * <p>When the socket is lost (the server restarted, the network failed), the next call other than a commit opens
 * a new one ({@link ConsumerConfig#reconnect()}: bounded attempts with back-off) and subscribes again to the same
 * topics in the same group, so consumption resumes from the group's committed offsets: rows polled but not yet
 * committed are delivered again (at least once), nothing committed is lost. A {@code poll} that loses the socket
 * reconnects and returns no rows; a commit that loses it throws {@link io.taospring.client.error.ConnectionError},
 * since what it would have committed is delivered again anyway.
 *
 * <p>Not thread-safe, by contract (as Kafka's consumer): one thread uses it at a time; a call from a second
 * thread while another is inside fails with {@link java.util.ConcurrentModificationException}.
 */
public final class TaosConsumer implements AutoCloseable {

    /** What {@code committed}/{@code position} report when a vgroup has no offset (ws-tmq.md 1). */
    static final long OFFSET_INVALID = 0x80004011; // an int literal, sign-extended
    /** "Same committed value": committing an offset already committed is no failure. */
    static final int SAME_COMMITTED_VALUE = 0x4012;
    /** "TQ no committed offset". */
    static final int NO_COMMITTED_OFFSET = 0x0A0D;

    private final ConsumerConfig config;
    /** The watchdog of stuck sends, for every socket this consumer opens. */
    private final ScheduledExecutorService timers;
    private final ReconnectAttempts reconnects;
    /** The factory of {@code wss://} sockets, or null for a plain connection. */
    private final SSLSocketFactory tlsSockets;
    private TmqChannel channel;
    private final ReqIdGenerator reqIds = new ReqIdGenerator();
    private final ThreadGuard guard = new ThreadGuard();
    private final MessageDecoder decoder;
    private final ArrayDeque<PendingCommit> pendingCommits = new ArrayDeque<>();
    private List<String> topics = List.of();
    private long lastMessageId;
    private boolean uncommitted;
    private long lastCommit = System.nanoTime();
    private boolean closed;

    private record PendingCommit(TmqRequest request, CompletableFuture<Object> reply, OffsetCommitCallback callback) {
    }

    private TaosConsumer(ConsumerConfig config, ScheduledExecutorService timers) {
        this.config = config;
        this.timers = timers;
        this.reconnects = new ReconnectAttempts(config.reconnect(), ReconnectAttempts.Pause.SLEEP);
        this.decoder = new MessageDecoder(config.zone());
        ConsumerConfig.Tls tls = config.tls();
        this.tlsSockets = tls == null ? null
                : TlsContexts.of(tls.trustStore(), tls.trustStoreType(), tls.trustStorePassword()).getSocketFactory();
    }

    /**
     * Opens a consumer: connects to the server's {@code /rest/tmq} endpoint (credentials are checked by
     * {@link #subscribe}).
     *
     * @throws io.taospring.client.error.ConnectionError when the server cannot be reached
     */
    public static TaosConsumer create(ConsumerConfig config) {
        Objects.requireNonNull(config, "config");
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "taos-tmq-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        TaosConsumer consumer;
        try {
            consumer = new TaosConsumer(config, timers);
        } catch (RuntimeException e) {
            timers.shutdownNow();
            throw e;
        }
        try {
            consumer.channel = consumer.openChannel();
        } catch (RuntimeException e) {
            timers.shutdownNow();
            throw e;
        }
        return consumer;
    }

    /** A socket to the first of the configured servers that accepts one, tried in order. */
    private TmqChannel openChannel() {
        ConnectionError failure = null;
        for (Endpoint server : config.endpoints()) {
            try {
                return openChannel(server);
            } catch (ConnectionError e) {
                if (e.errno() != ErrorCodes.UNABLE_TO_CONNECT && e.errno() != ErrorCodes.CONNECT_TIMEOUT) {
                    throw e; // the server answered: another would answer alike
                }
                if (failure != null) {
                    e.addSuppressed(failure);
                }
                failure = e;
            }
        }
        throw failure;
    }

    private TmqChannel openChannel(Endpoint server) {
        URI uri = config.connectUri(server);
        if (tlsSockets == null) {
            return TmqChannel.open(uri, config.connectTimeout(), config.requestTimeout(), timers);
        }
        return TmqChannel.open(uri, config.connectTimeout(), config.requestTimeout(), tlsSockets, timers);
    }

    /** Opens a consumer configured with the seed's keys (see {@link ConsumerConfig}). */
    public static TaosConsumer create(Map<String, String> config) {
        return create(ConsumerConfig.of(config));
    }

    /** Opens a consumer configured with the seed's keys (see {@link ConsumerConfig}). */
    public static TaosConsumer create(Properties config) {
        return create(ConsumerConfig.of(config));
    }

    /** The configuration. */
    public ConsumerConfig config() {
        return config;
    }

    /**
     * Subscribes to {@code topicNames}, replacing an earlier subscription; the group then rebalances.
     *
     * @throws TmqError 0x03E1 when a topic does not exist, or a connection error code for bad credentials
     */
    public void subscribe(Collection<String> topicNames) {
        runConnected(() -> {
            List<String> wanted = List.copyOf(new LinkedHashSet<>(topicNames));
            if (wanted.isEmpty()) {
                throw new ProgrammingError(ErrorCodes.INVALID_PARAMETERS, "no topic to subscribe to");
            }
            if (!topics.isEmpty()) {
                call(new TmqRequest.Unsubscribe(reqIds.next()));
            }
            topics = List.of();
            call(subscribeRequest(wanted));
            topics = wanted;
            return null;
        });
    }

    /** Leaves every topic; the group's other consumers take over the vgroups. */
    public void unsubscribe() {
        run(() -> {
            if (channel.isClosed()) {
                topics = List.of(); // the server dropped the subscription with the socket
            } else if (!topics.isEmpty()) {
                call(new TmqRequest.Unsubscribe(reqIds.next()));
                topics = List.of();
            }
            return null;
        });
    }

    /** The subscribed topics, as the server knows them. */
    public List<String> subscription() {
        return runConnected(() -> topics.isEmpty() ? List.of()
                : call(new TmqRequest.ListTopics(reqIds.next())).topics());
    }

    /**
     * Returns the next message's rows, waiting up to {@code timeout} for one; empty when none came. With
     * {@code enable.auto.commit}, first commits what earlier polls returned once the interval has passed.
     */
    public ConsumerRecords poll(Duration timeout) {
        return runConnected(() -> {
            requireSubscribed();
            try {
                return pollOnce(timeout);
            } catch (ConnectionError e) {
                if (!channel.isClosed() || !config.reconnect().enabled()) {
                    throw e;
                }
                resume();
                return ConsumerRecords.empty();
            }
        });
    }

    private ConsumerRecords pollOnce(Duration timeout) {
        completeAsyncCommits(false);
        autoCommitIfDue();
        TmqRequest.Poll poll = new TmqRequest.Poll(reqIds.next(), Math.max(0, timeout.toMillis()), lastMessageId);
        TmqReply reply = call(poll, timeout.plus(config.requestTimeout()));
        if (!reply.haveMessage()) {
            return ConsumerRecords.empty();
        }
        lastMessageId = reply.messageId();
        uncommitted = true;
        if (reply.messageType() != 1 && reply.messageType() != 3) {
            return ConsumerRecords.empty();
        }
        return decoder.decode(reply, fetch(reply.messageId()));
    }

    private TmqRawData fetch(long messageId) {
        TmqRequest.FetchRawData request = new TmqRequest.FetchRawData(reqIds.next(), messageId);
        FetchRawDataReply reply = channel.fetchRawData(request, config.requestTimeout());
        if (reply.code() != 0) {
            throw ErrorCodes.exception(Operation.TMQ, reply.code(), reply.message(), request.reqId(), null, null);
        }
        return reply.rawData();
    }

    private void autoCommitIfDue() {
        if (config.autoCommit() && uncommitted
                && System.nanoTime() - lastCommit >= config.autoCommitInterval().toNanos()) {
            commitPositions();
        }
    }

    // ---- commits ----

    /** Commits the positions of all assigned vgroups (everything polled so far) and waits. */
    public void commitSync() {
        run(() -> {
            requireSubscribed();
            completeAsyncCommits(true);
            commitPositions();
            return null;
        });
    }

    private void commitPositions() {
        call(new TmqRequest.Commit(reqIds.next(), lastMessageId));
        uncommitted = false;
        lastCommit = System.nanoTime();
    }

    /** Commits the offsets after the rows {@code records} returned, and waits. */
    public void commitSync(ConsumerRecords records) {
        commitSync(records.endOffsets());
    }

    /** Commits the given offset (the next to read) per vgroup, and waits. */
    public void commitSync(Map<TopicVgroup, Long> offsets) {
        run(() -> {
            requireSubscribed();
            for (Map.Entry<TopicVgroup, Long> entry : offsets.entrySet()) {
                TopicVgroup vgroup = entry.getKey();
                TmqReply reply = channel.exchange(new TmqRequest.CommitOffset(reqIds.next(), vgroup.topic(),
                        vgroup.vgroupId(), entry.getValue()), config.requestTimeout());
                if (!reply.ok() && reply.code() != SAME_COMMITTED_VALUE) {
                    throw failure(reply);
                }
            }
            return null;
        });
    }

    /** Commits the positions of all assigned vgroups without waiting. */
    public void commitAsync() {
        commitAsync(null);
    }

    /**
     * Commits the positions of all assigned vgroups without waiting; {@code callback} (may be null) is told
     * the outcome on this consumer's thread, during a later {@code poll}, {@code commitSync} or {@code close}.
     */
    public void commitAsync(OffsetCommitCallback callback) {
        run(() -> {
            requireSubscribed();
            TmqRequest.Commit commit = new TmqRequest.Commit(reqIds.next(), lastMessageId);
            pendingCommits.add(new PendingCommit(commit, channel.send(commit), callback));
            uncommitted = false;
            lastCommit = System.nanoTime();
            return null;
        });
    }

    private void completeAsyncCommits(boolean wait) {
        while (!pendingCommits.isEmpty() && (wait || pendingCommits.peek().reply().isDone())) {
            PendingCommit commit = pendingCommits.poll();
            TaosException error = null;
            try {
                TmqReply reply = TmqChannel.expectJson(
                        channel.await(commit.request(), commit.reply(), config.requestTimeout()), commit.request());
                error = reply.ok() ? null : failure(reply);
            } catch (TaosException e) {
                error = e;
            }
            if (commit.callback() != null) {
                commit.callback().onComplete(error);
            }
        }
    }

    // ---- offsets ----

    /** The vgroups assigned to this consumer, over all subscribed topics. */
    public Set<TopicVgroup> assignment() {
        return runConnected(() -> {
            Set<TopicVgroup> assigned = new LinkedHashSet<>();
            for (String topic : topics) {
                for (VgroupAssignment vgroup : assignmentOf(topic)) {
                    assigned.add(new TopicVgroup(topic, vgroup.vgroupId()));
                }
            }
            return assigned;
        });
    }

    /** Per assigned vgroup of {@code topic}, the first offset still available. */
    public Map<TopicVgroup, Long> beginningOffsets(String topic) {
        return runConnected(() -> {
            Map<TopicVgroup, Long> offsets = new LinkedHashMap<>();
            assignmentOf(topic).forEach(v -> offsets.put(new TopicVgroup(topic, v.vgroupId()), v.begin()));
            return offsets;
        });
    }

    /** Per assigned vgroup of {@code topic}, the offset after the last write (exclusive end). */
    public Map<TopicVgroup, Long> endOffsets(String topic) {
        return runConnected(() -> {
            Map<TopicVgroup, Long> offsets = new LinkedHashMap<>();
            assignmentOf(topic).forEach(v -> offsets.put(new TopicVgroup(topic, v.vgroupId()), v.end()));
            return offsets;
        });
    }

    private List<VgroupAssignment> assignmentOf(String topic) {
        return call(new TmqRequest.Assignment(reqIds.next(), topic)).assignment();
    }

    /**
     * Moves a vgroup's position: the next poll of it returns data from {@code offset} on.
     *
     * @throws TmqError 0x4007 outside [begin, end], 0x4008 for a vgroup not assigned to this consumer
     */
    public void seek(TopicVgroup vgroup, long offset) {
        runConnected(() -> call(new TmqRequest.Seek(reqIds.next(), vgroup.topic(), vgroup.vgroupId(), offset)));
    }

    /** Seeks each vgroup to its first available offset. */
    public void seekToBeginning(Collection<TopicVgroup> vgroups) {
        seekTo(vgroups, true);
    }

    /** Seeks each vgroup to its end: only rows written from now on are delivered. */
    public void seekToEnd(Collection<TopicVgroup> vgroups) {
        seekTo(vgroups, false);
    }

    private void seekTo(Collection<TopicVgroup> vgroups, boolean beginning) {
        runConnected(() -> {
            Map<String, List<VgroupAssignment>> byTopic = new LinkedHashMap<>();
            for (TopicVgroup vgroup : vgroups) {
                List<VgroupAssignment> assigned = byTopic.computeIfAbsent(vgroup.topic(), this::assignmentOf);
                VgroupAssignment found = assigned.stream().filter(a -> a.vgroupId() == vgroup.vgroupId())
                        .findFirst().orElseThrow(() -> new TmqError(0x4008, "VgId does not belong to this consumer"));
                seek(vgroup, beginning ? found.begin() : found.end());
            }
            return null;
        });
    }

    /** The group's committed offset of a vgroup, if any. */
    public OptionalLong committed(TopicVgroup vgroup) {
        return runConnected(() -> {
            long offset = call(new TmqRequest.Committed(reqIds.next(),
                    List.of(new TmqRequest.Vgroup(vgroup.topic(), vgroup.vgroupId())))).offsets().get(0);
            return offset == OFFSET_INVALID ? OptionalLong.empty() : OptionalLong.of(offset);
        });
    }

    /**
     * The group's committed offsets of several vgroups in one request; a vgroup with nothing committed is
     * absent from the map.
     */
    public Map<TopicVgroup, Long> committed(Collection<TopicVgroup> vgroups) {
        return run(() -> {
            List<TopicVgroup> keys = List.copyOf(new LinkedHashSet<>(vgroups));
            return keys.isEmpty() ? Map.of()
                    : byVgroup(keys, call(new TmqRequest.Committed(reqIds.next(), wire(keys))).offsets());
        });
    }

    /**
     * The positions of several vgroups assigned to this consumer in one request; a vgroup without an offset
     * ({@code auto.offset.reset=none}, nothing committed) is absent from the map.
     *
     * @throws TmqError 0x4008 when a vgroup is not assigned to this consumer
     */
    public Map<TopicVgroup, Long> positions(Collection<TopicVgroup> vgroups) {
        return run(() -> {
            List<TopicVgroup> keys = List.copyOf(new LinkedHashSet<>(vgroups));
            return keys.isEmpty() ? Map.of()
                    : byVgroup(keys, call(new TmqRequest.Position(reqIds.next(), wire(keys))).offsets());
        });
    }

    private static List<TmqRequest.Vgroup> wire(List<TopicVgroup> keys) {
        return keys.stream().map(k -> new TmqRequest.Vgroup(k.topic(), k.vgroupId())).toList();
    }

    private static Map<TopicVgroup, Long> byVgroup(List<TopicVgroup> keys, List<Long> offsets) {
        Map<TopicVgroup, Long> result = new LinkedHashMap<>();
        for (int i = 0; i < keys.size() && i < offsets.size(); i++) {
            if (offsets.get(i) != OFFSET_INVALID) {
                result.put(keys.get(i), offsets.get(i));
            }
        }
        return result;
    }

    /**
     * The next offset this consumer reads from a vgroup assigned to it.
     *
     * @throws TmqError 0x0A0D when the vgroup has no offset ({@code auto.offset.reset=none}, nothing committed)
     */
    public long position(TopicVgroup vgroup) {
        return runConnected(() -> {
            long offset = call(new TmqRequest.Position(reqIds.next(),
                    List.of(new TmqRequest.Vgroup(vgroup.topic(), vgroup.vgroupId())))).offsets().get(0);
            if (offset == OFFSET_INVALID) {
                throw new TmqError(NO_COMMITTED_OFFSET, "TQ no committed offset");
            }
            return offset;
        });
    }

    /**
     * Closes the consumer: waits for asynchronous commits, commits once more with {@code enable.auto.commit},
     * and closes the socket, which makes the server hand this consumer's vgroups to the rest of the group.
     */
    @Override
    public void close() {
        guard.enter();
        try {
            if (closed) {
                return;
            }
            closed = true;
            completeAsyncCommits(true);
            if (config.autoCommit() && uncommitted && !topics.isEmpty() && !channel.isClosed()) {
                commitPositions();
            }
        } finally {
            channel.close();
            timers.shutdownNow();
            guard.leave();
        }
    }

    // ---- plumbing ----

    private TmqReply call(TmqRequest request) {
        return call(request, config.requestTimeout());
    }

    private TmqReply call(TmqRequest request, Duration timeout) {
        TmqReply reply = channel.exchange(request, timeout);
        if (!reply.ok()) {
            throw failure(reply);
        }
        return reply;
    }

    private static TaosException failure(TmqReply reply) {
        return ErrorCodes.exception(Operation.TMQ, reply.code(), reply.message(), reply.reqId(), null, null);
    }

    private void requireSubscribed() {
        if (topics.isEmpty()) {
            throw new TmqError(0x4017, "Invalid status, please subscribe topic first");
        }
    }

    /** Like {@link #run}, but first replaces a lost socket (with reconnecting on) and subscribes again. */
    private <T> T runConnected(Supplier<T> action) {
        return run(() -> {
            if (channel.isClosed() && config.reconnect().enabled()) {
                resume();
            }
            return action.get();
        });
    }

    /**
     * Replaces the lost socket and subscribes again to the same topics: the group's committed offsets decide where
     * consumption resumes. Asynchronous commits of the old socket are reported failed to their callbacks.
     */
    private void resume() {
        channel.close();
        completeAsyncCommits(true);
        channel = reconnects.open("consumer connection to " + config.endpoint(), this::openChannel);
        lastMessageId = 0;
        uncommitted = false;
        if (!topics.isEmpty()) {
            call(subscribeRequest(topics));
        }
    }

    private TmqRequest.Subscribe subscribeRequest(List<String> wanted) {
        return new TmqRequest.Subscribe(reqIds.next(), config.user(), config.password(), config.database(),
                config.groupId(), config.clientId(), config.offsetReset(), wanted, false,
                config.autoCommitInterval().toMillis(), config.withTableName(), config.extra());
    }

    private <T> T run(Supplier<T> action) {
        guard.enter();
        try {
            if (closed) {
                throw new TmqError(0x4002, "Consumer closed");
            }
            return action.get();
        } finally {
            guard.leave();
        }
    }
}
