package io.taospring.embedded.tmq;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.taospring.client.protocol.tmq.FetchRawDataReply;
import io.taospring.client.protocol.tmq.VgroupAssignment;
import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.internal.Credentials;
import io.taospring.embedded.ws.WsReplies;
import io.taospring.embedded.ws.WsRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * The actions of {@code /rest/tmq} (ws-tmq.md 3-8). Runs on the socket's event loop: every action is short,
 * and a poll that finds nothing re-checks on a timer instead of blocking. Requests that are not JSON or name
 * an unknown action are dropped without a reply, as taosAdapter does.
 */
final class TmqService {

    /** Adapter-internal error code. */
    static final int ADAPTER_ERROR = 0xFFFF;
    /** How often a waiting poll looks for new data. */
    private static final long POLL_RECHECK_MILLIS = 5;

    /** One action: writes its reply itself (some replies are binary). */
    @FunctionalInterface
    private interface Action {
        void handle(TmqSession session, WsRequest request, Channel channel, long start);
    }

    private final TmqBroker broker;
    private final Credentials credentials;
    private final String version;
    private final Map<String, Action> actions;

    TmqService(TmqBroker broker, Credentials credentials, String version) {
        this.broker = broker;
        this.credentials = credentials;
        this.version = version;
        this.actions = Map.ofEntries(
                Map.entry("version", this::version),
                Map.entry("subscribe", this::subscribe),
                Map.entry("poll", this::poll),
                Map.entry("fetch_raw_data", this::fetchRawData),
                Map.entry("commit", consumerAction(this::commit)),
                Map.entry("commit_offset", consumerAction(this::commitOffset)),
                Map.entry("committed", consumerAction(this::committed)),
                Map.entry("position", consumerAction(this::position)),
                Map.entry("seek", consumerAction(this::seek)),
                Map.entry("assignment", consumerAction(this::assignment)),
                Map.entry("unsubscribe", consumerAction(this::unsubscribe)),
                Map.entry("list_topics", consumerAction(this::listTopics)));
    }

    void onText(TmqSession session, Channel channel, String text) {
        long start = System.nanoTime();
        WsRequest request;
        try {
            request = WsRequest.parse(text);
        } catch (IllegalArgumentException e) {
            return; // dropped without a reply (ws-tmq.md 2)
        }
        Action action = request.action() == null ? null : actions.get(request.action());
        if (action == null) {
            return;
        }
        try {
            action.handle(session, request, channel, start);
        } catch (EngineException e) {
            sendText(channel, WsReplies.error(request.action(), request.reqId(), e.code(), e.getMessage(),
                    elapsed(start)));
        }
    }

    /** The socket closed: the consumer leaves its group. */
    void onClose(TmqSession session) {
        session.cancelWaitingPoll();
        if (session.consumer != null) {
            broker.leave(session.consumer);
        }
        session.held = null;
    }

    // ---- connection-level actions ----

    private void version(TmqSession session, WsRequest request, Channel channel, long start) {
        sendText(channel, WsReplies.ok("version", request.reqId(), elapsed(start),
                json -> json.writeStringProperty("version", version)));
    }

    private void subscribe(TmqSession session, WsRequest request, Channel channel, long start) {
        if (session.subscribed) {
            sendText(channel, WsReplies.error("subscribe", request.reqId(), ADAPTER_ERROR,
                    "tmq should have unsubscribed first", elapsed(start)));
            return;
        }
        List<String> topics = strings(request.args().get("topics"));
        if (session.consumer == null) {
            session.consumer = newConsumer(request, channel);
        }
        broker.subscribe(session.consumer, topics);
        session.subscribed = true;
        sendText(channel, WsReplies.ok("subscribe", request.reqId(), elapsed(start),
                json -> json.writeStringProperty("version", version)));
    }

    private ConsumerState newConsumer(WsRequest request, Channel channel) {
        String user = credentials.authenticate(channel, request.string("user"), request.string("password"));
        String group = request.string("group_id");
        if (group == null || group.isEmpty()) {
            throw new EngineException(0x0118, "invalid value for key 'group.id': ");
        }
        String reset = request.string("offset_reset") != null ? request.string("offset_reset")
                : request.string("offset_rest");
        boolean autoCommit = "true".equalsIgnoreCase(request.string("auto_commit"));
        long interval = parseLong(request.string("auto_commit_interval_ms"), 5_000);
        return broker.newConsumer(group, request.string("client_id"), user, OffsetReset.parse(reset), autoCommit,
                interval);
    }

