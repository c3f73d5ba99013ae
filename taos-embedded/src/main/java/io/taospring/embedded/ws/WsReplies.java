package io.taospring.embedded.ws;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON replies of {@code /ws}: every one carries code, message, action, req_id and timing
 * (ws-sql.md 3), followed by the action's own fields.
 */
public final class WsReplies {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private WsReplies() {
    }

    /** A reply with the common envelope and the fields {@code body} writes. */
    public static String reply(String action, long reqId, int code, String message, long timing, Consumer<JsonGenerator> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeNumberProperty("code", code);
            json.writeStringProperty("message", message == null ? "" : message);
            json.writeStringProperty("action", action);
            json.writeName("req_id");
            writeUnsigned(json, reqId);
            json.writeNumberProperty("timing", timing);
            body.accept(json);
            json.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A success reply with the action's fields. */
    public static String ok(String action, long reqId, long timing, Consumer<JsonGenerator> body) {
        return reply(action, reqId, 0, "", timing, body);
    }

    /** An error reply: the envelope only. */
    public static String error(String action, long reqId, int code, String message, long timing) {
        return reply(action, reqId, code, message, timing, json -> { });
    }

    /** Writes a 64-bit id as an unsigned JSON integer (ids above 2^63 stay exact). */
    public static void writeUnsigned(JsonGenerator json, long value) {
        json.writeNumber(Long.toUnsignedString(value));
    }

    /** Writes an int array, or null. */
    static void writeInts(JsonGenerator json, String name, int[] values) {
        json.writeName(name);
        if (values == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (int value : values) {
            json.writeNumber(value);
        }
        json.writeEndArray();
    }
}
