package io.taospring.embedded.schemaless;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineProtocolTest extends SchemalessTestSupport {

    @BeforeEach
    void createDatabase() {
        database("ms");
    }

    @Test
    void createsTheDocumentedSchemaWithPowerOfTwoWidths() throws Exception {
        line("ns", "st,t1=3,t2=4,t3=t3 c1=3i64,c3=\"passit\",c2=false,c4=4f64 1626006833639000000");

        assertThat(schema("st")).containsExactly("_ts TIMESTAMP", "c1 BIGINT", "c3 VARCHAR(8)", "c2 BOOL",
                "c4 DOUBLE", "t1 NCHAR(2) TAG", "t2 NCHAR(2) TAG", "t3 NCHAR(4) TAG");
        assertThat(rows("select tbname, _ts, c1, c3, c2, c4 from st")).containsExactly(
                List.of(md5Name("st,t1=3,t2=4,t3=t3"), 1626006833639L, 3L, "passit", false, 4.0));
    }

    @Test
    void namesChildTablesByTheMd5OfTagsSortedCaseInsensitively() throws Exception {
        line("ms", "m,b=1,A=2,a1=3 v=1 1700000000000");

        assertThat(rows("select tbname from m")).containsExactly(List.of(md5Name("m,A=2,a1=3,b=1")));
    }

    @Test
    void hashesTagValuesAfterEscapeRemoval() throws Exception {
        line("ms", "m,t=a\\,b\\ c\\=d v=1 1700000000000");

        assertThat(rows("select tbname, t from m")).containsExactly(List.of(md5Name("m,t=a,b c=d"), "a,b c=d"));
    }

    @Test
    void replacesDotsInTheMeasurement() throws Exception {
        line("ms", "meters.current,loc=LA v=1 1700000000000");

        assertThat(rows("select tbname from meters_current")).containsExactly(
                List.of(md5Name("meters_current,loc=LA")));
    }

    @ParameterizedTest
    @CsvSource({"h,1,3600000", "m,1,60000", "s,1700000000,1700000000000", "ms,1700000000123,1700000000123",
            "u,1700000000123456,1700000000123", "\u03bc,1700000000123456,1700000000123",
            "ns,1700000000123456789,1700000000123", "'',1700000000123456789,1700000000123",
            "us,1700000000123456789,1700000000123"})
    void convertsEveryPrecisionToTheDatabasePrecision(String precision, long written, long stored) {
        line(precision, "p,t=1 v=1 " + written);

        assertThat(rows("select _ts from p")).containsExactly(List.of(stored));
    }

    @Test
    void keepsNanosecondsInANanosecondDatabase() {
        engine.execute(session, "drop database sml");
        database("ns");

        line("ns", "p,t=1 v=1 1700000000123456789");

        assertThat(rows("select _ts from p")).containsExactly(List.of(1700000000123456789L));
    }

    @Test
    void treatsAMissingOrZeroTimestampAsNow() {
        line("ms", "p,t=1 v=1\np,t=2 v=2 0");

        assertThat(rows("select _ts from p")).containsExactly(List.of(NOW.toEpochMilli()),
                List.of(NOW.toEpochMilli()));
    }

    @Test
    void infersEveryTypeFromSuffixesAndLiterals() {
        line("ms", "ty,t=1 a=1i8,b=1u8,c=1i16,d=1u16,e=1i32,f=1u32,g=1i64,h=1u64,i=1i,j=1u,k=1f32,l=1f64,m=1,"
                + "n=t,o=FALSE,p=\"s\",q=L\"\u6c49\",r=B\"\\x0aff\",s=G\"POINT(1 2)\",u=1I32 1700000000000");

        assertThat(schema("ty")).containsExactly("_ts TIMESTAMP", "a TINYINT", "b TINYINT UNSIGNED", "c SMALLINT",
                "d SMALLINT UNSIGNED", "e INT", "f INT UNSIGNED", "g BIGINT", "h BIGINT UNSIGNED", "i BIGINT",
                "j BIGINT UNSIGNED", "k FLOAT", "l DOUBLE", "m DOUBLE", "n BOOL", "o BOOL", "p VARCHAR(2)",
                "q NCHAR(4)", "r VARBINARY(4)", "s GEOMETRY(32)", "u INT", "t NCHAR(2) TAG");
        List<Object> row = rows("select n, o, p, q, r from ty").get(0);
        assertThat(row.subList(0, 4)).containsExactly(true, false, "s", "\u6c49");
        assertThat((byte[]) row.get(4)).containsExactly(0x0a, 0xff);
    }

    @Test
    void readsEveryBooleanSpelling() {
        line("ms", "b,t=1 a=t,b=T,c=true,d=True,e=TRUE,f=f,g=F,h=false,i=False,j=FALSE 1700000000000");

        assertThat(rows("select a, b, c, d, e, f, g, h, i, j from b")).containsExactly(
                List.of(true, true, true, true, true, false, false, false, false, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"128i8", "-129i8", "256u8", "-1u8", "32768i16", "65536u16",
            "2147483648i32", "4294967296u32", "9223372036854775808i64", "18446744073709551616u64", "1x", "1i7",
            "abc", "3.5e39f32", "\"open", "tru", "L'x'"})
    void rejectsValuesItCannotRead(String value) {
        assertThat(failure(SchemalessInserter.LINE, "ms", "r,t=1 v=" + value + " 1700000000000").code())
                .isIn(SmlErrors.INVALID_VALUE, SmlErrors.INVALID_DATA);
    }

    @Test
    void acceptsTheLimitsOfEachIntegerType() {
        line("ms", "lim,t=1 a=-128i8,b=255u8,c=-2147483648i32,d=18446744073709551615u64,e=9223372036854775807i "
                + "1700000000000");

        assertThat(rows("select a, b, c, d, e from lim")).containsExactly(
                List.of(-128L, 255L, -2147483648L, -1L, Long.MAX_VALUE));
    }

    @Test
    void unescapesMeasurementsKeysAndStrings() {
        line("ms", "my\\ meas\\,x,tag\\ k\\=1=v\\ 1 f\\,k=\"q\\\"uo\\\\te, =\",u=\"\u00fcnic\u00f6de \u2603\" "
                + "1700000000000");

        assertThat(schema("`my meas,x`")).containsExactly("_ts TIMESTAMP", "f,k VARCHAR(16)",
                "u VARCHAR(16)", "tag k=1 NCHAR(4) TAG");
        assertThat(rows("select `f,k`, u, `tag k=1` from `my meas,x`")).containsExactly(
                List.of("q\"uo\\te, =", "\u00fcnic\u00f6de \u2603", "v 1"));
    }

    @Test
    void keepsALoneBackslashLiteral() {
        line("ms", "bs,t=a\\b v=\"c\\d\" 1700000000000");

        assertThat(rows("select t, v from bs")).containsExactly(List.of("a\\b", "c\\d"));
    }

    @Test
    void skipsEmptyAndCommentLines() {
        assertThat(line("ms", "\n#c,t=1 v=1\nk,t=1 v=1 1700000000000\n\n")).isEqualTo(1);
    }

    @Test
    void givesTaglessLinesThePlaceholderTag() {
        line("ms", "nt v=1 1700000000000");

        assertThat(schema("nt")).containsExactly("_ts TIMESTAMP", "v DOUBLE", "_tag_null NCHAR(1) TAG");
    }

    @Test
    void reportsTheFailingPositionAndWritesNothingOfAFailedRequest() {
        var e = failure(SchemalessInserter.LINE, "ms", "ok,t=1 v=1 1700000000000\nbad,t=1 1700000000000");

        assertThat(e.code()).isEqualTo(SmlErrors.INVALID_DATA);
        assertThat(e.getMessage()).isEqualTo("invalid data:1700000000000");
        assertThat(rows("show stables")).isEmpty();
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThat(failure(SchemalessInserter.LINE, "ms", "d,t=1 t=2 1700000000000").code())
                .isEqualTo(SmlErrors.DUPLICATED_COLUMN);
        assertThat(failure(SchemalessInserter.LINE, "ms", "d,t=1 v=1,v=2 1700000000000").code())
                .isEqualTo(SmlErrors.DUPLICATED_COLUMN);
    }

    @Test
    void rejectsKeysLongerThan64Bytes() {
        String key = "k".repeat(65);
        assertThat(failure(SchemalessInserter.LINE, "ms", "d," + key + "=1 v=1").code())
                .isEqualTo(SmlErrors.INVALID_COLUMN_LENGTH);
        line("ms", "d," + "k".repeat(64) + "=1 v=1");
    }

    @Test
    void namesTheChildTableAfterTheTableNameKey() {
        inserter.insert("sml", SchemalessInserter.LINE, "ms", "m,id=dev.1,g=2 v=1 1700000000000", "id");

        assertThat(rows("select tbname, id from m")).containsExactly(List.of("dev_1", "dev.1"));
    }

    @Test
    void rejectsAnUnknownProtocolAndAMissingDatabase() {
        assertThat(failure(4, "ms", "m v=1").code()).isEqualTo(SmlErrors.INVALID_PROTOCOL);
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                io.taospring.embedded.engine.EngineException.class,
                () -> inserter.insert(null, SchemalessInserter.LINE, "ms", "m v=1", null));
        assertThat(e.code()).isEqualTo(0x2616);
    }

    @Test
    void countsUtf8BytesForWidths() {
        line("ms", "w,t=\u00e9 v=\"\u00e9\u00e9\u00e9\" 1700000000000");

        assertThat(schema("w")).contains("v VARCHAR(8)", "t NCHAR(4) TAG");
        assertThat("\u00e9\u00e9\u00e9".getBytes(StandardCharsets.UTF_8)).hasSize(6);
    }
}
