package io.taospring.client.protocol.ws;

import io.taospring.client.TaosType;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.stmt.BindField;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/** Renders {@link JsonRequest}s and parses {@link JsonReply}s with streaming JSON; no data binding. */
public final class WsJson {

    private final JsonFactory factory = JsonFactory.builder().build();

    /** Renders a request as the text of one WebSocket message. */
    public String render(JsonRequest request) {
        return JsonMessages.render(factory, request.action(), request.reqId(), g -> writeArgs(g, request));
    }

    private static void writeArgs(JsonGenerator g, JsonRequest request) {
        if (request instanceof JsonRequest.Conn c) {
            g.writeStringProperty("user", c.user());
            g.writeStringProperty("password", c.password());
            writeOptional(g, "db", c.db());
            writeOptional(g, "tz", c.tz());
            writeOptional(g, "app", c.app());
        } else if (request instanceof JsonRequest.FreeResult f) {
            g.writeNumberProperty("id", f.resultId());
        } else if (request instanceof JsonRequest.Stmt2Init i) {
            g.writeBooleanProperty("single_stb_insert", i.singleStbInsert());
            g.writeBooleanProperty("single_table_bind_once", i.singleTableBindOnce());
        } else if (request instanceof JsonRequest.Stmt2Prepare p) {
            g.writeNumberProperty("stmt_id", p.stmtId());
            g.writeStringProperty("sql", p.sql());
            g.writeBooleanProperty("get_fields", p.getFields());
        } else if (request instanceof JsonRequest.Stmt2Exec e) {
            g.writeNumberProperty("stmt_id", e.stmtId());
        } else if (request instanceof JsonRequest.Stmt2Close c) {
            g.writeNumberProperty("stmt_id", c.stmtId());
        } else if (request instanceof JsonRequest.Insert i) {
            g.writeNumberProperty("protocol", i.protocol());
            g.writeStringProperty("precision", i.precision());
            g.writeNumberProperty("ttl", i.ttl());
            g.writeStringProperty("data", i.data());
        }
    }

    private static void writeOptional(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    /**
     * Parses the text of one reply.
     *
     * @throws InterfaceError when the text is not a JSON object
     */
    public JsonReply parse(String text) {
        ReplyFields fields = new ReplyFields();
        JsonMessages.readObject(factory, text, "reply", fields::read);
        return fields.toReply();
    }

    /** Mutable collector for one reply; unknown keys are skipped, as the protocol asks. */
    private static final class ReplyFields {
        private String action = "";
        private long reqId;
        private int code;
        private String message = "";
        private long timing;
        private String version;
        private long resultId;
        private boolean isUpdate;
        private long affectedRows;
        private List<String> names = List.of();
        private List<Integer> types = List.of();
        private List<Integer> lengths = List.of();
        private List<Integer> scales = List.of();
        private int precision;
        private long stmtId;
        private boolean isInsert;
        private List<BindField> stmtFields = List.of();
        private long affected;

        void read(String name, JsonParser p) {
            switch (name) {
                case "action" -> action = JsonMessages.text(p, "");
                case "req_id" -> reqId = JsonMessages.unsignedLong(p);
                case "code" -> code = p.getValueAsInt();
                case "message" -> message = JsonMessages.text(p, "");
                case "timing" -> timing = p.getValueAsLong();
                case "version" -> version = JsonMessages.text(p, null);
                case "id" -> resultId = JsonMessages.unsignedLong(p);
                case "is_update" -> isUpdate = p.getValueAsBoolean();
                case "affected_rows" -> affectedRows = p.getValueAsLong();
                case "fields_names" -> names = JsonMessages.strings(p, null);
                case "fields_types" -> types = ints(p);
                case "fields_lengths" -> lengths = ints(p);
                case "fields_scales" -> scales = ints(p);
                case "precision" -> precision = p.getValueAsInt();
                case "stmt_id" -> stmtId = JsonMessages.unsignedLong(p);
                case "is_insert" -> isInsert = p.getValueAsBoolean();
                case "fields" -> stmtFields = bindFields(p);
                case "affected" -> affected = p.getValueAsLong();
                default -> p.skipChildren();
            }
        }

        JsonReply toReply() {
            return new JsonReply(action, reqId, code, message, timing, version, resultId, isUpdate, affectedRows,
                    names, types, lengths, scales, precision, stmtId, isInsert, stmtFields, affected);
        }




        /** The {@code fields} of a {@code stmt2_prepare} reply (ws-stmt.md 3); null reads as none. */
        private static List<BindField> bindFields(JsonParser p) {
            List<BindField> fields = new ArrayList<>();
            if (p.currentToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                return fields;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                fields.add(bindField(p));
            }
            return fields;
        }

        private static BindField bindField(JsonParser p) {
            String name = "";
            int type = 0;
            int precision = 0;
            int scale = 0;
            int bytes = 0;
            int bindType = BindField.Kind.COLUMN.code();
            for (String key = p.nextName(); key != null; key = p.nextName()) {
                p.nextToken();
                switch (key) {
                    case "name" -> name = JsonMessages.text(p, "");
                    case "field_type" -> type = p.getValueAsInt();
                    case "precision" -> precision = p.getValueAsInt();
                    case "scale" -> scale = p.getValueAsInt();
                    case "bytes" -> bytes = p.getValueAsInt();
                    case "bind_type" -> bindType = p.getValueAsInt();
                    default -> p.skipChildren();
                }
            }
            try {
                return new BindField(name, TaosType.fromCode(type), bytes, precision, scale,
                        BindField.Kind.fromCode(bindType));
            } catch (IllegalArgumentException e) {
                throw new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, "unusable placeholder '" + name + "': "
                        + e.getMessage(), e);
            }
        }

        private static List<Integer> ints(JsonParser p) {
            List<Integer> values = new ArrayList<>();
            if (p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    values.add(p.getValueAsInt());
                }
            }
            return values;
        }
    }
}
