package io.taospring.client.transport.nativ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.error.TaosException;
import io.taospring.client.error.TmqError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NativeConsumerTest {

    @RegisterExtension
    final TaosFake fake = new TaosFake();

    private final NativeTransport transport = TaosFake.transport();

    @AfterEach
    void close() {
        transport.close();
    }

    private static Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("group.id", "alerts");
        config.put("client.id", "c1");
        config.put("td.connect.user", "root");
        config.put("auto.offset.reset", "earliest");
        return config;
    }

    @Test
    void createsAConsumerFromItsConfigurationAndFreesTheConfiguration() {
        NativeConsumer consumer = transport.consumer(config());
        assertThat(TaosFake.liveHandles()).as("only the consumer").isEqualTo(1);
        consumer.close();
        assertThat(TaosFake.calls()).contains("tmq_conf_set group.id=alerts\ntmq_conf_set client.id=c1\n"
                + "tmq_conf_set td.connect.user=root\ntmq_conf_set auto.offset.reset=earliest\n"
                + "tmq_consumer_new group.id=alerts").contains("tmq_consumer_close");
    }

    @Test
    void subscribesPollsReadsBlocksPerTableAndCommits() {
        try (NativeConsumer consumer = transport.consumer(config())) {
            consumer.subscribe(List.of("overvoltage", "meters"));
            try (NativeMessage message = consumer.poll(Duration.ofMillis(500))) {
                assertThat(message.topic()).isEqualTo("overvoltage");
                assertThat(message.database()).isEqualTo("power");
                assertThat(message.vgroupId()).isEqualTo(3);
                assertThat(message.offset()).isEqualTo(42);
                assertThat(message.fields()).hasSize(1);
                List<String> rows = new ArrayList<>();
                for (NativeMessage.TableBlock b = message.nextBlock(); b != null; b = message.nextBlock()) {
                    for (int row = 0; row < b.block().rowCount(); row++) {
                        rows.add(b.tableName() + "=" + b.block().getLong(0, row));
                    }
                }
                assertThat(rows).containsExactly("d1001=10", "d1001=11", "d1002=20");
                consumer.commitSync(message);
            }
            assertThat(consumer.poll(Duration.ofMillis(100))).isNull();
            consumer.commitSync(null);
            consumer.unsubscribe();
        }
        assertThat(TaosFake.calls()).contains("tmq_subscribe topics=overvoltage,meters")
                .contains("tmq_consumer_poll timeout=500").contains("tmq_consumer_poll timeout=100")
                .contains("tmq_commit_sync msg=overvoltage").contains("tmq_commit_sync msg=(all)")
                .contains("tmq_unsubscribe");
    }

    @Test
    void readsAssignmentsAndSeeksPositionsAndCommittedOffsets() {
        try (NativeConsumer consumer = transport.consumer(config())) {
            consumer.subscribe(List.of("meters"));
            assertThat(consumer.assignment("meters")).containsExactly(new TopicAssignment(3, 42, 0, 100),
                    new TopicAssignment(4, 7, 0, 50));
            consumer.seek("meters", 4, 5);
            assertThat(consumer.position("meters", 3)).isEqualTo(43);
            assertThat(consumer.committed("meters", 3)).isEqualTo(40);
        }
        assertThat(TaosFake.calls()).contains("tmq_get_topic_assignment topic=meters")
                .contains("tmq_offset_seek topic=meters vgId=4 offset=5");
    }

    @Test
    void rejectsUnknownKeysAndInvalidValuesAndFreesTheConfiguration() {
        Map<String, String> unknown = config();
        unknown.put("bogus.key", "1");
        assertThatThrownBy(() -> transport.consumer(unknown)).isInstanceOf(TmqError.class)
                .hasMessageContaining("unknown consumer option bogus.key");
        Map<String, String> invalid = config();
        invalid.put("enable.auto.commit", "maybe");
        assertThatThrownBy(() -> transport.consumer(invalid)).isInstanceOf(TmqError.class)
                .hasMessageContaining("enable.auto.commit: maybe");
    }

    @Test
    void reportsTheLibrarysReasonWhenTheConsumerCannotBeCreated() {
        assertThatThrownBy(() -> transport.consumer(Map.of("client.id", "c1"))).isInstanceOf(TmqError.class)
                .hasMessageContaining("group.id is required");
    }

    @Test
    void reportsASubscriptionErrorWithItsCode() {
        try (NativeConsumer consumer = transport.consumer(config())) {
            assertThatThrownBy(() -> consumer.subscribe(List.of("missing"))).isInstanceOf(TmqError.class)
                    .hasMessageContaining("Topic not exist")
                    .satisfies(e -> assertThat(((TaosException) e).errno()).isEqualTo(0x03E0));
        }
    }
}
