package io.taospring.embedded.tmq;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.client.Precision;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.WrittenRows;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A vgroup's log keeps entries for the database's WAL_RETENTION_PERIOD, and versions never restart. */
class VgroupLogTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    private VgroupLog log(Map<String, String> options) {
        return new VgroupLog(2, new Database("power", Precision.MILLISECONDS, options, 0, 1), now::get);
    }

    private static void append(VgroupLog log) {
        log.append(null, WrittenRows.of(List.<Object[]>of(new Object[] {1L})));
    }

    @Test
    void dropsEntriesOlderThanTheRetentionPeriodAndKeepsTheirVersions() {
        VgroupLog log = log(Map.of("wal_retention_period", "60"));
        append(log);
        append(log);
        now.addAndGet(30_000);
        append(log);
        now.addAndGet(31_000);
        append(log); // the first two are 61 s old now

        assertThat(log.begin()).isEqualTo(2);
        assertThat(log.end()).isEqualTo(4);
        assertThat(log.read(0, 10)).extracting(WalEntry::version).containsExactly(2L, 3L);
        assertThat(log.read(3, 10)).extracting(WalEntry::version).containsExactly(3L);
        assertThat(log.read(4, 10)).isEmpty();
    }

    @Test
    void keepsAnHourByDefaultAndEverythingWithoutAPeriod() {
        VgroupLog byDefault = log(Map.of());
        VgroupLog forGood = log(Map.of("wal_retention_period", "0"));
        append(byDefault);
        append(forGood);
        now.addAndGet(3_599_000);
        append(byDefault);
        append(forGood);
        assertThat(byDefault.begin()).isZero();

        now.addAndGet(2_000);
        append(byDefault);
        append(forGood);

        assertThat(byDefault.begin()).isEqualTo(1);
        assertThat(forGood.begin()).isZero();
        assertThat(forGood.read(0, 10)).hasSize(3);
    }
}
