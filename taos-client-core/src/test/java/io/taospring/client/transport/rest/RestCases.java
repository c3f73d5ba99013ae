package io.taospring.client.transport.rest;

import static io.taospring.client.transport.rest.RestCase.hex;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.client.error.ConnectionError;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import io.taospring.client.error.ProgrammingError;
import io.taospring.client.transport.rest.RestCase.Failure;
import io.taospring.client.transport.rest.RestCase.Rows;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The REST exchanges the client must handle, as a shared list ({@link RestCase}). */
final class RestCases {

    static final String JSON_TAG = "{\"k\":\"v\",\"n\":2.5,\"ok\":true,\"none\":null}";
    static final String POINT_WKB = "010100000000000000000059400000000000005940";
    static final BigInteger UBIGINT_MAX = new BigInteger("18446744073709551615");

    private RestCases() {
    }

    static List<RestCase> all() {
        List<RestCase> cases = new ArrayList<>();
        cases.add(allTypes());
        cases.addAll(timestamps());
        cases.addAll(updates());
        cases.addAll(serverErrors());
        cases.addAll(protocolViolations());
        return List.copyOf(cases);
    }

    /** Every type, with extreme values and a row of NULLs. */
    static RestCase allTypes() {
        List<TaosField> fields = List.of(
                new TaosField("ts", TaosType.TIMESTAMP, 8), new TaosField("b", TaosType.BOOL, 1),
                new TaosField("ti", TaosType.TINYINT, 1), new TaosField("si", TaosType.SMALLINT, 2),
                new TaosField("i", TaosType.INT, 4), new TaosField("bi", TaosType.BIGINT, 8),
                new TaosField("f", TaosType.FLOAT, 4), new TaosField("d", TaosType.DOUBLE, 8),
                new TaosField("vc", TaosType.VARCHAR, 24), new TaosField("nc", TaosType.NCHAR, 10),
                new TaosField("uti", TaosType.UTINYINT, 1), new TaosField("usi", TaosType.USMALLINT, 2),
                new TaosField("ui", TaosType.UINT, 4), new TaosField("ubi", TaosType.UBIGINT, 8),
                new TaosField("vb", TaosType.VARBINARY, 16), new TaosField("g", TaosType.GEOMETRY, 32),
                new TaosField("dec", TaosType.DECIMAL64, 8, 2), new TaosField("dec128", TaosType.DECIMAL, 16, 4),
                new TaosField("bl", TaosType.BLOB, 4_194_304), new TaosField("info", TaosType.JSON, 4095));
        String body = """
                {"code":0,"column_meta":[["ts","TIMESTAMP",8],["b","BOOL",1],["ti","TINYINT",1],\
                ["si","SMALLINT",2],["i","INT",4],["bi","BIGINT",8],["f","FLOAT",4],["d","DOUBLE",8],\
                ["vc","VARCHAR",24],["nc","NCHAR",10],["uti","TINYINT UNSIGNED",1],\
                ["usi","SMALLINT UNSIGNED",2],["ui","INT UNSIGNED",4],["ubi","BIGINT UNSIGNED",8],\
                ["vb","VARBINARY",16],["g","GEOMETRY",32],["dec","DECIMAL(10,2)",8],["dec128","DECIMAL(20,4)",16],\
                ["bl","BLOB",4194304],["info","JSON",4095]],
                "data":[
                ["2018-10-03T14:38:05.123Z",true,-128,32767,-2147483648,9223372036854775807,10.3,3.141592653589793,\
                "California.SanFrancisco","北京☃🚀",255,65535,4294967295,18446744073709551615,"aabbcc",\
                "%s","12.34","4467440737095516.1230","00ff10",%s],
                ["2018-10-03T14:38:15.000Z",null,null,null,null,null,null,null,null,null,null,null,null,null,\
                null,null,null,null,null,%s],
                ["2018-10-03T14:38:25.000Z",false,127,-32768,2147483647,-9223372036854775808,-3.4028235e38,\
                -1.7976931348623157e308,"","",0,0,0,0,"","%s","-0.01","-9999999999999999.9999","",null]],
                "rows":3}""".formatted(POINT_WKB, JSON_TAG, JSON_TAG, POINT_WKB);
        List<List<Object>> rows = List.of(
                row(Instant.parse("2018-10-03T14:38:05.123Z"), true, (byte) -128, (short) 32767, Integer.MIN_VALUE,
                        Long.MAX_VALUE, 10.3f, 3.141592653589793, "California.SanFrancisco", "北京☃🚀", (short) 255,
                        65535, 4294967295L, UBIGINT_MAX, hex("aabbcc"), hex(POINT_WKB), new BigDecimal("12.34"),
                        new BigDecimal("4467440737095516.1230"), hex("00ff10"), JSON_TAG),
                // the row's columns are NULL; the tag belongs to its table, t1
                row(Instant.parse("2018-10-03T14:38:15Z"), null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, JSON_TAG),
                row(Instant.parse("2018-10-03T14:38:25Z"), false, (byte) 127, (short) -32768, Integer.MAX_VALUE,
                        Long.MIN_VALUE, -3.4028235e38f, -1.7976931348623157e308, "", "", (short) 0, 0, 0L,
                        BigInteger.ZERO, new byte[0], hex(POINT_WKB), new BigDecimal("-0.01"),
                        new BigDecimal("-9999999999999999.9999"), new byte[0], null));
        List<String> setup = List.of(
                "create database if not exists rest_types",
                "create stable if not exists rest_types.all_types (ts timestamp, b bool, ti tinyint, si smallint,"
                        + " i int, bi bigint, f float, d double, vc varchar(24), nc nchar(10), uti tinyint unsigned,"
                        + " usi smallint unsigned, ui int unsigned, ubi bigint unsigned, vb varbinary(16),"
                        + " g geometry(32), dec decimal(10,2), dec128 decimal(20,4), bl blob) tags (info json)",
                "create table if not exists rest_types.t1 using rest_types.all_types tags ('" + JSON_TAG + "')",
                "create table if not exists rest_types.t2 using rest_types.all_types tags (null)",
                "insert into rest_types.t1 values ('2018-10-03T14:38:05.123Z', true, -128, 32767, -2147483648,"
                        + " 9223372036854775807, 10.3, 3.141592653589793, 'California.SanFrancisco', '北京☃🚀',"
                        + " 255, 65535, 4294967295, 18446744073709551615, '\\xaabbcc', 'POINT(100 100)', 12.34,"
                        + " 4467440737095516.1230, '\\x00ff10')"
                        + " ('2018-10-03T14:38:15.000Z', null, null, null, null, null, null, null, null, null,"
                        + " null, null, null, null, null, null, null, null, null)",
                "insert into rest_types.t2 values ('2018-10-03T14:38:25.000Z', false, 127, -32768, 2147483647,"
                        + " -9223372036854775808, -3.4028234663852886e38, -1.7976931348623157e308, '', '', 0, 0, 0, 0, '',"
                        + " 'POINT(100 100)', -0.01, -9999999999999999.9999, '')");
        return RestCase.rows("every type, extremes and NULLs", setup, "rest_types", null,
                "select * from all_types order by ts", body, new Rows(fields, Precision.MILLISECONDS, rows));
    }

