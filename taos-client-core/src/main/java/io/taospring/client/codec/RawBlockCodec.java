package io.taospring.client.codec;

import io.taospring.client.TaosType;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.ResultError;
import java.util.Objects;

/**
 * Reads and writes TDengine's raw block format ({@code protocol/raw-block.md}); the one place that knows
 * its layout. Pure: no I/O, no logging, no shared state.
 *
 * <p>Decoding validates the whole structure before it returns (header, schema, every column length,
 * offset and length prefix), so the accessors of the returned {@link RawBlock} never read outside the
 * block. Blocks of version 1 (query results) and 2 (TMQ) are accepted, with or without the trailing
 * {@code blankFill} byte. A block of zero rows is accepted too (servers never send one, but
 * {@link RawBlockBuilder} may encode one).
 */
public final class RawBlockCodec {

    /** Version of query-result blocks. */
    static final int VERSION_QUERY = 1;
    /** Version of blocks inside TMQ messages. */
    static final int VERSION_TMQ = 2;

    static final int VERSION_OFFSET = 0;
    static final int TOTAL_LENGTH_OFFSET = 4;
    static final int ROWS_OFFSET = 8;
    static final int COLS_OFFSET = 12;
    static final int FLAG_OFFSET = 16;
    static final int GROUP_ID_OFFSET = 20;
    static final int HEADER_SIZE = 28;

    /** Bit 31 of the flag segment: "column schema present". */
    static final int SCHEMA_PRESENT_FLAG = 0x8000_0000;

    static final int SCHEMA_ENTRY_SIZE = 5;
    static final int SCHEMA_TYPE_OFFSET = 0;
    static final int SCHEMA_WIDTH_OFFSET = 1;
    static final int COLUMN_LENGTH_SIZE = 4;

    /** Size of one entry of a variable-length column's offset array. */
    static final int OFFSET_SIZE = 4;
    /** Offset-array entry of a NULL value. */
    static final int NULL_OFFSET = -1;

    /** Size of the trailing {@code blankFill} byte that current servers append. */
    static final int BLANK_FILL_SIZE = 1;

    /** Largest byte array the JVM reliably allocates. */
    static final int MAX_BLOCK_SIZE = Integer.MAX_VALUE - 8;

    private RawBlockCodec() {
    }

    /**
     * Decodes a block. The block is a view over {@code data}: do not modify the array while it is in use.
     *
     * @throws io.taospring.client.error.ResultError when the block is corrupt or truncated
     *         ({@link ErrorCodes#MALFORMED_BLOCK})
     * @throws IndexOutOfBoundsException when {@code offset} and {@code length} do not lie inside {@code data}
     */
    public static RawBlock decode(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        return new BlockParser(data, offset, length).parse();
    }

    /** Decodes a block that fills {@code data}. */
    public static RawBlock decode(byte[] data) {
        return decode(data, 0, data.length);
    }

    /** Size of the null bitmap of a fixed-width column of {@code rows} rows. */
    static int bitmapLength(int rows) {
        return (rows + 7) >>> 3;
    }

    /** The bitmap mask of {@code row} within its byte: MSB first. */
    static int nullMask(int row) {
        return 0x80 >>> (row & 7);
    }

    /** Offset of the first column section in a block of {@code cols} columns. */
    static long dataStart(int cols) {
        return HEADER_SIZE + (long) (SCHEMA_ENTRY_SIZE + COLUMN_LENGTH_SIZE) * cols;
    }

    /** Encodes columns that all hold {@code rows} values, with the given schema widths. */
    static byte[] encode(TaosType[] types, int[] widths, ColumnBuffer[] columns, int rows) {
        long total = dataStart(columns.length) + BLANK_FILL_SIZE;
        for (ColumnBuffer column : columns) {
            total += column.sectionLength();
        }
        if (total > MAX_BLOCK_SIZE) {
            throw new IllegalStateException("a block of " + total + " bytes exceeds the largest array; "
                    + "encode fewer rows per block");
        }
        byte[] out = new byte[(int) total];
        writeHeader(out, (int) total, rows, columns.length);
        int position = writeSchema(out, types, widths);
        position = writeColumnLengths(out, position, columns);
        for (ColumnBuffer column : columns) {
            position = column.writeSection(out, position);
        }
        return out; // the blankFill byte is the array's last byte, already 0
    }

    private static void writeHeader(byte[] out, int total, int rows, int cols) {
        LittleEndian.putInt(out, VERSION_OFFSET, VERSION_QUERY);
        LittleEndian.putInt(out, TOTAL_LENGTH_OFFSET, total);
        LittleEndian.putInt(out, ROWS_OFFSET, rows);
        LittleEndian.putInt(out, COLS_OFFSET, cols);
        LittleEndian.putInt(out, FLAG_OFFSET, SCHEMA_PRESENT_FLAG);
        LittleEndian.putLong(out, GROUP_ID_OFFSET, 0L);
    }

    private static int writeSchema(byte[] out, TaosType[] types, int[] widths) {
        int position = HEADER_SIZE;
        for (int i = 0; i < types.length; i++) {
            out[position + SCHEMA_TYPE_OFFSET] = (byte) types[i].code();
            LittleEndian.putInt(out, position + SCHEMA_WIDTH_OFFSET, widths[i]);
            position += SCHEMA_ENTRY_SIZE;
        }
        return position;
    }

    private static int writeColumnLengths(byte[] out, int at, ColumnBuffer[] columns) {
        int position = at;
        for (ColumnBuffer column : columns) {
            LittleEndian.putInt(out, position, column.valueLength());
            position += COLUMN_LENGTH_SIZE;
        }
        return position;
    }

    /** A {@link ErrorCodes#MALFORMED_BLOCK} error: what is wrong, and where (relative to the block start). */
    static ResultError malformed(String problem, long at) {
        return new ResultError(ErrorCodes.MALFORMED_BLOCK, "malformed raw block: " + problem + " (at byte " + at + ")");
    }
}
