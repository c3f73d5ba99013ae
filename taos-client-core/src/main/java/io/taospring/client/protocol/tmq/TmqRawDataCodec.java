package io.taospring.client.protocol.tmq;

import io.taospring.client.Precision;
import io.taospring.client.TaosType;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.InterfaceError;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the TMQ raw data of a data message (ws-tmq.md 7.2): offsets, then per block an entry
 * (response version, big-endian row count, precision, raw block), its schema and its table name. Pure.
 */
public final class TmqRawDataCodec {

    /** Offset type of a WAL version (8-byte payload). */
    static final int OFFSET_TYPE_LOG = 1;
    /** Offset payload of snapshot offsets (types 2 and 3). */
    static final int SNAPSHOT_OFFSET_SIZE = 16;
    /** Head bytes at or above this value are a format version, not an offset type. */
    static final int FORMAT_VERSION_MIN = 100;
    /** Fixed part of a block entry: rspVersion, numOfRows, compressed, precision. */
    static final int ENTRY_HEADER_SIZE = 18;
    /** The only rspVersion readers accept. */
    static final long RSP_VERSION = 1;
    /** Offset of the row count inside a raw block. */
    static final int RAW_BLOCK_ROWS_OFFSET = 8;
    /** Offset of the total length inside a raw block. */
    static final int RAW_BLOCK_LENGTH_OFFSET = 4;
    /** Flags byte written for every schema column. */
    static final int COLUMN_FLAGS = 1;
    /** Zero bytes after the last block, as the server writes them. */
    static final int TRAILER_SIZE = 8;

    /** Version of raw blocks inside TMQ messages. */
    static final int TMQ_BLOCK_VERSION = 2;

    private TmqRawDataCodec() {
    }

    /** Marks a raw block (as {@link io.taospring.client.codec.RawBlockBuilder} encodes it) as a TMQ block, in place. */
    public static byte[] asTmqBlock(byte[] rawBlock) {
        ByteBuffer.wrap(rawBlock).order(ByteOrder.LITTLE_ENDIAN).putInt(0, TMQ_BLOCK_VERSION);
        return rawBlock;
    }

    /** Encodes {@code data}; every block's raw block must end with its blankFill byte. */
    public static byte[] encode(TmqRawData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        writeOffset(out, data.requestOffset());
        writeOffset(out, data.responseOffset());
        writeIntLe(out, data.blocks().size());
        out.write(1); // withTableName
        out.write(1); // withSchema
        for (TmqBlock block : data.blocks()) {
            writeBlock(out, block);
        }
        out.write(new byte[TRAILER_SIZE], 0, TRAILER_SIZE);
        return out.toByteArray();
    }

    private static void writeOffset(ByteArrayOutputStream out, long version) {
        out.write(OFFSET_TYPE_LOG);
        writeLongLe(out, version);
    }

