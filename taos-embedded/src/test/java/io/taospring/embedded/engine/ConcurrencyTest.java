package io.taospring.embedded.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.taospring.embedded.engine.query.ColumnarResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends EngineTestSupport {

    private static final int WRITERS = 4;
    private static final int BATCHES = 50;
    private static final int ROWS = 20;

    @Test
    void concurrentWritersAndReadersSeeConsistentSnapshots() throws Exception {
        meters();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                futures.add(pool.submit(() -> write(writer)));
            }
            for (int r = 0; r < 2; r++) {
                futures.add(pool.submit((Callable<Void>) () -> {
                    readConsistently();
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows("SELECT count(*) FROM meters")).containsExactly(row((long) WRITERS * BATCHES * ROWS * 2));
        assertThat(rows("SELECT count(*) FROM d1001")).containsExactly(row((long) WRITERS * BATCHES * ROWS));
    }

    private void write(int writer) {
        SessionContext own = new SessionContext("root", "power");
        for (int batch = 0; batch < BATCHES; batch++) {
            StringBuilder sql = new StringBuilder("INSERT INTO w" + writer + " USING meters TAGS (" + writer
                    + ", 'w') VALUES ");
            StringBuilder shared = new StringBuilder(" d1001 VALUES ");
            for (int i = 0; i < ROWS; i++) {
                long ts = ((long) batch * ROWS + i) * WRITERS + writer;
                sql.append('(').append(ts).append(", 1.0, ").append(ts % 1000).append(", 0.5) ");
                shared.append('(').append(ts).append(", 1.0, ").append(ts % 1000).append(", 0.5) ");
            }
            engine.execute(own, sql.append(shared).toString());
        }
    }

    private void readConsistently() {
        SessionContext own = new SessionContext("root", "power");
        long previous = 0;
        for (int i = 0; i < 100; i++) {
            ColumnarResult result = (ColumnarResult) engine.execute(own, "SELECT ts, voltage FROM d1001");
            assertThat((long) result.rowCount()).isGreaterThanOrEqualTo(previous);
            previous = result.rowCount();
            long lastTs = Long.MIN_VALUE;
            for (int row = 0; row < result.rowCount(); row++) {
                long ts = (Long) result.value(row, 0);
                assertThat(ts).isGreaterThan(lastTs);
                assertThat(result.value(row, 1)).isEqualTo(ts % 1000);
                lastTs = ts;
            }
        }
    }
}
