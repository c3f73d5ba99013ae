package io.taospring.embedded.tmq;

import io.taospring.client.TaosField;
import io.taospring.client.protocol.tmq.TmqBlock;
import io.taospring.client.protocol.tmq.TmqColumn;
import io.taospring.client.protocol.tmq.TmqRawDataCodec;
import io.taospring.embedded.engine.query.ColumnarResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the next message of a topic from a vgroup's log: consecutive entries the topic delivers, as long as
 * they share one column layout (JDBC 3.7.9 reads the first block's schema for all) and stay under a row cap.
 */
final class MessageReader {

    /** Rows after which a message is closed. */
    static final int MAX_ROWS = 16_384;
    /** Log entries read per attempt. */
    static final int MAX_ENTRIES = 1_024;

    private MessageReader() {
    }

    /** The result of one read: the message (or null) and the position after the entries looked at. */
    record Read(PolledMessage message, long next) {
    }

    static Read read(TopicView view, VgroupLog log, long position) {
        List<TmqBlock> blocks = new ArrayList<>();
        List<TaosField> layout = null;
        int rows = 0;
        long next = position;
        for (WalEntry entry : log.read(position, MAX_ENTRIES)) {
            ColumnarResult result = view.rowsOf(log.database(), entry);
            if (result != null) {
                if (layout != null && !layout.equals(result.fields())) {
                    break;
                }
                layout = result.fields();
                blocks.add(block(entry.table().name(), result));
                rows += result.rowCount();
            }
            next = entry.version() + 1;
            if (rows >= MAX_ROWS) {
                break;
            }
        }
        PolledMessage message = blocks.isEmpty() ? null : new PolledMessage(view.topic().name(),
                view.topic().database(), log.id(), position, next, blocks);
        return new Read(message, next);
    }

    private static TmqBlock block(String table, ColumnarResult result) {
        List<TmqColumn> columns = new ArrayList<>();
        List<TaosField> fields = result.fields();
        for (int i = 0; i < fields.size(); i++) {
            TaosField field = fields.get(i);
            columns.add(new TmqColumn(field.name(), field.type(), field.internalWidth(), i + 1));
        }
        byte[] raw = TmqRawDataCodec.asTmqBlock(result.encodeBlock(0, result.rowCount()));
        return new TmqBlock(table, result.precision(), columns, raw);
    }
}
