package io.taospring.embedded.schemaless;

import io.taospring.client.TaosType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * OpenTSDB JSON ({@code protocol/ws-schemaless.md} section 4): one object or an array of objects with
 * {@code metric}, {@code timestamp}, {@code value} and a non-empty {@code tags} object. Values and tag values are
 * typed by their JSON form or by a {@code {"value":..,"type":..}} object (libtaos {@code clientSmlJson.c}).
 */
final class OpenTsdbJsonParser {

    /** A JSON number, kept as written so that its digits can be counted. */
    private record Num(String text, boolean integral) {
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String data;

    OpenTsdbJsonParser(String data) {
        this.data = data;
    }

    /** Every point of the document, in order. */
    List<SmlPoint> parse() {
        Object root = read();
        List<SmlPoint> points = new ArrayList<>();
        if (root instanceof List<?> list) {
            for (Object item : list) {
                points.add(point(item));
            }
        } else {
            points.add(point(root));
        }
        return points;
    }

    private Object read() {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), data)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                throw invalidJson("invalid json");
            }
            Object value = value(parser);
            if (parser.nextToken() != null) {
                throw invalidJson("invalid json");
            }
            return value;
        } catch (JacksonException e) {
            throw invalidJson("invalid json");
        }
    }

    private static Object value(JsonParser parser) {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> new Num(parser.getString(), true);
            case VALUE_NUMBER_FLOAT -> new Num(parser.getString(), false);
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Map<String, Object> object(JsonParser parser) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            parser.nextToken();
            map.put(name, value(parser));
        }
        return map;
    }

    private static List<Object> array(JsonParser parser) {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(value(parser));
        }
        return list;
    }

    private SmlPoint point(Object item) {
        if (!(item instanceof Map<?, ?> object)) {
            throw invalidJson("invalid json");
        }
        if (!(object.get("metric") instanceof String metric) || metric.isEmpty()
                || metric.length() > LineParser.MAX_MEASUREMENT) {
            throw invalidJson("invalid metric");
        }
        SmlTime time = time(object.get("timestamp"));
        SmlValue value = typed(object.get("value"));
        if (!(object.get("tags") instanceof Map<?, ?> tagObject) || tagObject.isEmpty()) {
            throw invalidJson("Tag should not be empty");
        }
        List<SmlKv> tags = new ArrayList<>(tagObject.size());
        StringBuilder tableKey = new StringBuilder(metric);
        for (Map.Entry<?, ?> tag : tagObject.entrySet()) {
            String key = (String) tag.getKey();
            if (key.isEmpty() || key.getBytes(StandardCharsets.UTF_8).length > LineParser.MAX_KEY) {
                throw SmlErrors.of(SmlErrors.INVALID_COLUMN_LENGTH, "invalid key or key is too long than 64:" + key);
            }
            tags.add(new SmlKv(key, typed(tag.getValue()), -1));
            tableKey.append('\u0000').append(key).append('\u0000').append(tag.getValue());
        }
        return new SmlPoint(metric.replace('.', '_'), tableKey.toString(), tags,
                List.of(new SmlKv(OpenTsdbTime.VALUE_COLUMN, value, -1)), time, -1);
    }

    private SmlTime time(Object timestamp) {
        if (timestamp instanceof Num num && num.integral()) {
            if (num.text().startsWith("-")) {
                throw invalidTimestamp();
            }
            return OpenTsdbTime.fromDigits(num.text(), null, -1);
        }
        if (timestamp instanceof Map<?, ?> object && object.size() == 2
                && object.get("value") instanceof Num num && num.integral()
                && object.get("type") instanceof String type) {
            long value = parseLong(num.text());
            if (value < 0) {
                throw invalidTimestamp();
            }
            return value == 0 ? SmlTime.NOW : new SmlTime(value, unit(type));
        }
        throw invalidTimestamp();
    }

    private static TimeUnit unit(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "s" -> TimeUnit.SECONDS;
            case "ms" -> TimeUnit.MILLISECONDS;
            case "us" -> TimeUnit.MICROSECONDS;
            case "ns" -> TimeUnit.NANOSECONDS;
            default -> throw invalidTimestamp();
        };
    }

    /** A value or tag value: a number is DOUBLE, a boolean BOOL, a string VARCHAR, or the typed object form. */
    private static SmlValue typed(Object value) {
        if (value instanceof Num num) {
            return SmlValue.fixed(TaosType.DOUBLE, NumberText.toDouble(num.text()));
        }
        if (value instanceof Boolean b) {
            return SmlValue.fixed(TaosType.BOOL, b);
        }
        if (value instanceof String s) {
            return string(TaosType.VARCHAR, s);
        }
        if (value instanceof Map<?, ?> object && object.size() == 2 && object.get("type") instanceof String type) {
            String lower = type.toLowerCase(Locale.ROOT);
            Object inner = object.get("value");
            if (inner instanceof Num num) {
                return JsonTypes.number(num.text(), lower);
            }
            if (inner instanceof Boolean b) {
                return JsonTypes.bool(b, lower);
            }
            if (inner instanceof String s) {
                return JsonTypes.string(s, lower);
            }
        }
        throw JsonTypes.badType();
    }

    static SmlValue string(TaosType type, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > (type == TaosType.NCHAR ? SmlValues.MAX_NCHAR : SmlValues.MAX_BINARY)) {
            throw SmlErrors.of(SmlErrors.VAR_COLUMN_LENGTH, "value too long");
        }
        return new SmlValue(type, type == TaosType.VARBINARY ? bytes : text, bytes.length);
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw invalidTimestamp();
        }
    }

    private static RuntimeException invalidTimestamp() {
        return SmlErrors.of(SmlErrors.INVALID_DATA, "invalid timestamp");
    }

    private static RuntimeException invalidJson(String message) {
        return SmlErrors.of(SmlErrors.INVALID_JSON, message);
    }
}
