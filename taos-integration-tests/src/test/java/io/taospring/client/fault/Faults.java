package io.taospring.client.fault;

import io.taospring.client.TaosClient;
import io.taospring.client.TaosResult;
import io.taospring.client.TaosSession;
import java.util.Map;
import java.util.TreeMap;

/** What the fault scenarios share: short timeouts and quick reconnects, and the row accounting. */
final class Faults {

    /**
     * Timeouts and back-off short enough that every scenario ends within seconds, long enough for a busy 2-core
     * machine: the eight reconnect attempts span about 1.4 s of pauses.
     */
    static final String FAST = "connect_timeout=3s&request_timeout=2s&reconnect_retries=8&reconnect_interval=50ms"
            + "&reconnect_max_interval=250ms";

    private Faults() {
    }

    /** A DSN for {@code hosts} ({@code host:port,...}) and database {@code db} with {@link #FAST} settings. */
    static String dsn(String hosts, String db) {
        return "ws://" + hosts + "/" + db + "?" + FAST;
    }

    /** A DSN for one loopback port. */
    static String dsn(int port, String db) {
        return dsn("127.0.0.1:" + port, db);
    }

    /** Creates database {@code db} with table {@code t (ts, v, batch)} through a client of its own. */
    static void createTable(int port, String db) {
        try (TaosClient client = TaosClient.create("ws://127.0.0.1:" + port + "?" + FAST);
                TaosSession session = client.openSession()) {
            session.execute("create database if not exists " + db);
            session.execute("create table if not exists " + db + ".t (ts timestamp, v bigint, batch int)");
        }
    }

    /** An INSERT of {@code rows} rows of batch {@code batch}, timestamps unique across batches. */
    static String insert(int batch, int rows) {
        StringBuilder sql = new StringBuilder("insert into t values");
        for (int i = 0; i < rows; i++) {
            long n = (long) batch * 1_000_000 + i;
            sql.append(" (").append(1_700_000_000_000L + n).append(", ").append(n).append(", ").append(batch)
                    .append(')');
        }
        return sql.toString();
    }

    /** Rows stored per batch. */
    static Map<Integer, Long> rowsPerBatch(TaosSession session) {
        Map<Integer, Long> stored = new TreeMap<>();
        try (TaosResult result = session.query("select batch, count(*) from t group by batch")) {
            while (result.next()) {
                stored.put(result.getInt(0), result.getLong(1));
            }
        }
        return stored;
    }

    /** {@code select count(*) from t}. */
    static long count(TaosSession session) {
        try (TaosResult result = session.query("select count(*) from t")) {
            result.next();
            return result.getLong(0);
        }
    }
}
