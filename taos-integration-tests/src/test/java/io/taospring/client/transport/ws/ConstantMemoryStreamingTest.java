package io.taospring.client.transport.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.embedded.EmbeddedTaosServer;
import io.taospring.embedded.engine.Engine;
import io.taospring.embedded.engine.SessionContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A result several times larger than the client's whole heap streams through it without running out of memory. */
class ConstantMemoryStreamingTest {

    private static final int ROWS = 2_000_000;
    private static final String NOTE = "a note of thirty-two characters";

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void streamsAResultFarLargerThanTheHeap() throws Exception {
        Engine engine = new Engine();
        load(engine);
        try (EmbeddedTaosServer server = EmbeddedTaosServer.builder().port(0).executor(engine).build().start()) {
            // ~2M rows of ts, int and a 31-byte string: over 100 MB of blocks, through a 32 MB heap
            Process client = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx32m", "-cp", System.getProperty("java.class.path"), StreamingProbe.class.getName(),
                    Integer.toString(server.port()), "big.t")
                    .redirectErrorStream(true).start();
            String output;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.UTF_8))) {
                output = out.lines().reduce("", (a, b) -> a + b + "\n");
            }
            assertThat(client.waitFor(150, TimeUnit.SECONDS)).isTrue();
            assertThat(client.exitValue()).as(output).isZero();
            assertThat(output).contains("rows=" + ROWS + " checksum=" + expectedChecksum());
        }
    }

    private static void load(Engine engine) {
        SessionContext session = new SessionContext("root", null);
        engine.execute(session, "create database big");
        engine.execute(session, "create table big.t (ts timestamp, v int, note varchar(40))");
        for (int first = 0; first < ROWS; first += 5000) {
            StringBuilder sql = new StringBuilder(5000 * 64).append("insert into big.t values");
            for (int i = first; i < first + 5000; i++) {
                sql.append(" (").append(1_600_000_000_000L + i).append(", ").append(i).append(", '").append(NOTE)
                        .append("')");
            }
            engine.execute(session, sql.toString());
        }
    }

    private static long expectedChecksum() {
        long sum = 0;
        for (int i = 0; i < ROWS; i++) {
            sum += 1_600_000_000_000L + i + i + NOTE.length();
        }
        return sum;
    }
}
