package io.taospring.spring.listener;

/**
 * The names of the message headers a {@link io.taospring.spring.annotation.TaosListener} method can take with {@code @Header}; in batch
 * listeners each is a {@code List} with one value per record.
 */
public final class TaosHeaders {

    /** The topic ({@code String}). */
    public static final String TOPIC = "taos_topic";
    /** The topic's database ({@code String}). */
    public static final String DATABASE = "taos_database";
    /** The vgroup the record came from ({@code int}). */
    public static final String VGROUP_ID = "taos_vgroupId";
    /** The offset of the message that carried the record ({@code long}): where a seek back redelivers it from. */
    public static final String OFFSET = "taos_offset";
    /** The child or normal table the row was written to ({@code String}). */
    public static final String TABLE_NAME = "taos_tableName";
    /** The {@link TaosRecord} (or {@code List<TaosRecord>} in batch listeners). */
    public static final String RECORD = "taos_record";
    /** The {@link Acknowledgment}. */
    public static final String ACKNOWLEDGMENT = "taos_acknowledgment";

    private TaosHeaders() {
    }
}
