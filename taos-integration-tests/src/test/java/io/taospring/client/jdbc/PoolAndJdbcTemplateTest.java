package io.taospring.client.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.taospring.embedded.EmbeddedTaosServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Our DataSource behind HikariCP and Spring's JdbcTemplate, as applications use it. */
class PoolAndJdbcTemplateTest {

    private static final Duration LOAD_DURATION = Duration.ofSeconds(3);
    private static EmbeddedTaosServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HikariDataSource pool(JdbcTarget target, int size) {
        target.assumeUsable(server);
        HikariConfig config = new HikariConfig();
        config.setDataSource(new TaosDataSource(target.url(server)));
        config.setMaximumPoolSize(size);
        config.setPoolName("taos-" + target);
        return new HikariDataSource(config);
    }

    record Reading(Instant ts, float current, String location) {
    }

    @ParameterizedTest
    @EnumSource(value = JdbcTarget.class, names = {"OURS_REST", "OURS_WS"})
    void jdbcTemplateQueriesMapsAndBatches(JdbcTarget target) {
        try (HikariDataSource dataSource = pool(target, 2)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            String db = EmbeddedServer.freshDatabase("template");
            jdbc.execute("create database " + db);
            jdbc.execute("create stable " + db + ".meters (ts timestamp, current float) tags (location varchar(24))");
            jdbc.execute("create table " + db + ".d1 using " + db + ".meters tags ('California')");
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                rows.add(new Object[] {Instant.ofEpochMilli(1_700_000_000_000L + i), 10.0f + i});
            }
            int[] counts = jdbc.batchUpdate("insert into " + db + ".d1 values (?, ?)", rows);
            assertThat(counts).containsExactly(1, 1, 1, 1, 1);
            List<Reading> readings = jdbc.query("select ts, current, location from " + db
                    + ".meters where current >= ? order by ts", (rs, n) -> new Reading(
                    rs.getObject("ts", Instant.class), rs.getFloat("current"), rs.getString("location")), 12.0f);
            assertThat(readings).containsExactly(
                    new Reading(Instant.ofEpochMilli(1_700_000_000_002L), 12.0f, "California"),
                    new Reading(Instant.ofEpochMilli(1_700_000_000_003L), 13.0f, "California"),
                    new Reading(Instant.ofEpochMilli(1_700_000_000_004L), 14.0f, "California"));
            List<Map<String, Object>> maps = jdbc.queryForList("select count(*) as n, max(current) as m from " + db
                    + ".meters");
            assertThat(maps).containsExactly(Map.of("n", 5L, "m", 14.0f));
            assertThat(jdbc.queryForObject("select count(*) from " + db + ".d1 where ts > ?", Long.class,
                    java.sql.Timestamp.from(Instant.ofEpochMilli(1_700_000_000_000L)))).isEqualTo(4L);
        }
    }

    @ParameterizedTest
    @EnumSource(value = JdbcTarget.class, names = {"OURS_REST", "OURS_WS"})
    void sixteenThreadsShareThePoolWithoutErrorsOrLeaks(JdbcTarget target) throws Exception {
        try (HikariDataSource dataSource = pool(target, 8)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            String db = EmbeddedServer.freshDatabase("pool");
            jdbc.execute("create database " + db);
            jdbc.execute("create stable " + db + ".meters (ts timestamp, v int) tags (t int)");
            AtomicLong written = new AtomicLong();
            ExecutorService threads = Executors.newFixedThreadPool(16);
            long deadline = System.nanoTime() + LOAD_DURATION.toNanos();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                futures.add(threads.submit(() -> {
                    long ts = 1_700_000_000_000L;
                    while (System.nanoTime() < deadline) {
                        jdbc.update("insert into " + db + ".d" + thread + " using " + db + ".meters tags (?) values (?, ?)",
                                thread, ts++, thread);
                        written.incrementAndGet();
                        jdbc.queryForObject("select count(*) from " + db + ".meters", Long.class);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(LOAD_DURATION.toSeconds() + 60, TimeUnit.SECONDS);
            }
            threads.shutdown();
            assertThat(jdbc.queryForObject("select count(*) from " + db + ".meters", Long.class))
                    .isEqualTo(written.get());
            assertThat(dataSource.getHikariPoolMXBean().getActiveConnections()).isZero();
            assertThat(dataSource.getHikariPoolMXBean().getTotalConnections()).isLessThanOrEqualTo(8);
        }
    }
}
