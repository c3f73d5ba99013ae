package io.taospring.client.transport.rest;

import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The members of a REST answer that come before its rows: {@code code}, {@code desc} and
 * {@code column_meta}. Reading stops on the {@code data} member, so the rows can be streamed.
 */
final class ResponseHead {

    private static final int UNSET = Integer.MIN_VALUE;

    private int code = UNSET;
    private String desc;
    private List<TaosField> fields;
    private boolean atData;

    private ResponseHead() {
    }

    /**
     * Reads members up to {@code data} (the parser then stands on the data array's start) or to the end
     * of the object.
     *
     * @throws IllegalArgumentException when the head does not follow the protocol
     */
    static ResponseHead read(JsonParser parser) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("the body is not a JSON object");
        }
        ResponseHead head = new ResponseHead();
        String name;
        while ((name = parser.nextName()) != null) {
            JsonToken value = parser.nextToken();
            if (name.equals("data")) {
                head.atData = true;
                return head;
            }
            head.member(name, value, parser);
        }
        return head;
    }

    private void member(String name, JsonToken value, JsonParser parser) {
        switch (name) {
            case "code" -> code = integer(value, parser, "code");
            case "desc" -> desc = value == JsonToken.VALUE_STRING ? parser.getString() : parser.getValueAsString();
            case "column_meta" -> fields = columnMeta(value, parser);
            default -> parser.skipChildren();
        }
    }

    /** The error code; 0 for success. */
    int code() {
        if (code == UNSET) {
            throw new IllegalArgumentException("no \"code\" member");
        }
        return code;
    }

    /** The error text, or a placeholder when the server sent none. */
    String desc() {
        return desc != null ? desc : "(no desc)";
    }

    /** Whether the parser stands on the {@code data} array. */
    boolean atData() {
        return atData;
    }

    /** The result columns. */
    List<TaosField> fields() {
        if (fields == null) {
            throw new IllegalArgumentException("no \"column_meta\" before \"data\"");
        }
        return fields;
    }

    private static List<TaosField> columnMeta(JsonToken value, JsonParser parser) {
        expect(value, JsonToken.START_ARRAY, "column_meta");
        List<TaosField> fields = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            expect(token, JsonToken.START_ARRAY, "a column_meta entry");
            fields.add(field(parser));
        }
        return List.copyOf(fields);
    }

    /** {@code [name, TYPE, length]}; the scale of {@code DECIMAL(p,s)} is kept. */
    private static TaosField field(JsonParser parser) {
        String name = parser.nextStringValue();
        String typeName = parser.nextStringValue();
        if (name == null || typeName == null) {
            throw new IllegalArgumentException("a column_meta entry without name and type");
        }
        int length = integer(parser.nextToken(), parser, "column length");
        expect(parser.nextToken(), JsonToken.END_ARRAY, "the end of a column_meta entry");
        return new TaosField(name, TaosType.fromName(typeName), length, decimalScale(typeName));
    }

    private static int decimalScale(String typeName) {
        int comma = typeName.indexOf(',');
        int close = typeName.indexOf(')', comma + 1);
        if (!typeName.regionMatches(true, 0, "DECIMAL", 0, 7) || comma < 0 || close < 0) {
            return 0;
        }
        return Integer.parseInt(typeName.substring(comma + 1, close).trim());
    }

    private static int integer(JsonToken token, JsonParser parser, String what) {
        expect(token, JsonToken.VALUE_NUMBER_INT, what);
        return parser.getIntValue();
    }

    private static void expect(JsonToken token, JsonToken expected, String what) {
        if (token != expected) {
            throw new IllegalArgumentException("expected " + what + " as " + expected + ", found " + token);
        }
    }
}
