package io.taospring.spring.listener.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.tmq.TopicVgroup;
import io.taospring.spring.listener.TaosRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedeliveriesTest {

    private final Redeliveries redeliveries = new Redeliveries();

    private static List<PolledRecord> message(int vgroup, long offset, int size) {
        List<PolledRecord> message = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            message.add(new PolledRecord(new TaosRecord("t", "db", vgroup, offset, "d0", Map.of("id", i)), i,
                    i == size - 1, offset + size));
        }
        return message;
    }

    @Test
    void skipsTheRecordsProcessedBeforeTheSeekOnce() {
        redeliveries.rewound(new TopicVgroup("t", 2), 10, 2);

        assertThat(redeliveries.remaining(message(2, 10, 5))).extracting(PolledRecord::index).containsExactly(2, 3, 4);
        assertThat(redeliveries.remaining(message(2, 10, 5))).hasSize(5);
    }

    @Test
    void leavesOtherVgroupsAndOffsetsAlone() {
        redeliveries.rewound(new TopicVgroup("t", 2), 10, 2);

        assertThat(redeliveries.remaining(message(3, 10, 5))).hasSize(5);
        assertThat(redeliveries.remaining(message(2, 11, 5))).hasSize(5);
    }
}