    /** Timestamps of each precision, in UTC and with offsets, converted exactly. */
    static List<RestCase> timestamps() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        return List.of(
                timestampCase("ms timestamps with +08:00", "t_offset", shanghai, true,
                        List.of("2022-06-29T13:50:55.401+08:00", "1970-01-01T08:00:00.000+08:00"),
                        Precision.MILLISECONDS, List.of(Instant.ofEpochMilli(1_656_481_855_401L), Instant.EPOCH)),
                timestampCase("ms timestamps with +0800", "t_compact_offset", shanghai, false,
                        List.of("2022-06-29T13:50:55.401+0800"), Precision.MILLISECONDS,
                        List.of(Instant.ofEpochMilli(1_656_481_855_401L))),
                timestampCase("us timestamps in UTC", "t_utc", null, true,
                        List.of("2022-06-29T05:50:55.401123Z", "1969-12-31T23:59:59.999999Z"),
                        Precision.MICROSECONDS, List.of(Instant.ofEpochSecond(1_656_481_855L, 401_123_000L),
                                Instant.ofEpochSecond(-1, 999_999_000L))),
                timestampCase("ns timestamps in UTC", "t_utc", null, true,
                        List.of("2262-04-11T23:47:16.854775807Z", "1969-12-31T23:59:59.999999999Z"),
                        Precision.NANOSECONDS, List.of(Instant.ofEpochSecond(9_223_372_036L, 854_775_807L),
                                Instant.ofEpochSecond(-1, 999_999_999L))),
                timestampCase("ns timestamps with +08:00", "t_offset", shanghai, true,
                        List.of("2022-06-29T13:50:55.401123456+08:00"), Precision.NANOSECONDS,
                        List.of(Instant.ofEpochSecond(1_656_481_855L, 401_123_456L))));
    }

    /** Rows {@code [null, ts]} of a table whose second column is a TIMESTAMP, in a database of {@code precision}. */
    private static RestCase timestampCase(String name, String table, ZoneId zone, boolean replayable,
            List<String> texts, Precision precision, List<Instant> instants) {
        String database = "rest_ts_" + precision.sqlName();
        StringBuilder data = new StringBuilder();
        StringBuilder insert = new StringBuilder("insert into " + database + "." + table + " values");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            data.append(i == 0 ? "" : ",").append("[null,\"").append(texts.get(i)).append("\"]");
            insert.append(" (now+").append(i).append("s, null, '").append(texts.get(i)).append("')");
            rows.add(row(null, instants.get(i)));
        }
        String body = "{\"code\":0,\"column_meta\":[[\"n\",\"INT\",4],[\"ts\",\"TIMESTAMP\",8]],\"data\":["
                + data + "],\"rows\":" + texts.size() + "}";
        List<String> setup = List.of(
                "create database if not exists " + database + " precision '" + precision.sqlName() + "'",
                "create table if not exists " + database + "." + table + " (pk timestamp, n int, ts timestamp)",
                insert.toString());
        List<TaosField> fields = List.of(new TaosField("n", TaosType.INT, 4), new TaosField("ts", TaosType.TIMESTAMP, 8));
        return new RestCase(name, setup, database, zone, "select n, ts from " + table + " order by pk", 200, body,
                new Rows(fields, precision, rows), replayable);
    }

    /** A table {@code power.t (ts, v double)} with the values 1 and 2. */
    private static final List<String> POWER_T = List.of("create database if not exists power",
            "create table power.t (ts timestamp, v double)", "insert into power.t values (now, 1) (now+1s, 2)");

    /** Statements without a result set, and results shaped like one. */
    static List<RestCase> updates() {
        TaosField count = new TaosField("affected_rows", TaosType.BIGINT, 8);
        TaosField intColumn = new TaosField("affected_rows", TaosType.INT, 4);
        return List.of(
                new RestCase("insert answers affected rows",
                        List.of("create database if not exists power", "create table power.d1001 (ts timestamp, current float)"),
                        "power", null, "insert into d1001 values (now, 10.3) (now+1s, 12.6) (now+2s, 11.8)", 200,
                        "{\"code\":0,\"column_meta\":[[\"affected_rows\",\"INT\",4]],\"data\":[[3]],\"rows\":1}",
                        new RestCase.Update(3), true),
                RestCase.update("DDL answers zero", null, "create database if not exists power precision 'ms'",
                        "{\"code\":0,\"column_meta\":[[\"affected_rows\",\"INT\",4]],\"data\":[[0]],\"rows\":1,"
                                + "\"timing\":123456}", 0),
                RestCase.rows("count(*) as affected_rows stays a query", List.of("create database if not exists power",
                        "create table power.meters (ts timestamp, v double)", "insert into power.meters values"
                                + " (now, 1) (now+1s, 2) (now+2s, 3) (now+3s, 4) (now+4s, 5)"), "power", null,
                        "select count(*) as affected_rows from meters",
                        "{\"code\":0,\"column_meta\":[[\"affected_rows\",\"BIGINT\",8]],\"data\":[[5]],\"rows\":1}",
                        new Rows(List.of(count), Precision.MILLISECONDS, List.of(row(5L)))),
                RestCase.rows("an INT column named affected_rows with two rows stays a query", POWER_T, "power",
                        null, "select cast(v as int) as affected_rows from t",
                        "{\"code\":0,\"column_meta\":[[\"affected_rows\",\"INT\",4]],\"data\":[[1],[2]],\"rows\":2}",
                        new Rows(List.of(intColumn), Precision.MILLISECONDS, List.of(row(1), row(2)))),
                RestCase.rows("an empty result", POWER_T, "power", null, "select ts, v from t where v > 100",
                        "{\"code\":0,\"column_meta\":[[\"ts\",\"TIMESTAMP\",8],[\"v\",\"DOUBLE\",8]],\"data\":[],"
                                + "\"rows\":0}",
                        new Rows(List.of(new TaosField("ts", TaosType.TIMESTAMP, 8),
                                new TaosField("v", TaosType.DOUBLE, 8)), Precision.MILLISECONDS, List.of())));
    }

    /** TDengine and adapter errors, mapped by code to their category. */
    static List<RestCase> serverErrors() {
        return List.of(
                RestCase.failure("syntax error 0x2600", "selec * from meters", 200,
                        "{\"code\":9728,\"desc\":\"syntax error near \\\"selec * from meters\\\"\",\"timing\":91234}",
                        new Failure(ProgrammingError.class, 9728, "syntax error near \"selec * from meters\""), true),
                new RestCase("unknown table 0x2603", List.of("create database if not exists power"), "power", null,
                        "select * from no_such_table", 200,
                        "{\"code\":9731,\"desc\":\"Table does not exist: no_such_table\",\"timing\":512345}",
                        new Failure(ProgrammingError.class, 0x2603, "Table does not exist: no_such_table"), true),
                RestCase.failure("unknown database 0x0388", "select * from nodb.t", 200,
                        "{\"code\":904,\"desc\":\"Database not exist\",\"timing\":1234}",
                        new Failure(ProgrammingError.class, 0x0388, "Database not exist"), true),
                RestCase.failure("401 no auth info 0x1105", "select 1", 401,
                        "{\"code\":4357,\"desc\":\"no auth info input\",\"timing\":1000}",
                        new Failure(ConnectionError.class, 0x1105, "no auth info input"), false),
                RestCase.failure("401 invalid basic authorization 0x1124", "select 2", 401,
                        "{\"code\":4388,\"desc\":\"invalid basic Authorization\",\"timing\":1000}",
                        new Failure(ConnectionError.class, 0x1124, "invalid basic Authorization"), false),
                RestCase.failure("400 syntax error with httpCodeServerError", "selec 3", 400,
                        "{\"code\":9728,\"desc\":\"syntax error near \\\"selec 3\\\"\",\"timing\":1000}",
                        new Failure(ProgrammingError.class, 9728, "syntax error near"), false),
                RestCase.failure("503 adapter overloaded 0xFFFF", "select 4", 503,
                        "{\"code\":65535,\"desc\":\"request limit exceeded\",\"timing\":1000}",
                        new Failure(InterfaceError.class, 0xFFFF, "request limit exceeded"), false),
                RestCase.failure("500 with an HTML body", "select 5", 500,
                        "<html><body><h1>500 Internal Server Error</h1></body></html>",
                        new Failure(ConnectionError.class, ErrorCodes.HTTP_FAILURE, "HTTP 500"), false),
                RestCase.failure("200 with an HTML body", "select 6", 200, "<html><body>proxy login</body></html>",
                        new Failure(ConnectionError.class, ErrorCodes.HTTP_FAILURE, "non-JSON body"), false));
    }

    /** Answers that break the protocol: the client reports them instead of guessing. */
    static List<RestCase> protocolViolations() {
        Failure malformed = new Failure(InterfaceError.class, ErrorCodes.MALFORMED_RESPONSE, "malformed REST response");
        String meta = "{\"code\":0,\"column_meta\":[[\"v\",\"VARBINARY\",8]],\"data\":";
        return List.of(
                RestCase.failure("truncated JSON", "select 10", 200, meta + "[[\"aa\"],[\"b", malformed, false),
                RestCase.failure("rows disagrees with data", "select 11", 200, meta + "[[\"aa\"]],\"rows\":2}",
                        malformed, false),
                RestCase.failure("a row with too few values", "select 12", 200, meta + "[[]],\"rows\":1}", malformed,
                        false),
                RestCase.failure("a row with too many values", "select 13", 200, meta + "[[\"aa\",\"bb\"]],\"rows\":1}",
                        malformed, false),
                RestCase.failure("VARBINARY that is not hex", "select 14", 200, meta + "[[\"xyz\"]],\"rows\":1}",
                        malformed, false),
                RestCase.failure("an unknown type name", "select 15", 200,
                        "{\"code\":0,\"column_meta\":[[\"v\",\"HYPERLOGLOG\",8]],\"data\":[],\"rows\":0}", malformed,
                        false),
                RestCase.failure("an integer out of range", "select 16", 200,
                        "{\"code\":0,\"column_meta\":[[\"v\",\"TINYINT\",1]],\"data\":[[300]],\"rows\":1}", malformed,
                        false),
                RestCase.failure("BIGINT UNSIGNED above 2^64-1", "select 17", 200,
                        "{\"code\":0,\"column_meta\":[[\"v\",\"BIGINT UNSIGNED\",8]],\"data\":[[18446744073709551616]],"
                                + "\"rows\":1}", malformed, false),
                RestCase.failure("a malformed timestamp", "select 18", 200,
                        "{\"code\":0,\"column_meta\":[[\"ts\",\"TIMESTAMP\",8]],\"data\":[[\"2018-13-45T00:00:00Z\"]],"
                                + "\"rows\":1}", malformed, false),
                RestCase.failure("no data member", "select 19", 200, "{\"code\":0,\"rows\":0}", malformed, false),
                RestCase.failure("no code member", "select 20", 200,
                        "{\"column_meta\":[[\"v\",\"INT\",4]],\"data\":[[1]],\"rows\":1}", malformed, false));
    }

    /** A row that may hold nulls. */
    static List<Object> row(Object... values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }
}
