package io.taospring.embedded.schemaless;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenTsdbTest extends SchemalessTestSupport {

    @BeforeEach
    void createDatabase() {
        database("ms");
    }

    @Test
    void writesTelnetLinesWithValueColumnAndNcharTags() throws Exception {
        write(SchemalessInserter.TELNET, "meters.current 1648432611249 10.3 location=California.SanFrancisco groupid=2\n"
                + "meters.current 1648432611 219 location=LA groupid=3");

        assertThat(schema("meters_current")).containsExactly("_ts TIMESTAMP", "_value DOUBLE",
                "location NCHAR(32) TAG", "groupid NCHAR(2) TAG");
        assertThat(rows("select tbname, _ts, _value from meters_current where groupid = '2'")).containsExactly(
                List.of(md5Name("meters_current,groupid=2,location=California.SanFrancisco"), 1648432611249L, 10.3));
    }

    @Test
    void ignoresTheConfiguredPrecisionForTelnet() {
        inserter.insert("sml", SchemalessInserter.TELNET, "ns", "m 1648432611 1 t=1", null);

        assertThat(rows("select _ts from m")).containsExactly(List.of(1648432611000L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"m 16484326112 1 t=1", "m 1648432611249 1", "m 1648432611249", "m x 1 t=1",
            "m 1648432611249 1 t", "m 1648432611249 abc t=1"})
    void rejectsMalformedTelnetLines(String line) {
        assertThat(failure(SchemalessInserter.TELNET, "", line).code())
                .isIn(SmlErrors.INVALID_DATA, SmlErrors.INVALID_VALUE);
    }

    @Test
    void requiresTagsOnTelnetLines() {
        assertThat(failure(SchemalessInserter.TELNET, "", "m 1648432611249 1").code())
                .isEqualTo(SmlErrors.INVALID_VALUE);
    }

    @Test
    void writesJsonWithTypedValuesAndTags() throws Exception {
        write(SchemalessInserter.JSON, "[{\"metric\":\"meters.current\",\"timestamp\":1648432611249,\"value\":10.3,"
                + "\"tags\":{\"location\":\"SF\",\"groupid\":2}},"
                + "{\"metric\":\"meters.voltage\",\"timestamp\":{\"value\":1648432611249123,\"type\":\"us\"},"
                + "\"value\":{\"value\":219,\"type\":\"i32\"},\"tags\":{\"on\":true}}]");

        assertThat(schema("meters_current")).containsExactly("_ts TIMESTAMP", "_value DOUBLE",
                "location VARCHAR(4) TAG", "groupid DOUBLE TAG");
        assertThat(schema("meters_voltage")).containsExactly("_ts TIMESTAMP", "_value INT", "on BOOL TAG");
        assertThat(rows("select _ts, _value from meters_voltage")).containsExactly(List.of(1648432611249L, 219L));
        assertThat(rows("select tbname from meters_current")).hasSize(1);
    }

    @Test
    void acceptsASingleJsonObject() {
        assertThat(write(SchemalessInserter.JSON,
                "{\"metric\":\"m\",\"timestamp\":1648432611,\"value\":true,\"tags\":{\"t\":\"x\"}}")).isEqualTo(1);
        assertThat(schema("m")).contains("_value BOOL");
    }

    @Test
    void reportsJsonErrorsWithTheirCodes() {
        assertThat(failure(SchemalessInserter.JSON, "", "{\"metric\":\"m\",\"timestamp\":0,\"value\":1,\"tags\":{}}")
                .code()).isEqualTo(SmlErrors.INVALID_JSON);
        assertThat(failure(SchemalessInserter.JSON, "",
                "{\"metric\":\"m\",\"timestamp\":0,\"value\":{\"value\":1,\"type\":\"u8\"},\"tags\":{\"t\":1}}")
                .code()).isEqualTo(SmlErrors.INVALID_JSON_TYPE);
        assertThat(failure(SchemalessInserter.JSON, "",
                "{\"metric\":\"m\",\"timestamp\":0,\"value\":{\"value\":300,\"type\":\"i8\"},\"tags\":{\"t\":1}}")
                .code()).isEqualTo(SmlErrors.OUT_OF_RANGE);
        assertThat(failure(SchemalessInserter.JSON, "", "[{\"metric\":").code()).isEqualTo(SmlErrors.INVALID_JSON);
        assertThat(failure(SchemalessInserter.JSON, "",
                "{\"metric\":\"m\",\"timestamp\":123,\"value\":1,\"tags\":{\"t\":1}}").code())
                .isEqualTo(SmlErrors.INVALID_DATA);
    }
}