    private static void writeBlock(ByteArrayOutputStream out, TmqBlock block) {
        byte[] raw = block.rawBlock();
        Varints.writeUnsigned(out, ENTRY_HEADER_SIZE + (long) raw.length);
        writeLongLe(out, RSP_VERSION);
        long rows = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).getInt(RAW_BLOCK_ROWS_OFFSET);
        out.write(ByteBuffer.allocate(Long.BYTES).order(ByteOrder.BIG_ENDIAN).putLong(rows).array(), 0, Long.BYTES);
        out.write(0); // not compressed
        out.write(block.precision().code());
        out.write(raw, 0, raw.length);
        Varints.writeZigZag(out, block.columns().size());
        Varints.writeZigZag(out, 0); // schema version
        for (TmqColumn column : block.columns()) {
            out.write(column.type().code());
            out.write(COLUMN_FLAGS);
            Varints.writeZigZag(out, column.bytes());
            Varints.writeZigZag(out, column.colId());
            writeName(out, column.name());
        }
        writeName(out, block.tableName());
    }

    private static void writeName(ByteArrayOutputStream out, String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        Varints.writeUnsigned(out, bytes.length + 1L);
        out.write(bytes, 0, bytes.length);
        out.write(0);
    }

    private static void writeIntLe(ByteArrayOutputStream out, int value) {
        out.write(ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array(), 0,
                Integer.BYTES);
    }

    private static void writeLongLe(ByteArrayOutputStream out, long value) {
        out.write(ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array(), 0,
                Long.BYTES);
    }

    /**
     * Decodes TMQ raw data; trailing bytes after the last block are ignored.
     *
     * @throws InterfaceError ({@link ErrorCodes#MALFORMED_RESPONSE}) when the data is truncated or malformed
     */
    public static TmqRawData decode(byte[] data, int offset, int length) {
        ByteBuffer in = ByteBuffer.wrap(data, offset, length).slice().order(ByteOrder.LITTLE_ENDIAN);
        try {
            long[] offsets = readHead(in);
            int blockCount = in.getInt();
            boolean withTableName = in.get() != 0;
            boolean withSchema = in.get() != 0;
            // every block takes more than one byte: a larger count is a lie, and must not size an allocation
            if (blockCount < 0 || blockCount > in.remaining() || !withSchema) {
                throw new IllegalArgumentException("block count " + blockCount + " with " + in.remaining()
                        + " bytes left, withSchema " + withSchema);
            }
            List<TmqBlock> blocks = new ArrayList<>(blockCount);
            for (int i = 0; i < blockCount; i++) {
                blocks.add(readBlock(in, withTableName));
            }
            return new TmqRawData(offsets[0], offsets[1], blocks);
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw malformed("truncated at byte " + in.position(), e);
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage(), e);
        }
    }

    /** Decodes TMQ raw data that fills {@code data}. */
    public static TmqRawData decode(byte[] data) {
        return decode(data, 0, data.length);
    }

    private static long[] readHead(ByteBuffer in) {
        int first = in.get(in.position()) & 0xFF;
        if (first >= FORMAT_VERSION_MIN) {
            in.get();
            int skip = in.getInt();
            in.position(in.position() + skip);
            return new long[] {0, 0};
        }
        return new long[] {readOffset(in), readOffset(in)};
    }

    private static long readOffset(ByteBuffer in) {
        int type = in.get();
        if (type == OFFSET_TYPE_LOG) {
            return in.getLong();
        }
        in.position(in.position() + SNAPSHOT_OFFSET_SIZE);
        return 0;
    }

    private static TmqBlock readBlock(ByteBuffer in, boolean withTableName) {
        long entryLength = Varints.readUnsigned(in);
        long rspVersion = in.getLong();
        in.order(ByteOrder.BIG_ENDIAN);
        long rows = in.getLong();
        in.order(ByteOrder.LITTLE_ENDIAN);
        int compressed = in.get();
        Precision precision = Precision.fromCode(in.get());
        if (rspVersion != RSP_VERSION || compressed != 0 || entryLength < ENTRY_HEADER_SIZE
                || entryLength - ENTRY_HEADER_SIZE > in.remaining()) {
            throw new IllegalArgumentException("bad block entry (length " + entryLength + ", version " + rspVersion
                    + ", compressed " + compressed + ")");
        }
        byte[] raw = new byte[(int) (entryLength - ENTRY_HEADER_SIZE)];
        in.get(raw);
        checkRawBlock(raw, rows);
        List<TmqColumn> columns = readSchema(in);
        String table = withTableName ? readName(in) : "";
        return new TmqBlock(table, precision, columns, raw);
    }

    private static void checkRawBlock(byte[] raw, long rows) {
        ByteBuffer block = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        if (raw.length < RAW_BLOCK_ROWS_OFFSET + Integer.BYTES || block.getInt(RAW_BLOCK_LENGTH_OFFSET) != raw.length
                || block.getInt(RAW_BLOCK_ROWS_OFFSET) != rows) {
            throw new IllegalArgumentException("raw block of " + raw.length + " bytes does not match its entry ("
                    + rows + " rows)");
        }
    }

    private static List<TmqColumn> readSchema(ByteBuffer in) {
        int count = Varints.readZigZag(in);
        Varints.readZigZag(in); // schema version
        if (count < 0 || count > in.remaining()) {
            throw new IllegalArgumentException("column count " + count);
        }
        List<TmqColumn> columns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int type = in.get() & 0xFF;
            in.get(); // flags
            int bytes = Varints.readZigZag(in);
            int colId = Varints.readZigZag(in);
            if (!TaosType.isKnownCode(type)) {
                throw new IllegalArgumentException("unknown column type " + type);
            }
            columns.add(new TmqColumn(readName(in), TaosType.fromCode(type), bytes, colId));
        }
        return columns;
    }

    private static String readName(ByteBuffer in) {
        long length = Varints.readUnsigned(in);
        if (length < 1 || length > in.remaining()) {
            throw new IllegalArgumentException("name length " + length);
        }
        byte[] bytes = new byte[(int) length - 1];
        in.get(bytes);
        in.get(); // NUL
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static InterfaceError malformed(String what, Throwable cause) {
        return new InterfaceError(ErrorCodes.MALFORMED_RESPONSE, "malformed TMQ raw data: " + what, cause);
    }
}
