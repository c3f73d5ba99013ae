package io.taospring.embedded.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.embedded.engine.Engine;
import io.taospring.embedded.engine.SessionContext;
import io.taospring.embedded.engine.query.ColumnarResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemalessHttpTest {

    private static final String ROOT = "Basic " + Base64.getEncoder()
            .encodeToString("root:taosdata".getBytes(StandardCharsets.UTF_8));
    private static final Engine ENGINE = new Engine();
    private static EmbeddedTaosServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = EmbeddedTaosServer.builder().port(0).executor(ENGINE).build().start();
        ENGINE.execute(new SessionContext("root", null), "create database web");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path, String auth, String body) throws Exception {
        URI uri = URI.create("http://" + server.host() + ":" + server.port() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String table) {
        ColumnarResult result = (ColumnarResult) ENGINE.execute(new SessionContext("root", "web"),
                "select count(*) from " + table);
        return (Long) result.value(0, 0);
    }

    @Test
    void writesInfluxLinesAndAnswersNoContent() throws Exception {
        HttpResponse<String> response = post("/influxdb/v1/write?db=web&precision=ms", ROOT,
                "cpu,host=a usage=1.5 1700000000000\ncpu,host=b usage=2 1700000000000");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(count("cpu")).isEqualTo(2);
    }

    @Test
    void acceptsInfluxCredentialsInTheQuery() throws Exception {
        assertThat(post("/influxdb/v1/write?db=web&u=root&p=taosdata", null, "q,t=1 v=1").statusCode())
                .isEqualTo(204);
        assertThat(post("/influxdb/v1/write?db=web&u=root&p=wrong", null, "q,t=1 v=1").statusCode())
                .isEqualTo(401);
    }

    @Test
    void writesOpenTsdbTelnetAndJson() throws Exception {
        assertThat(post("/opentsdb/v1/put/telnet/web", ROOT, "sys.load 1700000000 0.5 host=a").statusCode())
                .isEqualTo(204);
        assertThat(post("/opentsdb/v1/put/json/web", ROOT,
                "[{\"metric\":\"sys.mem\",\"timestamp\":1700000000,\"value\":7,\"tags\":{\"host\":\"a\"}}]")
                .statusCode()).isEqualTo(204);

        assertThat(count("sys_load")).isEqualTo(1);
        assertThat(count("sys_mem")).isEqualTo(1);
    }

    @Test
    void rejectsBadDataWithTheReason() throws Exception {
        HttpResponse<String> influx = post("/influxdb/v1/write?db=web", ROOT, "bad 1700000000000");
        HttpResponse<String> telnet = post("/opentsdb/v1/put/telnet/web", ROOT, "m 1700000000 1");

        assertThat(influx.statusCode()).isEqualTo(400);
        assertThat(influx.body()).contains("\"code\":\"invalid\"").contains("invalid data");
        assertThat(telnet.statusCode()).isEqualTo(400);
        assertThat(telnet.body()).contains("\"code\":400");
    }

    @Test
    void leavesOtherPathsToTheRestHandler() throws Exception {
        assertThat(post("/rest/sql", ROOT, "select server_version()").statusCode()).isEqualTo(200);
        assertThat(post("/opentsdb/v1/put/xml/web", ROOT, "x").statusCode()).isEqualTo(404);
    }
}
