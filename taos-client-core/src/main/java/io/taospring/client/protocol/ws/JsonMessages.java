package io.taospring.client.protocol.ws;

import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
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

    /**
     * Parses one reply object, handing each property to {@code property} with the parser on its value; a
     * property handler must consume or skip the whole value.
     *
     * @param kind what the text is, for the error message ("reply", "TMQ reply")
     * @throws InterfaceError when the text is not a JSON object
     */
    public static void readObject(JsonFactory factory, String text, String kind,
            BiConsumer<String, JsonParser> property) {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(text, kind, null);
            }
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                property.accept(name, p);
            }
        } catch (JacksonException e) {
            throw malformed(text, kind, e);
        }
    }

    private static InterfaceError malformed(String text, String kind, Throwable cause) {
        String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        return new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, "malformed " + kind + " from the server: " + shown,
                cause);
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
