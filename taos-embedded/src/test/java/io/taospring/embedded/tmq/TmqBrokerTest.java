package io.taospring.embedded.tmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.codec.RawBlock;
import io.taospring.client.protocol.tmq.TmqBlock;
import io.taospring.embedded.engine.Engine;
import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.engine.SessionContext;
import io.taospring.embedded.engine.query.ColumnarResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The broker over a real engine: logs fed by INSERTs, assignment, offsets and topic views. */
class TmqBrokerTest {

    private final Engine engine = new Engine();
    private final SessionContext session = new SessionContext("root", null);
    private TmqBroker broker;

    @BeforeEach
    void createData() {
        broker = TmqBroker.attach(engine.catalog());
        sql("create database power");
        sql("create stable power.meters (ts timestamp, v int) tags (g int)");
        for (int t = 0; t < 8; t++) {
            sql("insert into power.d" + t + " using power.meters tags (" + t + ") values (" + (1_000 + t) + ", " + t
                    + ") (" + (2_000 + t) + ", " + (t + 100) + ")");
        }
        sql("create topic t_all as select * from power.meters");
        sql("create topic t_big as select ts, v from power.meters where v >= 100");
    }

    private void sql(String sql) {
        engine.execute(session, sql);
    }

    private ConsumerState consumer(String group, OffsetReset reset) {
        return broker.newConsumer(group, "c", "root", reset, false, 5_000);
    }

    private List<Long> drain(ConsumerState consumer) {
        List<Long> values = new ArrayList<>();
        for (PolledMessage message = broker.poll(consumer); message != null; message = broker.poll(consumer)) {
            for (TmqBlock block : message.blocks()) {
                RawBlock rows = block.decode();
                for (int r = 0; r < rows.rowCount(); r++) {
                    values.add(rows.getLong(1, r));
                }
            }
        }
        return values;
    }

    @Test
    void splitsTheDatabaseIntoTwoVgroupsByDefault() {
        ConsumerState consumer = consumer("g", OffsetReset.EARLIEST);
        broker.subscribe(consumer, List.of("t_all"));

        assertThat(consumer.positions.keySet()).extracting(TopicVgroup::vgroupId).hasSize(2);
        assertThat(drain(consumer)).hasSize(16);
    }

    @Test
    void takesTheVgroupCountFromTheDatabasesVgroupsOption() {
        sql("create database four vgroups 4");
        sql("create table four.t (ts timestamp, v int)");
        sql("create topic t_four as database four");
        ConsumerState consumer = consumer("g", OffsetReset.EARLIEST);
        broker.subscribe(consumer, List.of("t_four"));

        assertThat(consumer.positions).hasSize(4);
    }

    @Test
    void appliesTheTopicsFilter() {
        ConsumerState consumer = consumer("g", OffsetReset.EARLIEST);
        broker.subscribe(consumer, List.of("t_big"));

        assertThat(drain(consumer)).containsExactlyInAnyOrder(100L, 101L, 102L, 103L, 104L, 105L, 106L, 107L);
    }

    @Test
    void rebalancesWhenAConsumerJoinsAndLeaves() {
        ConsumerState first = consumer("g", OffsetReset.EARLIEST);
        ConsumerState second = consumer("g", OffsetReset.EARLIEST);
        broker.subscribe(first, List.of("t_all"));
        broker.subscribe(second, List.of("t_all"));

        assertThat(first.positions).hasSize(1);
        assertThat(second.positions).hasSize(1);
        assertThat(first.positions.keySet()).doesNotContainAnyElementsOf(second.positions.keySet());

        broker.leave(second);

        assertThat(first.positions).hasSize(2);
        assertThat(drain(first)).hasSize(16);
    }

    @Test
    void startsANewOwnerAtTheCommittedOffset() {
        ConsumerState first = consumer("g", OffsetReset.EARLIEST);
        broker.subscribe(first, List.of("t_all"));
        drain(first);
        broker.commit(first);
        broker.leave(first);
        sql("insert into power.d0 values (3000, 7)");

        ConsumerState next = consumer("g", OffsetReset.EARLIEST);
        broker.subscribe(next, List.of("t_all"));

        assertThat(drain(next)).containsExactly(7L);
    }

    @Test
    void latestStartsAtTheEndAndNoneHasNoOffset() {
        ConsumerState latest = consumer("l", OffsetReset.LATEST);
        broker.subscribe(latest, List.of("t_all"));
        assertThat(drain(latest)).isEmpty();

        ConsumerState none = consumer("n", OffsetReset.NONE);
        broker.subscribe(none, List.of("t_all"));
        assertThatThrownBy(() -> broker.poll(none)).isInstanceOf(EngineException.class)
                .satisfies(e -> assertThat(((EngineException) e).code()).isEqualTo(0x0A0D));
    }

    @Test
    void seeksWithinTheLogOnly() {
        ConsumerState consumer = consumer("g", OffsetReset.EARLIEST);
        broker.subscribe(consumer, List.of("t_all"));
        TopicVgroup vgroup = consumer.positions.keySet().iterator().next();
        long end = broker.assignment(consumer, "t_all").get(0).end();

        broker.seek(consumer, vgroup, end);
        assertThat(broker.position(consumer, vgroup)).isEqualTo(end);
        assertThatThrownBy(() -> broker.seek(consumer, vgroup, end + 1)).isInstanceOf(EngineException.class)
                .satisfies(e -> assertThat(((EngineException) e).code()).isEqualTo(0x4007));
        assertThatThrownBy(() -> broker.position(consumer, new TopicVgroup("t_big", vgroup.vgroupId())))
                .satisfies(e -> assertThat(((EngineException) e).code()).isEqualTo(0x4009));
    }

    @Test
    void refusesToDropASubscribedTopicAndListsTheConsumer() {
        ConsumerState consumer = consumer("g", OffsetReset.EARLIEST);
        broker.subscribe(consumer, List.of("t_all"));

        assertThatThrownBy(() -> sql("drop topic t_all")).isInstanceOf(EngineException.class)
                .satisfies(e -> assertThat(((EngineException) e).code()).isEqualTo(0x03EB));
        ColumnarResult consumers = (ColumnarResult) engine.execute(session, "show consumers");
        assertThat(consumers.rowCount()).isEqualTo(1);
        ColumnarResult subscriptions = (ColumnarResult) engine.execute(session, "show subscriptions");
        assertThat(subscriptions.rowCount()).isEqualTo(2);

        broker.leave(consumer);
        sql("drop topic t_all");
    }

    @Test
    void hashesEveryTableToOneVgroup() {
        ConsumerState consumer = consumer("g", OffsetReset.EARLIEST);
        broker.subscribe(consumer, List.of("t_all"));
        List<PolledMessage> messages = new ArrayList<>();
        for (PolledMessage message = broker.poll(consumer); message != null; message = broker.poll(consumer)) {
            messages.add(message);
        }

        Set<String> tables = messages.stream().flatMap(m -> m.blocks().stream()).map(TmqBlock::tableName)
                .collect(Collectors.toSet());
        assertThat(tables).hasSize(8);
        for (String table : tables) {
            assertThat(messages.stream().filter(m -> m.blocks().stream().anyMatch(b -> b.tableName().equals(table)))
                    .map(PolledMessage::vgroupId).distinct()).hasSize(1);
        }
    }
}
