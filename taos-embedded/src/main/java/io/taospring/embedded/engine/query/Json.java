package io.taospring.embedded.engine.query;

import io.taospring.client.TaosType;
import io.taospring.embedded.engine.sql.TypeSpec;
import io.taospring.embedded.engine.storage.Values;

/** The {@code json_tag->'key'} operator over JSON tag text (flat objects of scalars). */
final class Json {

    private static final TypeSpec JSON = new TypeSpec(TaosType.JSON, 4095, 0, 0);

    private Json() {
    }

    static Compiled extract(Compiled document, Compiled key) {
        Object name = key.value();
        Eval e = document.eval();
        return Compiled.of(row -> {
            Object json = e.eval(row);
            return json == null ? null : field(Values.text(json), Values.text(name));
        }, JSON, document.refs());
    }

    /** The raw JSON text of {@code key}'s value in a flat object, or null. */
    static String field(String json, String key) {
        String quoted = "\"" + key + "\"";
        int at = json.indexOf(quoted);
        while (at >= 0) {
            int colon = skipSpace(json, at + quoted.length());
            if (colon < json.length() && json.charAt(colon) == ':') {
                return value(json, skipSpace(json, colon + 1));
            }
            at = json.indexOf(quoted, at + 1);
        }
        return null;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String value(String json, int start) {
        if (start >= json.length()) {
            return null;
        }
        int end = start;
        if (json.charAt(start) == '"') {
            end++;
            while (end < json.length() && json.charAt(end) != '"') {
                end += json.charAt(end) == '\\' ? 2 : 1;
            }
            return json.substring(start, Math.min(end + 1, json.length()));
        }
        while (end < json.length() && json.charAt(end) != ',' && json.charAt(end) != '}') {
            end++;
        }
        String raw = json.substring(start, end).trim();
        return raw.equals("null") ? null : raw;
    }
}
