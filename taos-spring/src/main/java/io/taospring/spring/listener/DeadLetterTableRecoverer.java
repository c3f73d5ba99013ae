package io.taospring.spring.listener;

import java.io.StringWriter;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a failed record into a dead-letter table, created on first use:
 * {@code (ts TIMESTAMP, topic, vgroup_id, msg_offset, table_name, record, error)}, where {@code record} holds
 * the row's values as a JSON object and {@code error} the failure. Timestamps are the wall clock in
 * milliseconds, moved on by one where two failures share a millisecond, because TDengine keeps one row per
 * timestamp and table.
 */
public final class DeadLetterTableRecoverer implements TaosRecordRecoverer {

    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final int MAX_RECORD = 16_000;
    private static final int MAX_ERROR = 1_024;

    private final JdbcOperations jdbc;
    private final String table;
    private final JsonFactory json = JsonFactory.builder().build();
    private final AtomicLong lastTimestamp = new AtomicLong();
    private volatile boolean created;

    /**
     * Writes into {@code table} ({@code name} or {@code db.name}) through {@code jdbc}.
     *
     * @throws IllegalArgumentException when {@code table} is not a plain identifier
     */
    public DeadLetterTableRecoverer(JdbcOperations jdbc, String table) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.table = table;
    }

    /** The dead-letter table. */
    public String table() {
        return table;
    }

    @Override
    public void recover(TaosRecord record, Exception failure) {
        if (!created) {
            jdbc.execute("CREATE TABLE IF NOT EXISTS " + table + " (ts TIMESTAMP, topic VARCHAR(192), vgroup_id INT,"
                    + " msg_offset BIGINT, table_name VARCHAR(192), record VARCHAR(" + MAX_RECORD + "), error VARCHAR("
                    + MAX_ERROR + "))");
            created = true;
        }
        jdbc.update("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?)", new Timestamp(nextTimestamp()),
                record.topic(), record.vgroupId(), record.offset(), record.tableName(),
                truncate(toJson(record.values()), MAX_RECORD), truncate(String.valueOf(failure), MAX_ERROR));
    }

    private long nextTimestamp() {
        long now = System.currentTimeMillis();
        return lastTimestamp.updateAndGet(last -> Math.max(last + 1, now));
    }

    private String toJson(Map<String, Object> values) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            for (Map.Entry<String, Object> entry : values.entrySet()) {
                g.writeName(entry.getKey());
                write(g, entry.getValue());
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof byte[] bytes) {
            g.writeBinary(bytes);
        } else {
            g.writeString(value.toString());
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public String toString() {
        return "DeadLetterTableRecoverer{" + table + "}";
    }
}
