package io.taospring.client.protocol.tmq;

import io.taospring.client.Precision;
import io.taospring.client.codec.RawBlock;
import io.taospring.client.codec.RawBlockCodec;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One block of a TMQ data message: the rows of one table, as a raw block ({@code protocol/raw-block.md},
 * version 2) with the column schema and the table name that travel beside it (ws-tmq.md 7.2).
 *
 * @param tableName the child or normal table the rows belong to
 * @param precision the timestamp precision
 * @param columns   the schema, one entry per raw-block column
 * @param rawBlock  the raw block bytes, ending with the blankFill byte
 */
public record TmqBlock(String tableName, Precision precision, List<TmqColumn> columns, byte[] rawBlock) {

    /** Copies the schema; the raw block is kept as given (do not modify it). */
    public TmqBlock {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(precision, "precision");
        columns = List.copyOf(columns);
        Objects.requireNonNull(rawBlock, "rawBlock");
    }

    /** Decodes the raw block (a view over {@link #rawBlock()}). */
    public RawBlock decode() {
        return RawBlockCodec.decode(rawBlock);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TmqBlock that && tableName.equals(that.tableName) && precision == that.precision
                && columns.equals(that.columns) && Arrays.equals(rawBlock, that.rawBlock);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tableName, precision, columns, Arrays.hashCode(rawBlock));
    }

    @Override
    public String toString() {
        return "TmqBlock[" + tableName + ", " + precision + ", " + columns + ", " + rawBlock.length + " bytes]";
    }
}
