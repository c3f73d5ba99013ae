package io.taospring.client.protocol.tmq;

import io.taospring.client.error.InterfaceError;
import io.taospring.client.protocol.ws.JsonMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/** Renders {@link TmqRequest}s and parses {@link TmqReply}s with streaming JSON; no data binding. */
public final class TmqJson {

    private final JsonFactory factory = JsonFactory.builder().build();

    /** Renders a request as the text of one WebSocket message. */
    public String render(TmqRequest request) {
        return JsonMessages.render(factory, request.action(), request.reqId(), g -> writeArgs(g, request));
    }

    private static void writeArgs(JsonGenerator g, TmqRequest request) {
        if (request instanceof TmqRequest.Subscribe s) {
            writeSubscribe(g, s);
        } else if (request instanceof TmqRequest.Poll p) {
            g.writeNumberProperty("blocking_time", p.blockingTime());
            g.writeNumberProperty("message_id", p.messageId());
        } else if (request instanceof TmqRequest.FetchRawData f) {
            g.writeNumberProperty("message_id", f.messageId());
        } else if (request instanceof TmqRequest.Commit c) {
            g.writeNumberProperty("message_id", c.messageId());
        } else if (request instanceof TmqRequest.CommitOffset c) {
            writeVgroupOffset(g, c.topic(), c.vgroupId(), c.offset());
        } else if (request instanceof TmqRequest.Seek s) {
            writeVgroupOffset(g, s.topic(), s.vgroupId(), s.offset());
        } else if (request instanceof TmqRequest.Committed c) {
            writeVgroups(g, c.vgroups());
        } else if (request instanceof TmqRequest.Position p) {
            writeVgroups(g, p.vgroups());
        } else if (request instanceof TmqRequest.Assignment a) {
            g.writeStringProperty("topic", a.topic());
        }
    }

    private static void writeSubscribe(JsonGenerator g, TmqRequest.Subscribe s) {
        g.writeStringProperty("user", s.user());
        g.writeStringProperty("password", s.password());
        if (s.db() != null) {
            g.writeStringProperty("db", s.db());
        }
        g.writeStringProperty("group_id", s.groupId());
        if (s.clientId() != null) {
            g.writeStringProperty("client_id", s.clientId());
        }
        g.writeStringProperty("offset_rest", s.offsetReset());
        g.writeName("topics");
        g.writeStartArray();
        for (String topic : s.topics()) {
            g.writeString(topic);
        }
        g.writeEndArray();
        g.writeStringProperty("auto_commit", Boolean.toString(s.autoCommit()));
        g.writeStringProperty("auto_commit_interval_ms", Long.toString(s.autoCommitIntervalMs()));
        g.writeStringProperty("with_table_name", Boolean.toString(s.withTableName()));
        g.writeName("config");
        g.writeStartObject();
        for (Map.Entry<String, String> entry : s.config().entrySet()) {
            g.writeStringProperty(entry.getKey(), entry.getValue());
        }
        g.writeEndObject();
    }

    private static void writeVgroupOffset(JsonGenerator g, String topic, int vgroupId, long offset) {
        g.writeStringProperty("topic", topic);
        g.writeNumberProperty("vgroup_id", vgroupId);
        g.writeNumberProperty("offset", offset);
    }

    private static void writeVgroups(JsonGenerator g, List<TmqRequest.Vgroup> vgroups) {
        g.writeName("topic_vgroup_ids");
        g.writeStartArray();
        for (TmqRequest.Vgroup vgroup : vgroups) {
            g.writeStartObject();
            g.writeStringProperty("topic", vgroup.topic());
            g.writeNumberProperty("vgroup_id", vgroup.vgroupId());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * Parses the text of one reply.
     *
     * @throws InterfaceError when the text is not a JSON object
     */
    public TmqReply parse(String text) {
        ReplyFields fields = new ReplyFields();
        JsonMessages.readObject(factory, text, "TMQ reply", fields::read);
        return fields.toReply();
    }

    /** Mutable collector for one reply; unknown keys are skipped. */
    private static final class ReplyFields {
        private String action = "";
        private long reqId;
        private int code;
        private String message = "";
        private long timing;
        private String version;
        private boolean haveMessage;
        private String topic = "";
        private String database = "";
        private int vgroupId;
        private int messageType;
        private long messageId;
        private long offset;
        private List<Long> offsets = List.of();
        private List<VgroupAssignment> assignment = List.of();
        private List<String> topics = List.of();

        void read(String name, JsonParser p) {
            switch (name) {
                case "action" -> action = JsonMessages.text(p, "");
                case "req_id" -> reqId = JsonMessages.unsignedLong(p);
                case "code" -> code = p.getValueAsInt();
                case "message" -> message = JsonMessages.text(p, "");
                case "timing" -> timing = p.getValueAsLong();
                case "version" -> version = JsonMessages.text(p, null);
                case "have_message" -> haveMessage = p.getValueAsBoolean();
                case "topic" -> topic = JsonMessages.text(p, "");
                case "database" -> database = JsonMessages.text(p, "");
                case "vgroup_id" -> vgroupId = p.getValueAsInt();
                case "message_type" -> messageType = p.getValueAsInt();
                case "message_id" -> messageId = JsonMessages.unsignedLong(p);
                case "offset" -> offset = p.getValueAsLong();
                case "committed", "position" -> offsets = longs(p);
                case "assignment" -> assignment = assignments(p);
                case "topics" -> topics = JsonMessages.strings(p, "");
                default -> p.skipChildren();
            }
        }

        TmqReply toReply() {
            return new TmqReply(action, reqId, code, message, timing, version, haveMessage, topic, database,
                    vgroupId, messageType, messageId, offset, offsets, assignment, topics);
        }



        private static List<Long> longs(JsonParser p) {
            List<Long> values = new ArrayList<>();
            if (p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    values.add(p.getValueAsLong());
                }
            }
            return values;
        }


        private static List<VgroupAssignment> assignments(JsonParser p) {
            List<VgroupAssignment> values = new ArrayList<>();
            if (p.currentToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                return values;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int vgroup = 0;
                long current = 0;
                long begin = 0;
                long end = 0;
                for (String name = p.nextName(); name != null; name = p.nextName()) {
                    p.nextToken();
                    switch (name) {
                        case "vgroup_id" -> vgroup = p.getValueAsInt();
                        case "offset" -> current = p.getValueAsLong();
                        case "begin" -> begin = p.getValueAsLong();
                        case "end" -> end = p.getValueAsLong();
                        default -> p.skipChildren();
                    }
                }
                values.add(new VgroupAssignment(vgroup, current, begin, end));
            }
            return values;
        }
    }
}
