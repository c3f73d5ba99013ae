package io.taospring.client.transport.nativ;

import com.sun.jna.Pointer;
import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.error.Operation;
import java.util.List;

/**
 * One message polled from a TMQ consumer: a {@code TAOS_RES *} whose blocks may each come from another
 * child table. Read by one thread; closing it (or the cleaner) frees the result.
 */
final class NativeMessage implements AutoCloseable {

    /** One block of the message and the child table it belongs to. */
    record TableBlock(String tableName, RawBlock block) {
    }

    private final TaosLibrary api;
    private final NativeHandle handle;
    private final ResultReader reader;
    private final String topic;
    private final String database;
    private final int vgroupId;
    private final long offset;
    private final List<TaosField> fields;

    NativeMessage(NativeConsumer consumer, Pointer res) {
        LoadedLibrary library = consumer.library();
        this.api = library.api();
        this.handle = new NativeHandle(consumer.cleaner(), this, "TMQ message", res, api::taos_free_result, consumer);
        this.reader = new ResultReader(library, Operation.TMQ, 0, null);
        this.topic = api.tmq_get_topic_name(res);
        this.database = api.tmq_get_db_name(res);
        this.vgroupId = api.tmq_get_vgroup_id(res);
        this.offset = api.tmq_get_vgroup_offset(res);
        this.fields = reader.fields(res);
    }

    String topic() {
        return topic;
    }

    String database() {
        return database;
    }

    int vgroupId() {
        return vgroupId;
    }

    long offset() {
        return offset;
    }

    List<TaosField> fields() {
        return fields;
    }

    /** The next block with its table name, or null when the message is read. */
    TableBlock nextBlock() {
        if (handle.isFreed()) {
            return null;
        }
        RawBlock block = reader.nextBlock(handle.pointer(), fields.size());
        return block == null ? null : new TableBlock(api.tmq_get_table_name(handle.pointer()), block);
    }

    /** The live {@code TAOS_RES *}, for commits. */
    Pointer pointer() {
        return handle.pointer();
    }

    @Override
    public void close() {
        handle.close();
    }
}