    // ---- poll and fetch ----

    private void poll(TmqSession session, WsRequest request, Channel channel, long start) {
        if (!session.subscribed) {
            sendText(channel, WsReplies.error("poll", request.reqId(), ADAPTER_ERROR, "tmq not init", elapsed(start)));
            return;
        }
        session.cancelWaitingPoll();
        long messageId = request.unsigned("message_id");
        if (session.held != null && messageId != 0 && messageId != session.held.id()) {
            sendText(channel, pollReply(request.reqId(), session.held, start));
            return;
        }
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(Math.max(0, request.unsigned("blocking_time")));
        attemptPoll(session, request.reqId(), channel, start, deadline);
    }

    private void attemptPoll(TmqSession session, long reqId, Channel channel, long start, long deadline) {
        session.waitingPoll = null;
        PolledMessage message;
        try {
            autoCommit(session.consumer);
            message = broker.poll(session.consumer);
        } catch (EngineException e) {
            sendText(channel, WsReplies.error("poll", reqId, e.code(), e.getMessage(), elapsed(start)));
            return;
        }
        if (message != null) {
            session.held = new TmqSession.Held(session.nextMessageId++, message);
            sendText(channel, pollReply(reqId, session.held, start));
            return;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0 || !channel.isActive()) {
            sendText(channel, noMessage(reqId, start));
            return;
        }
        session.waitingPoll = channel.eventLoop().schedule(() -> attemptPoll(session, reqId, channel, start, deadline),
                Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(POLL_RECHECK_MILLIS)), TimeUnit.NANOSECONDS);
    }

    private void autoCommit(ConsumerState consumer) {
        long now = System.currentTimeMillis();
        if (consumer.autoCommit && now - consumer.lastAutoCommit >= consumer.autoCommitIntervalMs) {
            broker.commit(consumer);
            consumer.lastAutoCommit = now;
        }
    }

    private static String pollReply(long reqId, TmqSession.Held held, long start) {
        PolledMessage message = held.message();
        return WsReplies.ok("poll", reqId, elapsed(start), json -> {
            json.writeBooleanProperty("have_message", true);
            json.writeStringProperty("topic", message.topic());
            json.writeStringProperty("database", message.database());
            json.writeNumberProperty("vgroup_id", message.vgroupId());
            json.writeNumberProperty("message_type", 1);
            json.writeNumberProperty("message_id", held.id());
            json.writeNumberProperty("offset", message.requestOffset());
        });
    }

    private static String noMessage(long reqId, long start) {
        return WsReplies.ok("poll", reqId, elapsed(start), json -> {
            json.writeBooleanProperty("have_message", false);
            json.writeStringProperty("topic", "");
            json.writeStringProperty("database", "");
            json.writeNumberProperty("vgroup_id", 0);
            json.writeNumberProperty("message_type", 0);
            json.writeNumberProperty("message_id", 0);
            json.writeNumberProperty("offset", 0);
        });
    }

    private void fetchRawData(TmqSession session, WsRequest request, Channel channel, long start) {
        long messageId = request.unsigned("message_id");
        TmqSession.Held held = session.held;
        byte[] frame;
        if (held == null || held.id() != messageId) {
            String why = held == null ? "message is nil" : "message ID is not equal";
            frame = FetchRawDataReply.encode(elapsed(start), request.reqId(), ADAPTER_ERROR, why, messageId, 0,
                    new byte[0]);
        } else {
            frame = FetchRawDataReply.encode(elapsed(start), request.reqId(), 0, "", messageId,
                    FetchRawDataReply.RAW_TYPE_DATA, held.message().rawData());
        }
        channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(frame)));
    }

    // ---- offsets ----

    /** An action that needs a subscribed consumer; answers "tmq not init" before subscribe. */
    private Action consumerAction(Action action) {
        return (session, request, channel, start) -> {
            if (session.consumer == null) {
                sendText(channel, WsReplies.error(request.action(), request.reqId(), ADAPTER_ERROR, "tmq not init",
                        elapsed(start)));
                return;
            }
            action.handle(session, request, channel, start);
        };
    }

    private void commit(TmqSession session, WsRequest request, Channel channel, long start) {
        broker.commit(session.consumer);
        long messageId = request.unsigned("message_id");
        reply(channel, request, start, json -> json.writeNumberProperty("message_id", messageId));
    }

    private void commitOffset(TmqSession session, WsRequest request, Channel channel, long start) {
        TopicVgroup key = topicVgroup(request.args());
        long offset = request.unsigned("offset");
        broker.commitOffset(session.consumer, key, offset);
        reply(channel, request, start, json -> {
            json.writeStringProperty("topic", key.topic());
            json.writeNumberProperty("vgroup_id", key.vgroupId());
            json.writeNumberProperty("offset", offset);
        });
    }

    private void committed(TmqSession session, WsRequest request, Channel channel, long start) {
        List<Long> offsets = new ArrayList<>();
        for (TopicVgroup key : topicVgroups(request)) {
            offsets.add(broker.committed(session.consumer, key));
        }
        reply(channel, request, start, json -> writeLongs(json, "committed", offsets));
    }

    private void position(TmqSession session, WsRequest request, Channel channel, long start) {
        List<Long> offsets = new ArrayList<>();
        for (TopicVgroup key : topicVgroups(request)) {
            offsets.add(broker.position(session.consumer, key));
        }
        reply(channel, request, start, json -> writeLongs(json, "position", offsets));
    }

    private void seek(TmqSession session, WsRequest request, Channel channel, long start) {
        broker.seek(session.consumer, topicVgroup(request.args()), request.unsigned("offset"));
        reply(channel, request, start, json -> { });
    }

    private void assignment(TmqSession session, WsRequest request, Channel channel, long start) {
        List<VgroupAssignment> assigned = broker.assignment(session.consumer, request.string("topic"));
        reply(channel, request, start, json -> {
            json.writeName("assignment");
            json.writeStartArray();
            for (VgroupAssignment a : assigned) {
                json.writeStartObject();
                json.writeNumberProperty("vgroup_id", a.vgroupId());
                json.writeNumberProperty("offset", a.offset());
                json.writeNumberProperty("begin", a.begin());
                json.writeNumberProperty("end", a.end());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private void unsubscribe(TmqSession session, WsRequest request, Channel channel, long start) {
        session.cancelWaitingPoll();
        broker.leave(session.consumer);
        session.subscribed = false;
        session.held = null;
        reply(channel, request, start, json -> { });
    }

    private void listTopics(TmqSession session, WsRequest request, Channel channel, long start) {
        List<String> topics = session.consumer.topics;
        reply(channel, request, start, json -> {
            json.writeName("topics");
            json.writeStartArray();
            for (String topic : topics) {
                json.writeString(topic);
            }
            json.writeEndArray();
        });
    }

    // ---- helpers ----

    private static void reply(Channel channel, WsRequest request, long start, Consumer<JsonGenerator> body) {
        sendText(channel, WsReplies.ok(request.action(), request.reqId(), elapsed(start), body));
    }

    private static void writeLongs(JsonGenerator json, String name, List<Long> values) {
        json.writeName(name);
        json.writeStartArray();
        for (long value : values) {
            json.writeNumber(value);
        }
        json.writeEndArray();
    }

    private static List<TopicVgroup> topicVgroups(WsRequest request) {
        List<TopicVgroup> keys = new ArrayList<>();
        if (request.args().get("topic_vgroup_ids") instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> map) {
                    keys.add(topicVgroup(map));
                }
            }
        }
        return keys;
    }

    private static TopicVgroup topicVgroup(Map<?, ?> args) {
        Object topic = args.get("topic");
        Object vgroup = args.get("vgroup_id");
        return new TopicVgroup(topic instanceof String s ? s : "", vgroup instanceof Number n ? n.intValue() : 0);
    }

    private static List<String> strings(Object value) {
        List<String> list = new ArrayList<>();
        if (value instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof String s) {
                    list.add(s);
                }
            }
        }
        return list;
    }

    private static long parseLong(String text, long fallback) {
        try {
            return text == null ? fallback : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void sendText(Channel channel, String text) {
        channel.writeAndFlush(new TextWebSocketFrame(Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static long elapsed(long start) {
        return System.nanoTime() - start;
    }
}
