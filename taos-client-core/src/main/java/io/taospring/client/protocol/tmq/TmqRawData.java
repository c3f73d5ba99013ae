package io.taospring.client.protocol.tmq;

import java.util.List;

/**
 * The serialised data response of one TMQ data message (ws-tmq.md 7.2).
 *
 * @param requestOffset  the WAL version the poll started reading from
 * @param responseOffset the WAL version after the message (the next to read)
 * @param blocks         the blocks, typically one per table
 */
public record TmqRawData(long requestOffset, long responseOffset, List<TmqBlock> blocks) {

    /** Copies the blocks. */
    public TmqRawData {
        blocks = List.copyOf(blocks);
    }

    /** The total number of rows of all blocks. */
    public int rowCount() {
        return blocks.stream().mapToInt(block -> block.decode().rowCount()).sum();
    }
}
