package io.taospring.embedded.schemaless;

import io.taospring.client.TaosType;
import io.taospring.embedded.engine.query.Wkt;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Reads a line-protocol or telnet value with its type ({@code protocol/ws-schemaless.md} section 2): quoted
 * strings with an optional {@code L}/{@code G}/{@code B} prefix, booleans, and numbers with a type suffix
 * (libtaos {@code smlParseValue} / {@code smlParseNumber}: the suffix letter is case-insensitive, the number
 * is read as C's {@code strtod} reads it).
 */
final class SmlValues {

    /** Longest VARCHAR/VARBINARY value in bytes (TSDB_MAX_BINARY_LEN minus the length header). */
    static final int MAX_BINARY = 65_517;
    /** Longest NCHAR value (TSDB_MAX_NCHAR_LEN minus the header, in 4-byte characters). */
    static final int MAX_NCHAR = 16_379;

    private static final double FLOAT_MAX = 3.402823466e+38;

    private SmlValues() {
    }

    /** A tag value of line protocol or telnet: always NCHAR. */
    static SmlValue nchar(String text, String data, int position) {
        int bytes = utf8Length(text);
        if (bytes > MAX_NCHAR) {
            throw SmlErrors.at(SmlErrors.VAR_COLUMN_LENGTH, "value too long", data, position);
        }
        return new SmlValue(TaosType.NCHAR, text, bytes);
    }

    /** A field value as written (quoted strings still escaped), typed by its form. */
    static SmlValue parse(String raw, String data, int position) {
        SmlValue value = parseOrNull(raw);
        if (value == null) {
            throw SmlErrors.at(SmlErrors.INVALID_VALUE, "smlParseValue error", data, position);
        }
        if (value.length() > (value.type() == TaosType.NCHAR ? MAX_NCHAR : MAX_BINARY)) {
            throw SmlErrors.at(SmlErrors.VAR_COLUMN_LENGTH, "value too long", data, position);
        }
        return value;
    }

    private static SmlValue parseOrNull(String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        char first = raw.charAt(0);
        if (first == '"') {
            return quoted(raw, 1, TaosType.VARCHAR);
        }
        if (raw.length() > 1 && raw.charAt(1) == '"') {
            switch (first) {
                case 'L', 'l' -> {
                    return quoted(raw, 2, TaosType.NCHAR);
                }
                case 'G', 'g' -> {
                    return quoted(raw, 2, TaosType.GEOMETRY);
                }
                case 'B', 'b' -> {
                    return quoted(raw, 2, TaosType.VARBINARY);
                }
                default -> {
                    return null;
                }
            }
        }
        if (first == 't' || first == 'T' || first == 'f' || first == 'F') {
            return bool(raw);
        }
        return number(raw);
    }

    private static SmlValue quoted(String raw, int start, TaosType type) {
        if (raw.length() < start + 1 || raw.charAt(raw.length() - 1) != '"') {
            return null;
        }
        String text = unescapeString(raw, start, raw.length() - 1);
        return switch (type) {
            case VARCHAR, NCHAR -> new SmlValue(type, text, utf8Length(text));
            case GEOMETRY -> bytes(type, Wkt.toWkb(text));
            default -> bytes(type, varbinary(text));
        };
    }

    private static SmlValue bytes(TaosType type, byte[] value) {
        return value == null ? null : new SmlValue(type, value, value.length);
    }

    private static byte[] varbinary(String text) {
        if (!text.startsWith("\\x")) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        String hex = text.substring(2);
        if (hex.length() % 2 != 0) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The text between {@code from} and {@code to} with {@code \"} and {@code \\} unescaped. */
    static String unescapeString(String raw, int from, int to) {
        if (raw.indexOf('\\', from) < 0) {
            return raw.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < to && (raw.charAt(i + 1) == '"' || raw.charAt(i + 1) == '\\')) {
                c = raw.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static SmlValue bool(String raw) {
        if (raw.length() == 1 || raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
            char first = raw.charAt(0);
            if (raw.length() == 1 || (first == 't' || first == 'T') == raw.equalsIgnoreCase("true")) {
                return SmlValue.fixed(TaosType.BOOL, first == 't' || first == 'T');
            }
        }
        return null;
    }

    private static SmlValue number(String raw) {
        int end = NumberText.end(raw);
        if (end == 0) {
            return null;
        }
        String digits = raw.substring(0, end);
        TaosType type = suffixType(raw.substring(end));
        if (type == null) {
            return null;
        }
        return switch (type) {
            case DOUBLE -> SmlValue.fixed(type, NumberText.toDouble(digits));
            case FLOAT -> toFloat(NumberText.toDouble(digits));
            default -> integer(type, digits);
        };
    }

    private static SmlValue toFloat(double value) {
        if (Double.isNaN(value) || Math.abs(value) > FLOAT_MAX) {
            return Double.isNaN(value) ? SmlValue.fixed(TaosType.FLOAT, value) : null;
        }
        return SmlValue.fixed(TaosType.FLOAT, (double) (float) value);
    }

    private static SmlValue integer(TaosType type, String digits) {
        Long value = NumberText.toLong(digits, type == TaosType.UBIGINT);
        if (value == null || !IntegerRange.contains(type, value)) {
            return null;
        }
        return SmlValue.fixed(type, value);
    }

    /** The type a number's suffix asks for, or null for an unknown suffix. */
    static TaosType suffixType(String suffix) {
        if (suffix.isEmpty()) {
            return TaosType.DOUBLE;
        }
        char letter = Character.toLowerCase(suffix.charAt(0));
        String width = suffix.substring(1);
        if (letter == 'f') {
            return width.equals("64") ? TaosType.DOUBLE : width.equals("32") ? TaosType.FLOAT : null;
        }
        if (letter != 'i' && letter != 'u') {
            return null;
        }
        boolean signed = letter == 'i';
        return switch (width) {
            case "", "64" -> signed ? TaosType.BIGINT : TaosType.UBIGINT;
            case "32" -> signed ? TaosType.INT : TaosType.UINT;
            case "16" -> signed ? TaosType.SMALLINT : TaosType.USMALLINT;
            case "8" -> signed ? TaosType.TINYINT : TaosType.UTINYINT;
            default -> null;
        };
    }

    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
