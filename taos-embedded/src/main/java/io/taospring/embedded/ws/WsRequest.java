package io.taospring.embedded.ws;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON request on {@code /ws}: {@code {"action":..,"args":{..}}} (ws-sql.md 3). Args keep their JSON
 * shape: strings, {@link Long} or {@link BigInteger} for integers, {@link Double}, {@link Boolean}, null,
 * lists and maps. Unknown keys are kept and ignored by the actions.
 *
 * @param action the action name; null when the request had none
 * @param args   the arguments (empty when absent)
 */
public record WsRequest(String action, Map<String, Object> args) {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * Parses a text frame.
     *
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    public static WsRequest parse(String text) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text.getBytes(StandardCharsets.UTF_8))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            Map<String, Object> top = readObject(parser);
            Object action = top.get("action");
            Object args = top.get("args");
            return new WsRequest(action instanceof String s ? s : null, asMap(args));
        } catch (JacksonException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /** The {@code req_id} as an unsigned 64-bit bit pattern; 0 when absent. */
    public long reqId() {
        return unsigned("req_id");
    }

    /** An integer argument as an unsigned 64-bit bit pattern; 0 when absent or not a number. */
    public long unsigned(String name) {
        Object value = args.get(name);
        if (value instanceof BigInteger big) {
            return big.longValue();
        }
        return value instanceof Number number ? number.longValue() : 0;
    }

    /** A string argument, or null. */
    public String string(String name) {
        Object value = args.get(name);
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Map<String, Object> readObject(JsonParser parser) {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            map.put(name, readValue(parser));
        }
        return map;
    }

    private static List<Object> readArray(JsonParser parser) {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(readValue(parser));
        }
        return list;
    }

    private static Object readValue(JsonParser parser) {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> integer(parser);
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Object integer(JsonParser parser) {
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
    }
}
