package io.taospring.embedded.tmq;

import io.taospring.client.protocol.tmq.TmqBlock;
import io.taospring.client.protocol.tmq.TmqRawData;
import io.taospring.client.protocol.tmq.TmqRawDataCodec;
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
            rows += java.nio.ByteBuffer.wrap(block.rawBlock()).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(8);
        }
        return rows;
    }
}
