package io.taospring.client.tmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import io.taospring.client.error.TaosException;
import io.taospring.client.error.TmqError;
import io.taospring.client.schemaless.SchemalessPrecision;
import io.taospring.client.schemaless.SchemalessProtocol;
import io.taospring.client.stmt.TaosStatement;
import io.taospring.embedded.EmbeddedTaosServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** This client's consumer against the embedded server: records, commits, errors and the SHOW statements. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TaosConsumerEndToEndTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static EmbeddedTaosServer server;
    private static TaosClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedTaosServer.builder().port(0).build().start();
        client = TaosClient.create("ws://root:taosdata@127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    private static void sql(String sql) {
        try (TaosSession session = client.openSession()) {
            session.execute(sql);
        }
    }

    private static List<Map<String, Object>> rows(String sql) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (TaosSession session = client.openSession(); TaosResult result = session.query(sql)) {
            while (result.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int c = 0; c < result.fields().size(); c++) {
                    row.put(result.fields().get(c).name(), result.isNull(c) ? null : result.getString(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** A fresh database {@code power} with a super table {@code meters}, one row in d1 and d2. */
    private static String database() {
        String db = "tmqc_" + NAMES.incrementAndGet();
        sql("create database " + db + " precision 'us'");
        sql("create stable " + db + ".meters (ts timestamp, current float, voltage int, note nchar(8))"
                + " tags (groupid int, location varchar(16))");
        sql("insert into " + db + ".d1 using " + db + ".meters tags (1, 'north') values"
                + " ('2024-01-01T00:00:00.000001Z', 1.5, 220, 'ok')");
        sql("insert into " + db + ".d2 using " + db + ".meters tags (2, 'south') values"
                + " ('2024-01-01T00:00:01Z', 2.5, 230, null)");
        return db;
    }

    private static TaosConsumer consumer(String group, String... more) {
        Map<String, String> config = new HashMap<>(Map.of("td.connect.ip", "127.0.0.1",
                "td.connect.port", Integer.toString(server.port()), "group.id", group, "client.id", "it",
                "auto.offset.reset", "earliest", "enable.auto.commit", "false"));
        for (int i = 0; i < more.length; i += 2) {
            config.put(more[i], more[i + 1]);
        }
        return TaosConsumer.create(config);
    }

    private static List<ConsumerRecord> pollAll(TaosConsumer consumer, int expected) {
        List<ConsumerRecord> records = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (records.size() < expected && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    @Test
    void recordsCarryTheirOriginAndTypedValues() {
        String db = database();
        sql("create topic " + db + "_t as select ts, current, voltage, note, tbname, location from " + db
                + ".meters");
        try (TaosConsumer consumer = consumer(db)) {
            consumer.subscribe(List.of(db + "_t"));
            List<ConsumerRecord> records = pollAll(consumer, 2);

            assertThat(records).hasSize(2);
            ConsumerRecord d1 = records.stream().filter(r -> r.tableName().equals("d1")).findFirst().orElseThrow();
            assertThat(d1.topic()).isEqualTo(db + "_t");
            assertThat(d1.database()).isEqualTo(db);
            assertThat(d1.fields()).extracting(f -> f.name())
                    .containsExactly("ts", "current", "voltage", "note", "tbname", "location");
            assertThat(d1.get("ts")).isEqualTo(Instant.parse("2024-01-01T00:00:00.000001Z"));
            assertThat(d1.get("current")).isEqualTo(1.5f);
            assertThat(d1.get("voltage", Long.class)).isEqualTo(220L);
            assertThat(d1.get("note")).isEqualTo("ok");
            assertThat(d1.get("tbname")).isEqualTo("d1");
            assertThat(d1.get("location")).isEqualTo("north");
            ConsumerRecord d2 = records.stream().filter(r -> r.tableName().equals("d2")).findFirst().orElseThrow();
            assertThat(d2.get("note")).isNull();
        }
    }

    @Test
    void rowsWrittenThroughParameterBindingAndSchemalessReachTopics() {
        String db = database();
        sql("create topic " + db + "_high as select ts, voltage from " + db + ".meters where voltage > 240");
        sql("create topic " + db + "_all as database " + db);
        try (TaosClient inDatabase = TaosClient.create("ws://root:taosdata@127.0.0.1:" + server.port() + "/" + db);
             TaosSession session = inDatabase.openSession();
             TaosStatement stmt = session.prepare("INSERT INTO ? USING meters TAGS(?,?) VALUES(?,?,?,?)")) {
            stmt.setTableName("d3").setTags(3, "east")
                    .bindRow(Instant.parse("2024-01-01T00:00:02Z"), 3.5f, 250, "surge")
                    .bindRow(Instant.parse("2024-01-01T00:00:03Z"), 3.6f, 221, "ok").addBatch();
            stmt.execute();
            session.schemaless().write(List.of("status,meter=d3 temperature=41.5 1704067204000"),
                    SchemalessProtocol.LINE, SchemalessPrecision.MILLISECONDS);
        }
        try (TaosConsumer high = consumer(db + "_h"); TaosConsumer all = consumer(db + "_a")) {
            high.subscribe(List.of(db + "_high"));
            all.subscribe(List.of(db + "_all"));

            assertThat(pollAll(high, 1)).singleElement().satisfies(record -> {
                assertThat(record.tableName()).isEqualTo("d3");
                assertThat(record.get("voltage", Integer.class)).isEqualTo(250);
            });
            // d1 and d2 from INSERT statements, the two bound rows of d3, the schemaless row (table t_<md5>)
            List<String> tables = pollAll(all, 5).stream().map(ConsumerRecord::tableName).toList();
            assertThat(tables).hasSize(5).filteredOn(table -> table.startsWith("d"))
                    .containsExactlyInAnyOrder("d1", "d2", "d3", "d3");
            assertThat(tables).filteredOn(table -> table.startsWith("t_")).hasSize(1);
        }
    }

    @Test
    void eachBoundBatchReachesTopicsWithItsOwnValuesWhenTheStatementIsReused() {
        String db = database();
        sql("create topic " + db + "_bound as select ts, voltage from " + db + ".meters where location = 'east'");
        try (TaosClient inDatabase = TaosClient.create("ws://root:taosdata@127.0.0.1:" + server.port() + "/" + db);
             TaosSession session = inDatabase.openSession();
             TaosStatement stmt = session.prepare("INSERT INTO ? USING meters TAGS(?,?) VALUES(?,?,?,?)")) {
            for (int batch = 0; batch < 3; batch++) {
                long first = Instant.parse("2024-01-01T00:00:10Z").toEpochMilli() * 1000 + batch * 2_000_000L;
                stmt.setTableName("d4").setTags(4, "east")
                        .bindTimestamps(new long[] {first, first + 1_000_000})
                        .bindFloats(1, new float[] {1f, 2f})
                        .bindInts(2, new int[] {100 * batch, 100 * batch + 1})
                        .bindStrings(3, new String[] {"b" + batch, "b" + batch}).addBatch();
                stmt.execute();
            }
        }
        try (TaosConsumer consumer = consumer(db + "_b")) {
            consumer.subscribe(List.of(db + "_bound"));

            assertThat(pollAll(consumer, 6)).extracting(record -> record.get("voltage", Integer.class))
                    .containsExactly(0, 1, 100, 101, 200, 201);
        }
    }

    @Test
    void bootstrapServersAreTriedInOrderUntilOneAccepts() throws Exception {
        String db = database();
        sql("create topic " + db + "_boot as select ts, voltage from " + db + ".meters");
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // nothing listens there once it is closed
        }
        Map<String, String> config = new HashMap<>(Map.of("bootstrap.servers",
                "127.0.0.1:" + closedPort + ",127.0.0.1:" + server.port(), "group.id", db + "_boot",
                "auto.offset.reset", "earliest"));
        try (TaosConsumer consumer = TaosConsumer.create(config)) {
            consumer.subscribe(List.of(db + "_boot"));

            assertThat(pollAll(consumer, 2)).hasSize(2);
        }
    }

    @Test
    void aStableTopicDeliversTheDataColumnsOfChildTablesPassingItsTagFilter() {
        String db = database();
        sql("create topic " + db + "_s as stable " + db + ".meters where groupid = 2");
        try (TaosConsumer consumer = consumer(db)) {
            consumer.subscribe(List.of(db + "_s"));
            List<ConsumerRecord> records = pollAll(consumer, 1);
            records.addAll(consumer.poll(Duration.ofMillis(200)).records());

            assertThat(records).hasSize(1);
            assertThat(records.get(0).tableName()).isEqualTo("d2");
            assertThat(records.get(0).fields()).extracting(f -> f.name())
                    .containsExactly("ts", "current", "voltage", "note");
        }
    }

    @Test
    void aDatabaseTopicDeliversEveryTable() {
        String db = database();
        sql("create table " + db + ".plain (ts timestamp, v int)");
        sql("insert into " + db + ".plain values (now, 7)");
        sql("create topic " + db + "_d as database " + db);
        try (TaosConsumer consumer = consumer(db)) {
            consumer.subscribe(List.of(db + "_d"));
            List<ConsumerRecord> records = pollAll(consumer, 3);

            assertThat(records).extracting(ConsumerRecord::tableName).containsExactlyInAnyOrder("d1", "d2", "plain");
        }
    }

    @Test
    void commitsTheRecordsOfOnePollAndReportsThemCommitted() {
        String db = database();
        sql("create topic " + db + "_t as select * from " + db + ".meters");
        try (TaosConsumer consumer = consumer(db)) {
            consumer.subscribe(List.of(db + "_t"));
            ConsumerRecords records = consumer.poll(Duration.ofSeconds(2));
            TopicVgroup vgroup = records.records().get(0).topicVgroup();
            assertThat(consumer.committed(vgroup)).isEmpty();

            consumer.commitSync(records);

            assertThat(consumer.committed(vgroup)).hasValue(records.endOffsets().get(vgroup));
            assertThat(consumer.position(vgroup)).isEqualTo(records.endOffsets().get(vgroup));
            consumer.commitSync(records); // the same offset again is no failure
        }
    }

    @Test
    void readsCommittedOffsetsAndPositionsOfSeveralVgroupsInOneRequest() {
        String db = database();
        sql("create topic " + db + "_t as select * from " + db + ".meters");
        try (TaosConsumer consumer = consumer(db)) {
            consumer.subscribe(List.of(db + "_t"));
            ConsumerRecords records = consumer.poll(Duration.ofSeconds(2));
            TopicVgroup polled = records.records().get(0).topicVgroup();
            List<TopicVgroup> assigned = List.copyOf(consumer.assignment());
            assertThat(assigned).hasSize(2).contains(polled);
            assertThat(consumer.committed(assigned)).isEmpty();

            consumer.commitSync(records);

            assertThat(consumer.committed(assigned)).containsExactly(Map.entry(polled, records.endOffsets().get(polled)));
            Map<TopicVgroup, Long> positions = consumer.positions(assigned);
            assertThat(positions.keySet()).containsExactlyElementsOf(assigned);
            assigned.forEach(v -> assertThat(positions.get(v)).isEqualTo(consumer.position(v)));
            assertThat(consumer.positions(List.of())).isEmpty();
        }
    }

    @Test
    void tellsTheCallbackOfAnAsynchronousCommit() {
        String db = database();
        sql("create topic " + db + "_t as select * from " + db + ".meters");
        AtomicReference<String> outcome = new AtomicReference<>("none");
        try (TaosConsumer consumer = consumer(db)) {
            consumer.subscribe(List.of(db + "_t"));
            pollAll(consumer, 2);
            consumer.commitAsync(error -> outcome.set(error == null ? "ok" : error.toString()));
            consumer.commitSync();

            assertThat(outcome.get()).isEqualTo("ok");
            for (TopicVgroup vgroup : consumer.assignment()) {
                assertThat(consumer.committed(vgroup)).hasValue(consumer.position(vgroup));
            }
        }
    }

    @Test
    void autoCommitCommitsWhatWasPolledOnClose() {
        String db = database();
        sql("create topic " + db + "_t as select * from " + db + ".meters");
        try (TaosConsumer consumer = consumer(db, "enable.auto.commit", "true")) {
            consumer.subscribe(List.of(db + "_t"));
            assertThat(pollAll(consumer, 2)).hasSize(2);
        }
        try (TaosConsumer again = consumer(db)) {
            again.subscribe(List.of(db + "_t"));

            assertThat(again.poll(Duration.ofMillis(300)).isEmpty()).isTrue();
        }
    }

    @Test
    void seeksToTheBeginningAndTheEnd() {
        String db = database();
        sql("create topic " + db + "_t as select * from " + db + ".meters");
        try (TaosConsumer consumer = consumer(db)) {
            consumer.subscribe(List.of(db + "_t"));
            assertThat(pollAll(consumer, 2)).hasSize(2);

            consumer.seekToBeginning(consumer.assignment());
            assertThat(pollAll(consumer, 2)).hasSize(2);
            consumer.seekToBeginning(consumer.assignment());
            consumer.seekToEnd(consumer.assignment());

            assertThat(consumer.poll(Duration.ofMillis(200)).isEmpty()).isTrue();
            assertThat(consumer.beginningOffsets(db + "_t").values()).containsOnly(0L);
            assertThat(consumer.endOffsets(db + "_t")).isEqualTo(positions(consumer));
        }
    }

    private static Map<TopicVgroup, Long> positions(TaosConsumer consumer) {
        Map<TopicVgroup, Long> positions = new HashMap<>();
        consumer.assignment().forEach(v -> positions.put(v, consumer.position(v)));
        return positions;
    }

    @Test
    void rejectsASeekOutsideTheLog() {
        String db = database();
        sql("create topic " + db + "_t as select * from " + db + ".meters");
        try (TaosConsumer consumer = consumer(db)) {
            consumer.subscribe(List.of(db + "_t"));
            TopicVgroup vgroup = consumer.assignment().iterator().next();

            assertThatThrownBy(() -> consumer.seek(vgroup, 1_000)).isInstanceOf(TmqError.class)
                    .satisfies(e -> assertThat(((TaosException) e).errno()).isEqualTo(0x4007));
            assertThatThrownBy(() -> consumer.seek(new TopicVgroup(db + "_t", 999), 0)).isInstanceOf(TmqError.class)
                    .satisfies(e -> assertThat(((TaosException) e).errno()).isEqualTo(0x4008));
        }
    }

    @Test
    void noneWithoutACommittedOffsetFailsThePoll() {
        String db = database();
        sql("create topic " + db + "_t as select * from " + db + ".meters");
        try (TaosConsumer consumer = consumer(db, "auto.offset.reset", "none")) {
            consumer.subscribe(List.of(db + "_t"));

            assertThatThrownBy(() -> consumer.poll(Duration.ofMillis(100))).isInstanceOf(TmqError.class)
                    .satisfies(e -> assertThat(((TaosException) e).errno()).isEqualTo(0x0A0D));
        }
    }

    @Test
    void subscribingToAnUnknownTopicFails() {
        try (TaosConsumer consumer = consumer("g_unknown")) {
            assertThatThrownBy(() -> consumer.subscribe(List.of("no_such_topic"))).isInstanceOf(TmqError.class)
                    .satisfies(e -> assertThat(((TaosException) e).errno()).isEqualTo(0x03E1));
        }
    }

    @Test
    void aTopicWithConsumersCannotBeDroppedAndShowsItsConsumersAndSubscriptions() {
        String db = database();
        String topic = db + "_t";
        sql("create topic " + topic + " as select * from " + db + ".meters");
        try (TaosConsumer consumer = consumer(db)) {
            consumer.subscribe(List.of(topic));
            pollAll(consumer, 2);
            consumer.commitSync();

            assertThatThrownBy(() -> sql("drop topic " + topic)).isInstanceOf(TaosException.class)
                    .satisfies(e -> assertThat(((TaosException) e).errno()).isEqualTo(0x03EB));
            assertThat(rows("show consumers")).anySatisfy(row -> {
                assertThat(row.get("consumer_group")).isEqualTo(db);
                assertThat(row.get("client_id")).isEqualTo("it");
                assertThat(row.get("topics")).isEqualTo(topic);
            });
            List<Map<String, Object>> subscriptions = rows("show subscriptions").stream()
                    .filter(row -> topic.equals(row.get("topic_name"))).toList();
            assertThat(subscriptions).hasSize(2).allSatisfy(row -> assertThat(row.get("consumer_group")).isEqualTo(db));
            assertThat(subscriptions).extracting(row -> Long.parseLong((String) row.get("rows"))).containsOnly(1L);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                sql("drop topic " + topic);
                break;
            } catch (TaosException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
        assertThat(rows("show topics")).noneMatch(row -> topic.equals(row.get("topic_name")));
    }

    @Test
    void saysSoWhenTwoThreadsUseOneConsumer() throws Exception {
        String db = database();
        sql("create topic " + db + "_t as select * from " + db + ".meters");
        try (TaosConsumer consumer = consumer(db)) {
            consumer.subscribe(List.of(db + "_t"));
            ExecutorService other = Executors.newSingleThreadExecutor();
            CountDownLatch polling = new CountDownLatch(1);
            try {
                Future<?> longPoll = other.submit(() -> {
                    polling.countDown();
                    pollAll(consumer, 2);
                    return consumer.poll(Duration.ofSeconds(3));
                });
                polling.await();
                Thread.sleep(500);

                assertThat(longPoll).isNotDone();
                assertThatThrownBy(() -> consumer.poll(Duration.ofMillis(10)))
                        .isInstanceOf(ConcurrentModificationException.class);
                longPoll.get();
            } finally {
                other.shutdownNow();
            }
        }
    }
}
