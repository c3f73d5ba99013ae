package io.taospring.client.transport.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockBuilder;
import io.taospring.client.codec.RawBlockCodec;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class RestValueDecoderTest {

    private final JsonFactory json = JsonFactory.builder().build();

    /** Decodes {@code value} (JSON text) as a one-row block of one column of {@code field}. */
    private RawBlock decode(TaosField field, String... values) {
        RestValueDecoder decoder = new RestValueDecoder(json, List.of(field));
        RawBlockBuilder builder = new RawBlockBuilder(List.of(field));
        for (String value : values) {
            try (JsonParser parser = json.createParser(ObjectReadContext.empty(), "[" + value + "]")) {
                parser.nextToken();
                JsonToken token = parser.nextToken();
                decoder.append(parser, token, 0, builder);
                assertThat(parser.nextToken()).isEqualTo(JsonToken.END_ARRAY);
            }
        }
        return RawBlockCodec.decode(builder.encode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"k\":\"v\",\"n\":[1,2.50,true,null],\"o\":{}} | {\"k\":\"v\",\"n\":[1,2.50,true,null],\"o\":{}}",
        "{ \"k\" : \"北京\" }                           | {\"k\":\"北京\"}",
        "\"v\"                                          | \"v\"",
        "12.50                                          | 12.50",
        "[1, 2]                                         | [1,2]",
        "true                                           | true"})
    void capturesAJsonTagValueAsCompactJsonText(String sent, String expected) {
        assertThat(decode(new TaosField("info", TaosType.JSON, 4095), sent).getString(0, 0)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.3", "3.4028235E38", "1.4E-45", "0.1", "16777217", "1.17549435E-38"})
    void parsesFloatTextStraightToTheNearestFloat32(String text) {
        assertThat((float) decode(new TaosField("f", TaosType.FLOAT, 4), text).getDouble(0, 0))
                .isEqualTo(Float.parseFloat(text));
    }

    @Test
    void readsBooleansFromLiteralsAndNumbers() {
        RawBlock block = decode(new TaosField("b", TaosType.BOOL, 1), "true", "false", "1", "0", "null");
        assertThat(List.of(block.getBoolean(0, 0), block.getBoolean(0, 1), block.getBoolean(0, 2), block.getBoolean(0, 3)))
                .containsExactly(true, false, true, false);
        assertThat(block.isNull(0, 4)).isTrue();
    }

    @Test
    void keepsTheDecimalScaleOfTheColumn() {
        RawBlock block = decode(new TaosField("d", TaosType.DECIMAL64, 8, 4), "\"12.3400\"", "-1", "\"0.0001\"");
        assertThat(List.of(block.getDecimal(0, 0), block.getDecimal(0, 1), block.getDecimal(0, 2)))
                .containsExactly(new BigDecimal("12.3400"), new BigDecimal("-1.0000"), new BigDecimal("0.0001"));
    }

    @Test
    void infersThePrecisionFromTheFirstNonNullTimestampAndKeepsIt() {
        TaosField ts = new TaosField("ts", TaosType.TIMESTAMP, 8);
        RestValueDecoder decoder = new RestValueDecoder(json, List.of(ts));
        RawBlockBuilder builder = new RawBlockBuilder(List.of(ts));
        try (JsonParser parser = json.createParser(ObjectReadContext.empty(),
                "[null,\"2022-06-29T05:50:55.401123Z\",\"2022-06-29T05:50:55.000001Z\"]")) {
            parser.nextToken();
            decoder.append(parser, parser.nextToken(), 0, builder);
            assertThat(decoder.precision()).isNull();
            decoder.append(parser, parser.nextToken(), 0, builder);
            decoder.append(parser, parser.nextToken(), 0, builder);
        }
        assertThat(decoder.fixPrecision()).isEqualTo(Precision.MICROSECONDS);
        RawBlock block = RawBlockCodec.decode(builder.encode());
        assertThat(block.getLong(0, 1)).isEqualTo(1_656_481_855_401_123L);
        assertThat(block.getLong(0, 2)).isEqualTo(1_656_481_855_000_001L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INT     | \"5\"",
        "INT     | 2147483648",
        "INT     | 1.5",
        "BIGINT  | 9223372036854775808",
        "DOUBLE  | \"1.0\"",
        "VARCHAR | 5",
        "TIMESTAMP | 1656481855401",
        "VARBINARY | \"abc\"",
        "BOOL    | \"true\""})
    void rejectsValuesOfTheWrongForm(String type, String value) {
        TaosField field = new TaosField("c", TaosType.fromName(type), type.equals("VARCHAR") || type.equals("VARBINARY")
                ? 8 : TaosType.fromName(type).fixedSize());
        assertThatThrownBy(() -> decode(field, value)).isInstanceOf(IllegalArgumentException.class);
    }
}
