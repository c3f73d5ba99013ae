package io.taospring.client.tmq;

import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ProgrammingError;
import io.taospring.client.internal.Cells;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row received from a topic, with where it came from. Values are read from the message's block on
 * demand, with the same conversions as query results (TIMESTAMP as {@link java.time.Instant}, unsigned
 * integers widened, VARCHAR/NCHAR as {@link String}).
 */
public final class ConsumerRecord {

    private final String topic;
    private final String database;
    private final int vgroupId;
    private final long offset;
    private final String tableName;
    private final List<TaosField> fields;
    private final RawBlock block;
    private final int row;
    private final Cells cells;

    ConsumerRecord(String topic, String database, int vgroupId, long offset, String tableName, List<TaosField> fields,
            RawBlock block, int row, Cells cells) {
        this.topic = topic;
        this.database = database;
        this.vgroupId = vgroupId;
        this.offset = offset;
        this.tableName = tableName;
        this.fields = fields;
        this.block = block;
        this.row = row;
        this.cells = cells;
    }

    /** The topic. */
    public String topic() {
        return topic;
    }

    /** The topic's database. */
    public String database() {
        return database;
    }

    /** The vgroup the row came from. */
    public int vgroupId() {
        return vgroupId;
    }

    /** The topic and vgroup together. */
    public TopicVgroup topicVgroup() {
        return new TopicVgroup(topic, vgroupId);
    }

    /** The offset of the message that carried the row: the vgroup position the poll started from. */
    public long offset() {
        return offset;
    }

    /** The child or normal table the row was written to (empty without {@code msg.with.table.name}). */
    public String tableName() {
        return tableName;
    }

    /** The columns. */
    public List<TaosField> fields() {
        return fields;
    }

    /** The value of column {@code index} (0-based) as its type's Java class; null for NULL. */
    public Object get(int index) {
        return cells.getObject(block, checked(index), row);
    }

    /** The value of the column named {@code name}; null for NULL. */
    public Object get(String name) {
        return get(indexOf(name));
    }

    /** The value of the column named {@code name} converted to {@code type}; null for NULL. */
    public <T> T get(String name, Class<T> type) {
        return cells.getObject(block, indexOf(name), row, type);
    }

    /** All values by column name, in column order. */
    public Map<String, Object> toMap() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int c = 0; c < fields.size(); c++) {
            values.put(fields.get(c).name(), get(c));
        }
        return values;
    }

    private int checked(int index) {
        if (index < 0 || index >= fields.size()) {
            throw new ProgrammingError(ErrorCodes.INVALID_PARAMETERS, "column index " + index + " out of range [0, "
                    + fields.size() + ")");
        }
        return index;
    }

    private int indexOf(String name) {
        for (int c = 0; c < fields.size(); c++) {
            if (fields.get(c).name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new ProgrammingError(ErrorCodes.INVALID_PARAMETERS, "no column named '" + name + "' in " + fields);
    }

    @Override
    public String toString() {
        return "ConsumerRecord[" + topic + "/" + vgroupId + "@" + offset + " " + tableName + " " + toMap() + "]";
    }
}
