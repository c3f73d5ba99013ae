package io.taospring.client.protocol.ws;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON shared by taosAdapter's WebSocket protocols ({@code /ws} and {@code /rest/tmq}): the request
 * envelope {@code {"action": ..., "args": {"req_id": ..., ...}}} and the value readers of their replies.
 */
public final class JsonMessages {

    private JsonMessages() {
    }

    /** Renders one request: the envelope, with {@code args} writing the action's own arguments. */
    public static String render(JsonFactory factory, String action, long reqId, Consumer<JsonGenerator> args) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty("action", action);
            g.writeName("args");
            g.writeStartObject();
            g.writeNumberProperty("req_id", reqId);
            args.accept(g);
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toString();
    }

    /** The current string value, or {@code whenNull} for a JSON null. */
    public static String text(JsonParser p, String whenNull) {
        return p.currentToken() == JsonToken.VALUE_NULL ? whenNull : p.getString();
    }

    /** The current integer as a uint64 bit pattern: ids above 2^63 keep their bits. */
    public static long unsignedLong(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return p.getValueAsLong();
        }
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? p.getBigIntegerValue().longValue() : p.getLongValue();
    }

    /** The current array of strings (JSON nulls as {@code whenNull}); empty for a non-array. */
    public static List<String> strings(JsonParser p, String whenNull) {
        List<String> values = new ArrayList<>();
        if (p.currentToken() == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                values.add(text(p, whenNull));
            }
        }
        return values;
    }
}
