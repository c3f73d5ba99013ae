package io.taospring.embedded.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.Precision;
import io.taospring.client.TaosField;
import io.taospring.client.TaosType;
import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.embedded.FakeExecutor;
import io.taospring.embedded.TableResult;
import io.taospring.embedded.engine.UpdateResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RestProtocolTest {

    private static final String ROOT = basic("root:taosdata");
    private static final long TS = 1_700_000_000_123L;

    private static FakeExecutor engine;
    private static EmbeddedTaosServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        engine = new FakeExecutor()
                .answer("insert into t values (now, 1) (now, 2) (now, 3)", new UpdateResult(3))
                .answer("select * from meters", new TableResult(Precision.MILLISECONDS,
                        TaosField.of("ts", TaosType.TIMESTAMP), TaosField.of("current", TaosType.FLOAT),
                        new TaosField("location", TaosType.VARCHAR, 24))
                        .row(TS, 10.3f, "California.SanFrancisco")
                        .row(TS + 10_000, 12.6f, null))
                .answer("select ns", new TableResult(Precision.NANOSECONDS, TaosField.of("ts", TaosType.TIMESTAMP))
                        .row(1_700_000_000_123_456_789L))
                .answer("select us", new TableResult(Precision.MICROSECONDS, TaosField.of("ts", TaosType.TIMESTAMP))
                        .row(1_700_000_000_123_456L))
                .answer("select empty", new TableResult(Precision.MILLISECONDS, TaosField.of("v", TaosType.INT)))
                .answer("select types", typesResult())
                .answer("select many", manyRows(10_000));
        server = EmbeddedTaosServer.builder().executor(engine).user("reader", "secret").build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TableResult typesResult() {
        return new TableResult(Precision.MILLISECONDS,
                TaosField.of("b", TaosType.BOOL), TaosField.of("ti", TaosType.TINYINT),
                TaosField.of("ub", TaosType.UBIGINT), TaosField.of("d", TaosType.DOUBLE),
                new TaosField("n", TaosType.NCHAR, 10), new TaosField("vb", TaosType.VARBINARY, 10),
                new TaosField("g", TaosType.GEOMETRY, 64), new TaosField("j", TaosType.JSON, 4095),
                new TaosField("dec", TaosType.DECIMAL64, 8, 4), TaosField.of("f", TaosType.FLOAT))
                .row(true, -128, -1L, 0.1 + 0.2, "温度", new byte[] {0x0a, 0x0b, (byte) 0xff},
                        new byte[] {1, 1, 0, 0, 0}, "{\"k\":\"v\"}", new BigDecimal("12.34"), Float.NaN)
                .row(false, null, Long.MIN_VALUE, 1e21, null, null, null, null, null, 1e-7f);
    }

    private static TableResult manyRows(int count) {
        TableResult result = new TableResult(Precision.MILLISECONDS, TaosField.of("v", TaosType.INT));
        for (int i = 0; i < count; i++) {
            result.row(i);
        }
        return result;
    }

    @Test
    void updateReportsAffectedRowsAsOneIntColumn() throws Exception {
        HttpResponse<String> response = post("/rest/sql", "insert into t values (now, 1) (now, 2) (now, 3)");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        assertThat(response.body())
                .isEqualTo("{\"code\":0,\"column_meta\":[[\"affected_rows\",\"INT\",4]],\"data\":[[3]],\"rows\":1}");
    }

    @Test
    void updateWithRowWithMetaIsAnObject() throws Exception {
        HttpResponse<String> response = post("/rest/sql?row_with_meta=true",
                "insert into t values (now, 1) (now, 2) (now, 3)");
        assertThat(response.body())
                .isEqualTo("{\"code\":0,\"column_meta\":[[\"affected_rows\",\"INT\",4]],\"data\":[{\"affected_rows\":3}],\"rows\":1}");
    }

    @Test
    void queryWritesColumnMetaAndRowsWithUtcTimestamps() throws Exception {
        HttpResponse<String> response = post("/rest/sql", "  select * from meters\n");
        assertThat(response.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(response.body()).isEqualTo("{\"code\":0,"
                + "\"column_meta\":[[\"ts\",\"TIMESTAMP\",8],[\"current\",\"FLOAT\",4],[\"location\",\"VARCHAR\",24]],"
                + "\"data\":[[\"2023-11-14T22:13:20.123Z\",10.3,\"California.SanFrancisco\"],"
                + "[\"2023-11-14T22:13:30.123Z\",12.6,null]],\"rows\":2}");
    }

    @Test
    void rowWithMetaKeysRowsByColumnName() throws Exception {
        String body = post("/rest/sql?row_with_meta=1", "select * from meters").body();
        assertThat(body).contains("\"data\":[{\"ts\":\"2023-11-14T22:13:20.123Z\",\"current\":10.3,"
                + "\"location\":\"California.SanFrancisco\"},");
    }

    @Test
    void timingIsAddedAfterRows() throws Exception {
        String body = post("/rest/sql?timing=true", "select * from meters").body();
        assertThat(body).matches(".*\"rows\":2,\"timing\":\\d+}");
    }

    @Test
    void timeZoneParameterFormatsWithOffset() throws Exception {
        assertThat(post("/rest/sql?tz=Asia/Shanghai", "select * from meters").body())
                .contains("\"2023-11-15T06:13:20.123+08:00\"");
        assertThat(post("/rest/sql?conn_tz=America/New_York&tz=UTC", "select * from meters").body())
                .contains("\"2023-11-14T17:13:20.123-05:00\"");
    }

    @Test
    void fractionDigitsFollowPrecision() throws Exception {
        assertThat(post("/rest/sql", "select ns").body()).contains("[\"2023-11-14T22:13:20.123456789Z\"]");
        assertThat(post("/rest/sql", "select us").body()).contains("[\"2023-11-14T22:13:20.123456Z\"]");
    }

    @Test
    void emptyResultHasEmptyData() throws Exception {
        assertThat(post("/rest/sql", "select empty").body())
                .isEqualTo("{\"code\":0,\"column_meta\":[[\"v\",\"INT\",4]],\"data\":[],\"rows\":0}");
    }

    @Test
    void everyTypeHasItsJsonEncoding() throws Exception {
        String body = post("/rest/sql", "select types").body();
        assertThat(body).contains("[\"dec\",\"DECIMAL(18,4)\",8]", "[\"j\",\"JSON\",4095]", "[\"n\",\"NCHAR\",10]");
        assertThat(body).contains("\"data\":[[true,-128,18446744073709551615,0.30000000000000004,\"温度\","
                + "\"0a0bff\",\"0101000000\",{\"k\":\"v\"},\"12.3400\",null],"
                + "[false,null,9223372036854775808,1e+21,null,null,null,null,null,1e-7]]");
    }

    @Test
    void largeResultsStreamInFull() throws Exception {
        String body = post("/rest/sql", "select many").body();
        assertThat(body).endsWith("[9998],[9999]],\"rows\":10000}").contains("[[0],[1],");
    }

    @Test
    void engineErrorsAreHttp200WithTiming() throws Exception {
        HttpResponse<String> response = post("/rest/sql", "selec * from t");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).matches("\\{\"code\":9728,\"desc\":\"syntax error near \\\\\"selec \\* from t\\\\\"\",\"timing\":\\d+}");
    }

    @Test
    void databaseInPathIsUsedSilently() throws Exception {
        post("/rest/sql/power", "insert into t values (now, 1) (now, 2) (now, 3)");
        assertThat(engine.executed()).contains(
                new FakeExecutor.Executed("insert into t values (now, 1) (now, 2) (now, 3)", "power", "root"));
        HttpResponse<String> missing = post("/rest/sql/missing", "select empty");
        assertThat(missing.body()).startsWith("{\"code\":0,");
    }

    @Test
    void wrongPasswordIsAuthenticationFailure() throws Exception {
        HttpResponse<String> response = send("/rest/sql", "select empty", basic("root:wrong"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).matches("\\{\"code\":855,\"desc\":\"Authentication failure\",\"timing\":\\d+}");
    }

    @Test
    void unknownUserIsInvalidUser() throws Exception {
        assertThat(send("/rest/sql", "select empty", basic("nobody:x")).body()).startsWith("{\"code\":849,\"desc\":\"Invalid user\"");
        assertThat(send("/rest/sql", "select empty", basic("reader:secret")).body()).startsWith("{\"code\":0,");
    }

    @Test
    void malformedAuthorizationIs401() throws Exception {
        HttpResponse<String> missing = send("/rest/sql", "select empty", null);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.body()).startsWith("{\"code\":4357,\"desc\":\"no auth info input\",\"timing\":");
        HttpResponse<String> garbled = send("/rest/sql", "select empty", "Basic !!!notbase64");
        assertThat(garbled.statusCode()).isEqualTo(401);
        assertThat(garbled.body()).startsWith("{\"code\":4388,\"desc\":\"invalid basic Authorization\"");
        HttpResponse<String> bearer = send("/rest/sql", "select empty", "Digest abc");
        assertThat(bearer.statusCode()).isEqualTo(401);
        assertThat(bearer.body()).startsWith("{\"code\":4386,\"desc\":\"invalid type of Authorization\"");
    }

    @Test
    void badRequestsAre400() throws Exception {
        HttpResponse<String> empty = post("/rest/sql", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).startsWith("{\"code\":4358,\"desc\":\"request is empty\"");
        HttpResponse<String> blank = post("/rest/sql", "  \n ");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).startsWith("{\"code\":4359,\"desc\":\"no sql input\"");
        HttpResponse<String> reqId = post("/rest/sql?req_id=abc", "select empty");
        assertThat(reqId.statusCode()).isEqualTo(400);
        assertThat(reqId.body()).startsWith("{\"code\":65535,\"desc\":\"illegal param, req_id must be numeric");
        assertThat(post("/rest/sql?tz=Mars/Olympus", "select empty").statusCode()).isEqualTo(400);
        assertThat(post("/rest/sql?row_with_meta=maybe", "select empty").statusCode()).isEqualTo(400);
    }

    @Test
    void acceptsBothRequestIdSpellings() throws Exception {
        assertThat(post("/rest/sql?req_id=42", "select empty").statusCode()).isEqualTo(200);
        assertThat(post("/rest/sql?reqId=43", "select empty").statusCode()).isEqualTo(200);
    }

    @Test
    void gzipsResponsesWhenAsked() throws Exception {
        HttpRequest request = request("/rest/sql", ROOT)
                .header("Accept-Encoding", "gzip, deflate")
                .POST(HttpRequest.BodyPublishers.ofString("select * from meters")).build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(gunzip(response.body())).startsWith("{\"code\":0,\"column_meta\":[[\"ts\"");
    }

    @Test
    void acceptsGzipRequestBodies() throws Exception {
        HttpRequest request = request("/rest/sql", ROOT)
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip("insert into t values (now, 1) (now, 2) (now, 3)")))
                .build();
        assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body()).contains("\"data\":[[3]]");
    }

    @Test
    void pingAnswers200AndUnknownPaths404() throws Exception {
        HttpResponse<String> ping = HTTP.send(HttpRequest.newBuilder(uri("/-/ping")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ping.statusCode()).isEqualTo(200);
        HttpResponse<String> notFound = send("/rest/other", "select 1", ROOT);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("connection")).as("the server closes after a 404").hasValue("close");
    }

    private static HttpResponse<String> post(String path, String sql) throws IOException, InterruptedException {
        return send(path, sql, ROOT);
    }

    private static HttpResponse<String> send(String path, String sql, String authorization)
            throws IOException, InterruptedException {
        HttpRequest request = request(path, authorization)
                .POST(HttpRequest.BodyPublishers.ofString(sql)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/plain");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static URI uri(String path) {
        return URI.create("http://" + server.host() + ":" + server.port() + path);
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
