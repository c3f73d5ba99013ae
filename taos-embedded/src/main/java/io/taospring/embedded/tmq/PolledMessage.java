package io.taospring.embedded.tmq;

import io.taospring.client.protocol.tmq.TmqBlock;
import io.taospring.client.protocol.tmq.TmqRawData;
import io.taospring.client.protocol.tmq.TmqRawDataCodec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A data message taken from one vgroup for one consumer.
 *
 * @param topic          the topic
 * @param database       the topic's database
 * @param vgroupId       the vgroup
 * @param requestOffset  the position the poll started from (what poll reports as {@code offset})
 * @param responseOffset the position after the message
 * @param blocks         the blocks, one per log entry, all with the same columns
 */
record PolledMessage(String topic, String database, int vgroupId, long requestOffset, long responseOffset,
        List<TmqBlock> blocks) {

    /** Offset of the row count in a raw block ({@code protocol/raw-block.md}). */
    private static final int ROWS_OFFSET = 8;

    PolledMessage {
        blocks = List.copyOf(blocks);
    }

    /** The TMQ raw data of the message. */
    byte[] rawData() {
        return TmqRawDataCodec.encode(new TmqRawData(requestOffset, responseOffset, blocks));
    }

    int rowCount() {
        int rows = 0;
        for (TmqBlock block : blocks) {
            rows += ByteBuffer.wrap(block.rawBlock()).order(ByteOrder.LITTLE_ENDIAN).getInt(ROWS_OFFSET);
        }
        return rows;
    }
}
