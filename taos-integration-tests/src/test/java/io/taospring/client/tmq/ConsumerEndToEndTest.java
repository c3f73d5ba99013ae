package io.taospring.client.tmq;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosSession;
import io.taospring.embedded.EmbeddedTaosServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Delivery guarantees of TMQ against the embedded server, through this client's consumer and the official
 * driver's {@code TaosConsumer} alike.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConsumerEndToEndTest {

    private static final int TABLES = 6;
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

    /** A fresh database with a super table, {@link #TABLES} child tables and a topic over it. */
    private static final class Fixture {
        final String db = "tmq_" + NAMES.incrementAndGet();
        final String topic = db + "_topic";
        final String group = db + "_group";
        private final Map<Integer, Integer> written = new HashMap<>();

        Fixture(String topicQuery) {
            sql("create database " + db);
            sql("create stable " + db + ".meters (ts timestamp, id int, voltage int) tags (groupid int)");
            sql("create topic " + topic + " as " + topicQuery.replace("$db", db));
        }

        Fixture() {
            this("select * from $db.meters");
        }

        /** Writes {@code perTable} more rows to every table, one INSERT per table; returns their ids. */
        List<Integer> write(int perTable) {
            List<Integer> ids = new ArrayList<>();
            for (int t = 0; t < TABLES; t++) {
                StringBuilder insert = new StringBuilder("insert into " + db + ".d" + t + " using " + db
                        + ".meters tags (" + t + ") values ");
                int first = written.getOrDefault(t, 0);
                for (int seq = first; seq < first + perTable; seq++) {
                    int id = t * 10_000 + seq;
                    insert.append('(').append(1_700_000_000_000L + seq * 1000L).append(',').append(id).append(',')
                            .append(voltage(id)).append(')');
                    ids.add(id);
                }
                written.put(t, first + perTable);
                sql(insert.toString());
            }
            return ids;
        }
    }

    static int voltage(int id) {
        return 180 + id * 7 % 50;
    }

    private static void sql(String sql) {
        try (TaosSession session = client.openSession()) {
            session.execute(sql);
        }
    }

    /** Polls until {@code expected} rows came, then once more to see that nothing else does. */
    private static List<ConsumerUnderTest.Row> pollAll(ConsumerUnderTest consumer, int expected) throws Exception {
        List<ConsumerUnderTest.Row> rows = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (rows.size() < expected && System.nanoTime() < deadline) {
            rows.addAll(consumer.poll(Duration.ofMillis(200)));
        }
        rows.addAll(consumer.poll(Duration.ofMillis(200)));
        return rows;
    }

    /** The group rebalances once the server sees a socket close, which the closing client does not wait for. */
    private static Set<Integer> awaitAssignment(ConsumerUnderTest consumer, int size) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Set<Integer> assigned = consumer.assignment();
        while (assigned.size() != size && System.nanoTime() < deadline) {
            Thread.sleep(20);
            assigned = consumer.assignment();
        }
        return assigned;
    }

    private static List<Integer> ids(List<ConsumerUnderTest.Row> rows) {
        return rows.stream().map(ConsumerUnderTest.Row::id).toList();
    }

    @ParameterizedTest
    @EnumSource(Consumers.class)
    void deliversEveryRowOnceInPerVgroupOrder(Consumers kind) throws Exception {
        Fixture fixture = new Fixture();
        List<Integer> expected = new ArrayList<>(fixture.write(30));
        expected.addAll(fixture.write(20));

        try (ConsumerUnderTest consumer = kind.create(server.port(), fixture.group, "earliest")) {
            consumer.subscribe(fixture.topic);
            List<ConsumerUnderTest.Row> rows = pollAll(consumer, expected.size());

            assertThat(ids(rows)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(consumer.assignment()).hasSize(2);
            Map<Integer, List<ConsumerUnderTest.Row>> byVgroup = rows.stream()
                    .collect(Collectors.groupingBy(ConsumerUnderTest.Row::vgroup));
            assertThat(byVgroup).hasSize(2);
            for (List<ConsumerUnderTest.Row> vgroup : byVgroup.values()) {
                assertThat(vgroup).extracting(ConsumerUnderTest.Row::offset).isSorted();
                for (int t = 0; t < TABLES; t++) {
                    int table = t;
                    assertThat(vgroup.stream().map(ConsumerUnderTest.Row::id).filter(id -> id / 10_000 == table)
                            .toList()).isSorted();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Consumers.class)
    void resumesAfterTheCommittedOffsetOnRestart(Consumers kind) throws Exception {
        Fixture fixture = new Fixture();
        List<Integer> all = fixture.write(20);
        List<Integer> first = new ArrayList<>();
        try (ConsumerUnderTest consumer = kind.create(server.port(), fixture.group, "earliest")) {
            consumer.subscribe(fixture.topic);
            while (first.size() < 40) {
                first.addAll(ids(consumer.poll(Duration.ofMillis(200))));
            }
            consumer.commitSync();
        }

        try (ConsumerUnderTest restarted = kind.create(server.port(), fixture.group, "earliest")) {
            restarted.subscribe(fixture.topic);
            List<Integer> rest = ids(pollAll(restarted, all.size() - first.size()));

            assertThat(rest).doesNotContainAnyElementsOf(first);
            List<Integer> union = new ArrayList<>(first);
            union.addAll(rest);
            assertThat(union).containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @ParameterizedTest
    @EnumSource(Consumers.class)
    void redeliversWhatWasNotCommittedOnRestart(Consumers kind) throws Exception {
        Fixture fixture = new Fixture();
        List<Integer> all = fixture.write(20);
        List<Integer> first = new ArrayList<>();
        try (ConsumerUnderTest consumer = kind.create(server.port(), fixture.group, "earliest")) {
            consumer.subscribe(fixture.topic);
            while (first.isEmpty()) {
                first.addAll(ids(consumer.poll(Duration.ofMillis(200))));
            }
        }

        try (ConsumerUnderTest restarted = kind.create(server.port(), fixture.group, "earliest")) {
            restarted.subscribe(fixture.topic);
            List<Integer> again = ids(pollAll(restarted, all.size()));

            assertThat(again).containsAll(first).containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @ParameterizedTest
    @EnumSource(Consumers.class)
    void seekAndPositionAgree(Consumers kind) throws Exception {
        Fixture fixture = new Fixture();
        List<Integer> all = fixture.write(10);
        try (ConsumerUnderTest consumer = kind.create(server.port(), fixture.group, "earliest")) {
            consumer.subscribe(fixture.topic);
            List<ConsumerUnderTest.Row> rows = pollAll(consumer, all.size());
            int vgroup = rows.get(0).vgroup();
            Set<Integer> ofVgroup = rows.stream().filter(r -> r.vgroup() == vgroup).map(ConsumerUnderTest.Row::id)
                    .collect(Collectors.toSet());
            long end = consumer.position(vgroup);

            consumer.seek(vgroup, 1);
            assertThat(consumer.position(vgroup)).isEqualTo(1);
            consumer.seek(vgroup, 0);
            assertThat(consumer.position(vgroup)).isZero();
            List<ConsumerUnderTest.Row> again = pollAll(consumer, ofVgroup.size());

            assertThat(end).isPositive();
            assertThat(again.get(0).offset()).isZero();
            assertThat(again).allMatch(r -> r.vgroup() == vgroup);
            assertThat(ids(again)).containsExactlyInAnyOrderElementsOf(ofVgroup);
            assertThat(consumer.position(vgroup)).isEqualTo(end);
        }
    }

    @ParameterizedTest
    @EnumSource(Consumers.class)
    void twoConsumersOfAGroupSplitTheVgroupsAndOneTakesOverWhenTheOtherCloses(Consumers kind) throws Exception {
        Fixture fixture = new Fixture();
        List<Integer> before = fixture.write(10);
        try (ConsumerUnderTest first = kind.create(server.port(), fixture.group, "earliest")) {
            first.subscribe(fixture.topic);
            List<Integer> seen = new ArrayList<>();
            try (ConsumerUnderTest second = kind.create(server.port(), fixture.group, "earliest")) {
                second.subscribe(fixture.topic);
                Set<Integer> one = first.assignment();
                Set<Integer> two = second.assignment();
                assertThat(one).hasSize(1);
                assertThat(two).hasSize(1).doesNotContainAnyElementsOf(one);

                seen.addAll(ids(pollAll(first, 1)));
                List<Integer> fromSecond = ids(pollAll(second, 1));
                assertThat(seen).doesNotContainAnyElementsOf(fromSecond);
                seen.addAll(fromSecond);
                first.commitSync();
                second.commitSync();
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(before);
            assertThat(awaitAssignment(first, 2)).hasSize(2);

            List<Integer> after = fixture.write(5);
            assertThat(ids(pollAll(first, after.size()))).containsExactlyInAnyOrderElementsOf(after);
        }
    }

    @ParameterizedTest
    @EnumSource(Consumers.class)
    void appliesTheFilterOfTheTopicsSelect(Consumers kind) throws Exception {
        Fixture fixture = new Fixture("select ts, id, voltage from $db.meters where voltage > 200 and groupid < 4");
        List<Integer> all = fixture.write(20);
        IntPredicate passes = id -> voltage(id) > 200 && id / 10_000 < 4;
        List<Integer> expected = all.stream().filter(passes::test).toList();

        try (ConsumerUnderTest consumer = kind.create(server.port(), fixture.group, "earliest")) {
            consumer.subscribe(fixture.topic);

            assertThat(expected).isNotEmpty().hasSizeLessThan(all.size());
            assertThat(ids(pollAll(consumer, expected.size()))).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Consumers.class)
    void latestSkipsTheDataWrittenBeforeSubscribing(Consumers kind) throws Exception {
        Fixture fixture = new Fixture();
        fixture.write(10);
        try (ConsumerUnderTest consumer = kind.create(server.port(), fixture.group, "latest")) {
            consumer.subscribe(fixture.topic);
            assertThat(consumer.poll(Duration.ofMillis(200))).isEmpty();

            List<Integer> later = fixture.write(3);

            assertThat(ids(pollAll(consumer, later.size()))).containsExactlyInAnyOrderElementsOf(later);
        }
    }
}
