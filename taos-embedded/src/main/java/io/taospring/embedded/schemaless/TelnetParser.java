package io.taospring.embedded.schemaless;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenTSDB telnet lines ({@code protocol/ws-schemaless.md} section 3): {@code metric timestamp value tag=v...}.
 * The timestamp's unit comes from its digit count (10 seconds, 13 milliseconds, {@code 0} now), never from the
 * request's precision; at least one tag is required.
 */
final class TelnetParser {

    private final String data;
    private int end;

    TelnetParser(String data) {
        this.data = data;
    }

    /** Every point of the data, in order; empty lines are skipped. */
    List<SmlPoint> parse() {
        List<SmlPoint> points = new ArrayList<>();
        int start = 0;
        while (start <= data.length()) {
            int newline = data.indexOf('\n', start);
            end = newline < 0 ? data.length() : newline;
            if (skipSpaces(start) < end) {
                points.add(line(start));
            }
            start = end + 1;
        }
        return points;
    }

    private SmlPoint line(int lineStart) {
        int metricStart = skipSpaces(lineStart);
        int pos = token(metricStart);
        String metric = data.substring(metricStart, pos);
        if (metric.length() > LineParser.MAX_MEASUREMENT) {
            throw SmlErrors.invalidData("measure is empty or too large than 192", data, metricStart);
        }
        int timeStart = skipSpaces(pos);
        pos = token(timeStart);
        SmlTime time = OpenTsdbTime.fromDigits(data.substring(timeStart, pos), data, timeStart);
        int valueStart = skipSpaces(pos);
        pos = token(valueStart);
        SmlValue value = SmlValues.parse(data.substring(valueStart, pos), data, valueStart);
        int tagsStart = skipSpaces(pos);
        if (tagsStart >= end) {
            throw SmlErrors.at(SmlErrors.INVALID_VALUE, "invalid value", data, tagsStart);
        }
        List<SmlKv> tags = tags(tagsStart);
        String tableKey = metric + ' ' + data.substring(tagsStart, end);
        return new SmlPoint(metric.replace('.', '_'), tableKey, tags,
                List.of(new SmlKv(OpenTsdbTime.VALUE_COLUMN, value, valueStart)), time, lineStart);
    }

    private List<SmlKv> tags(int from) {
        List<SmlKv> tags = new ArrayList<>(4);
        int pos = from;
        while (pos < end) {
            int keyStart = pos;
            while (pos < end && data.charAt(pos) != '=' && data.charAt(pos) != ' ') {
                pos++;
            }
            if (pos >= end || data.charAt(pos) != '=') {
                throw SmlErrors.invalidData("invalid data", data, keyStart);
            }
            String key = data.substring(keyStart, pos);
            if (key.isEmpty() || SmlValues.utf8Length(key) > LineParser.MAX_KEY) {
                throw SmlErrors.at(SmlErrors.INVALID_COLUMN_LENGTH, "invalid key or key is too long than 64", data,
                        keyStart);
            }
            int valueStart = ++pos;
            pos = token(valueStart);
            tags.add(new SmlKv(key, SmlValues.nchar(data.substring(valueStart, pos), data, valueStart), keyStart));
            pos = skipSpaces(pos);
        }
        return tags;
    }

    /** The end of a non-empty token starting at {@code from}. */
    private int token(int from) {
        int pos = from;
        while (pos < end && data.charAt(pos) != ' ') {
            pos++;
        }
        if (pos == from) {
            throw SmlErrors.invalidData("invalid data", data, from);
        }
        return pos;
    }

    private int skipSpaces(int from) {
        int pos = from;
        while (pos < end && data.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }
}
