package io.taospring.embedded.schemaless;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * InfluxDB line protocol as libtaos reads it ({@code protocol/ws-schemaless.md} section 2):
 * {@code measurement[,tag=value...] field=value[,field=value...] [timestamp]}, one line per {@code \n}; empty
 * lines and lines starting with {@code #} are skipped. A backslash makes the next separator literal.
 */
final class LineParser {

    /** Longest measurement (TDengine's table-name limit). */
    static final int MAX_MEASUREMENT = 192;
    /** Longest tag or field key in bytes. */
    static final int MAX_KEY = 64;

    private static final String MEASUREMENT_SPECIALS = ", ";
    private static final String KEY_SPECIALS = ",= ";

    private final String data;
    private final TimeUnit unit;
    private int end;

    /** A parser of {@code data} whose timestamps count {@code unit}s. */
    LineParser(String data, TimeUnit unit) {
        this.data = data;
        this.unit = unit;
    }

    /** Every point of the data, in order. */
    List<SmlPoint> parse() {
        List<SmlPoint> points = new ArrayList<>();
        int start = 0;
        while (start <= data.length()) {
            int newline = data.indexOf('\n', start);
            end = newline < 0 ? data.length() : newline;
            if (end > start && data.charAt(start) != '#') {
                points.add(line(start));
            }
            start = end + 1;
        }
        return points;
    }

    private SmlPoint line(int lineStart) {
        int pos = skipSpaces(lineStart);
        int measurementStart = pos;
        pos = scan(pos, MEASUREMENT_SPECIALS);
        String measurement = unescape(measurementStart, pos, MEASUREMENT_SPECIALS);
        if (measurement.isEmpty() || measurement.length() > MAX_MEASUREMENT) {
            throw SmlErrors.invalidData("measure is empty or too large than 192", data, measurementStart);
        }
        List<SmlKv> tags = new ArrayList<>(4);
        if (pos < end && data.charAt(pos) == ',') {
            pos = tags(pos + 1, tags);
        }
        String tableKey = data.substring(measurementStart, pos);
        if (pos >= end) {
            throw SmlErrors.invalidData("invalid data", data, lineStart);
        }
        List<SmlKv> fields = new ArrayList<>(4);
        pos = fields(skipSpaces(pos), fields);
        SmlTime time = timestamp(skipSpaces(pos));
        return new SmlPoint(measurement.replace('.', '_'), tableKey, tags, fields, time, lineStart);
    }

    private int tags(int from, List<SmlKv> tags) {
        int pos = from;
        while (true) {
            int keyStart = pos;
            pos = key(pos);
            String key = unescape(keyStart, pos, KEY_SPECIALS);
            int valueStart = ++pos;
            pos = scan(pos, KEY_SPECIALS);
            if (pos < end && data.charAt(pos) == '=') {
                throw SmlErrors.invalidData("invalid data", data, pos);
            }
            if (pos == valueStart) {
                throw SmlErrors.invalidData("invalid value", data, valueStart);
            }
            tags.add(new SmlKv(key, SmlValues.nchar(unescape(valueStart, pos, KEY_SPECIALS), data, valueStart),
                    keyStart));
            if (pos >= end || data.charAt(pos) == ' ') {
                return pos;
            }
            pos++;
        }
    }

    private int fields(int from, List<SmlKv> fields) {
        int pos = from;
        while (true) {
            int keyStart = pos;
            pos = key(pos);
            String key = unescape(keyStart, pos, KEY_SPECIALS);
            int valueStart = ++pos;
            pos = fieldValueEnd(pos);
            if (pos == valueStart) {
                throw SmlErrors.invalidData("invalid value", data, valueStart);
            }
            fields.add(new SmlKv(key, SmlValues.parse(data.substring(valueStart, pos), data, valueStart), keyStart));
            if (pos >= end || data.charAt(pos) == ' ') {
                return pos;
            }
            pos++;
        }
    }

    /** The end of a key: the position of its unescaped {@code =}. */
    private int key(int from) {
        int pos = scan(from, KEY_SPECIALS);
        if (pos >= end || data.charAt(pos) != '=') {
            throw SmlErrors.invalidData("invalid data", data, pos < end ? pos : from);
        }
        int bytes = SmlValues.utf8Length(data.substring(from, pos));
        if (pos == from || bytes > MAX_KEY) {
            throw SmlErrors.at(SmlErrors.INVALID_COLUMN_LENGTH, "invalid key or key is too long than 64", data, from);
        }
        return pos;
    }

    private int fieldValueEnd(int from) {
        int quote = quoteStart(from);
        if (quote < 0) {
            int pos = from;
            while (pos < end && data.charAt(pos) != ',' && data.charAt(pos) != ' ') {
                pos++;
            }
            return pos;
        }
        int pos = quote + 1;
        while (pos < end && data.charAt(pos) != '"') {
            char c = data.charAt(pos);
            pos += c == '\\' && pos + 1 < end && (data.charAt(pos + 1) == '"' || data.charAt(pos + 1) == '\\') ? 2 : 1;
        }
        if (pos >= end) {
            throw SmlErrors.invalidData("only one quote", data, from);
        }
        pos++;
        if (pos < end && data.charAt(pos) != ',' && data.charAt(pos) != ' ') {
            throw SmlErrors.invalidData("invalid data", data, pos);
        }
        return pos;
    }

    private int quoteStart(int from) {
        if (from < end && data.charAt(from) == '"') {
            return from;
        }
        boolean prefixed = from + 1 < end && data.charAt(from + 1) == '"' && "LlGgBb".indexOf(data.charAt(from)) >= 0;
        return prefixed ? from + 1 : -1;
    }

    private SmlTime timestamp(int from) {
        int to = end;
        while (to > from && data.charAt(to - 1) == ' ') {
            to--;
        }
        if (to == from || (to == from + 1 && data.charAt(from) == '0')) {
            return SmlTime.NOW;
        }
        try {
            return new SmlTime(Long.parseLong(data.substring(from, to)), unit);
        } catch (NumberFormatException e) {
            throw SmlErrors.invalidData("invalid timestamp", data, from);
        }
    }

    /** The first unescaped separator of {@code specials} at or after {@code from}, or the line's end. */
    private int scan(int from, String specials) {
        int pos = from;
        while (pos < end) {
            char c = data.charAt(pos);
            if (c == '\\' && pos + 1 < end && specials.indexOf(data.charAt(pos + 1)) >= 0) {
                pos += 2;
            } else if (specials.indexOf(c) >= 0) {
                return pos;
            } else {
                pos++;
            }
        }
        return pos;
    }

    private String unescape(int from, int to, String specials) {
        if (!hasBackslash(from, to)) {
            return data.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = data.charAt(i);
            if (c == '\\' && i + 1 < to && specials.indexOf(data.charAt(i + 1)) >= 0) {
                c = data.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private boolean hasBackslash(int from, int to) {
        for (int i = from; i < to; i++) {
            if (data.charAt(i) == '\\') {
                return true;
            }
        }
        return false;
    }

    private int skipSpaces(int from) {
        int pos = from;
        while (pos < end && data.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }
}
