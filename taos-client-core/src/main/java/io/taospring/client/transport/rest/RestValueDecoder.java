package io.taospring.client.transport.rest;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlockBuilder;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Appends one JSON value of a REST row to a block builder, decoded as {@code protocol/rest.md} section
 * 5.3 encodes each type: the one place that knows REST's JSON value forms.
 *
 * <p>It also infers the result's timestamp precision, which REST does not send, from the fraction
 * digits of the first non-null timestamp (see {@link RestTimestamps#precisionOf}).
 */
final class RestValueDecoder {

    private static final BigInteger UNSIGNED_LONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private final JsonFactory json;
    private final List<TaosField> fields;
    private Precision precision;

    RestValueDecoder(JsonFactory json, List<TaosField> fields) {
        this.json = json;
        this.fields = fields;
    }

    /** The precision seen so far, or null before the first non-null timestamp. */
    Precision precision() {
        return precision;
    }

    /** Fixes the precision (milliseconds when no timestamp has been seen); later timestamps must fit it. */
    Precision fixPrecision() {
        if (precision == null) {
            precision = Precision.MILLISECONDS;
        }
        return precision;
    }

    /**
     * Appends the value the parser stands on ({@code token}) to {@code column}.
     *
     * @throws IllegalArgumentException when the value does not have the form its column's type needs
     */
    void append(JsonParser parser, JsonToken token, int column, RawBlockBuilder builder) {
        if (token == JsonToken.VALUE_NULL) {
            builder.appendNull(column);
            return;
        }
        switch (fields.get(column).type()) {
            case BOOL -> builder.appendBoolean(column, bool(parser, token));
            case TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT -> builder.appendLong(column,
                    signedLong(parser, token));
            case UBIGINT -> builder.appendLong(column, unsignedLong(parser, token));
            case FLOAT -> builder.appendDouble(column, Float.parseFloat(number(parser, token)));
            case DOUBLE -> builder.appendDouble(column, Double.parseDouble(number(parser, token)));
            case TIMESTAMP -> builder.appendLong(column, timestamp(string(parser, token)));
            case VARCHAR, NCHAR -> builder.appendString(column, string(parser, token));
            case JSON -> builder.appendString(column, compactJson(parser));
            case VARBINARY, GEOMETRY, BLOB -> builder.appendBytes(column, HexFormat.of().parseHex(string(parser, token)));
            case DECIMAL, DECIMAL64 -> builder.appendDecimal(column, decimal(parser, token));
            case NULL -> throw new IllegalArgumentException("a value in a column of type NULL");
        }
    }

    private static boolean bool(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        return signedLong(parser, token) != 0;
    }

    private static long signedLong(JsonParser parser, JsonToken token) {
        BigInteger value = integer(parser, token);
        if (value.bitLength() > 63) {
            throw new IllegalArgumentException("integer " + value + " is out of range");
        }
        return value.longValue();
    }

    /** BIGINT UNSIGNED up to 2^64-1, returned as its bit pattern. */
    private static long unsignedLong(JsonParser parser, JsonToken token) {
        BigInteger value = integer(parser, token);
        if (value.signum() < 0 || value.compareTo(UNSIGNED_LONG_MAX) > 0) {
            throw new IllegalArgumentException("unsigned integer " + value + " is out of range");
        }
        return value.longValue();
    }

    private static BigInteger integer(JsonParser parser, JsonToken token) {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw unexpected(token, "an integer");
        }
        return switch (parser.getNumberType()) {
            case INT, LONG -> BigInteger.valueOf(parser.getLongValue());
            default -> parser.getBigIntegerValue();
        };
    }

    /** The number's text, so that FLOAT is parsed straight to float32 (no double rounding). */
    private static String number(JsonParser parser, JsonToken token) {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw unexpected(token, "a number");
        }
        return parser.getString();
    }

    private static String string(JsonParser parser, JsonToken token) {
        if (token != JsonToken.VALUE_STRING) {
            throw unexpected(token, "a string");
        }
        return parser.getString();
    }

    private static BigDecimal decimal(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return new BigDecimal(parser.getString());
        }
        return new BigDecimal(string(parser, token));
    }

    private long timestamp(String text) {
        if (precision == null) {
            precision = RestTimestamps.precisionOf(text);
        }
        return RestTimestamps.parse(text, precision);
    }

    /** A JSON tag's value (object, array or scalar) as compact JSON text, numbers as sent. */
    private String compactJson(JsonParser parser) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = json.createGenerator(ObjectWriteContext.empty(), text)) {
            generator.copyCurrentStructureExact(parser);
        }
        return text.toString();
    }

    private static IllegalArgumentException unexpected(JsonToken token, String expected) {
        return new IllegalArgumentException("expected " + expected + ", found " + token);
    }
}
