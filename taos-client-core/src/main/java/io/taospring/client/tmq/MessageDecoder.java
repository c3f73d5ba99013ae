package io.taospring.client.tmq;

import io.taospring.client.TaosField;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.internal.Cells;
import io.taospring.client.protocol.tmq.TmqBlock;
import io.taospring.client.protocol.tmq.TmqColumn;
import io.taospring.client.protocol.tmq.TmqRawData;
import io.taospring.client.protocol.tmq.TmqReply;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a polled message (the poll reply and its raw data) into {@link ConsumerRecords}. */
final class MessageDecoder {

    private final ZoneId zone;

    MessageDecoder(ZoneId zone) {
        this.zone = zone;
    }

    ConsumerRecords decode(TmqReply poll, TmqRawData data) {
        List<ConsumerRecord> records = new ArrayList<>();
        for (TmqBlock block : data.blocks()) {
            RawBlock rows = block.decode();
            List<TaosField> fields = fields(block.columns());
            Cells cells = new Cells(block.precision(), zone);
            for (int r = 0; r < rows.rowCount(); r++) {
                records.add(new ConsumerRecord(poll.topic(), poll.database(), poll.vgroupId(), poll.offset(),
                        block.tableName(), fields, rows, r, cells));
            }
        }
        TopicVgroup vgroup = new TopicVgroup(poll.topic(), poll.vgroupId());
        return new ConsumerRecords(records, Map.of(vgroup, data.responseOffset()));
    }

    private static List<TaosField> fields(List<TmqColumn> columns) {
        List<TaosField> fields = new ArrayList<>(columns.size());
        for (TmqColumn column : columns) {
            fields.add(new TaosField(column.name(), column.type(), column.type().declaredLength(column.bytes())));
        }
        return List.copyOf(fields);
    }
}
