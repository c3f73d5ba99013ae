package io.taospring.client.codec;

import static io.taospring.client.codec.RawBlockCodec.COLS_OFFSET;
import static io.taospring.client.codec.RawBlockCodec.COLUMN_LENGTH_SIZE;
import static io.taospring.client.codec.RawBlockCodec.FLAG_OFFSET;
import static io.taospring.client.codec.RawBlockCodec.GROUP_ID_OFFSET;
import static io.taospring.client.codec.RawBlockCodec.HEADER_SIZE;
import static io.taospring.client.codec.RawBlockCodec.NULL_OFFSET;
import static io.taospring.client.codec.RawBlockCodec.OFFSET_SIZE;
import static io.taospring.client.codec.RawBlockCodec.ROWS_OFFSET;
import static io.taospring.client.codec.RawBlockCodec.SCHEMA_ENTRY_SIZE;
import static io.taospring.client.codec.RawBlockCodec.SCHEMA_PRESENT_FLAG;
import static io.taospring.client.codec.RawBlockCodec.SCHEMA_TYPE_OFFSET;
import static io.taospring.client.codec.RawBlockCodec.SCHEMA_WIDTH_OFFSET;
import static io.taospring.client.codec.RawBlockCodec.TOTAL_LENGTH_OFFSET;
import static io.taospring.client.codec.RawBlockCodec.VERSION_OFFSET;
import static io.taospring.client.codec.RawBlockCodec.VERSION_QUERY;
import static io.taospring.client.codec.RawBlockCodec.VERSION_TMQ;
import static io.taospring.client.codec.RawBlockCodec.malformed;

import io.taospring.client.TaosType;

/**
 * Validates one raw block, in layout order, and builds the {@link RawBlock} view over it. Every size is
 * checked against the bytes actually present before it is used, and nothing is allocated in proportion to
 * a claimed size: arrays are per column, and columns are bounded by the schema bytes present.
 * Positions in error messages are relative to the start of the block; every failure is a
 * {@link io.taospring.client.error.ResultError} from {@link RawBlockCodec#malformed}.
 */
final class BlockParser {

    private final byte[] data;
    private final int base;
    private final int available;

    BlockParser(byte[] data, int base, int available) {
        this.data = data;
        this.base = base;
        this.available = available;
    }

    RawBlock parse() {
        if (available < HEADER_SIZE) {
            throw malformed("truncated header: " + available + " of " + HEADER_SIZE + " bytes present", 0);
        }
        int version = version();
        int total = totalLength();
        int rows = rows();
        int cols = cols(total);
        requireSchemaFlag();
        long groupId = LittleEndian.getLong(data, base + GROUP_ID_OFFSET);
        Columns columns = schema(cols);
        sections(columns, rows, total);
        return new RawBlock(data, version, groupId, rows, columns.types, columns.widths, columns.nullStarts,
                columns.valueStarts);
    }

    private int version() {
        int version = intAt(VERSION_OFFSET);
        if (version != VERSION_QUERY && version != VERSION_TMQ) {
            throw malformed("unsupported version " + version + " (expected 1 or 2)", VERSION_OFFSET);
        }
        return version;
    }

    private int totalLength() {
        int total = intAt(TOTAL_LENGTH_OFFSET);
        if (total < HEADER_SIZE) {
            throw malformed("total length " + total + " is shorter than the " + HEADER_SIZE + "-byte header",
                    TOTAL_LENGTH_OFFSET);
        }
        if (total > available) {
            throw malformed("truncated block: the header claims " + total + " bytes but only " + available
                    + " are present", TOTAL_LENGTH_OFFSET);
        }
        return total;
    }

    private int rows() {
        int rows = intAt(ROWS_OFFSET);
        if (rows < 0) {
            throw malformed("negative row count " + rows, ROWS_OFFSET);
        }
        return rows;
    }

    private int cols(int total) {
        int cols = intAt(COLS_OFFSET);
        if (cols < 1) {
            throw malformed("column count " + cols + " is not positive", COLS_OFFSET);
        }
        long needed = RawBlockCodec.dataStart(cols);
        if (needed > total) {
            throw malformed(cols + " columns need " + needed + " bytes of header, schema and lengths, but the block"
                    + " is " + total + " bytes", COLS_OFFSET);
        }
        return cols;
    }

    private void requireSchemaFlag() {
        int flag = intAt(FLAG_OFFSET);
        if ((flag & SCHEMA_PRESENT_FLAG) == 0) {
            throw malformed(String.format("flag segment 0x%08x lacks the column-schema bit 0x80000000", flag),
                    FLAG_OFFSET);
        }
    }

    private Columns schema(int cols) {
        Columns columns = new Columns(cols);
        for (int i = 0; i < cols; i++) {
            int entry = HEADER_SIZE + i * SCHEMA_ENTRY_SIZE;
            int code = data[base + entry + SCHEMA_TYPE_OFFSET];
            if (!TaosType.isKnownCode(code)) {
                throw malformed("column " + i + " has unknown type id " + code, entry + SCHEMA_TYPE_OFFSET);
            }
            TaosType type = TaosType.fromCode(code);
            int width = intAt(entry + SCHEMA_WIDTH_OFFSET);
            requireValidWidth(i, type, width, entry + SCHEMA_WIDTH_OFFSET);
            columns.types[i] = type;
            columns.widths[i] = width;
        }
        return columns;
    }

    private static void requireValidWidth(int column, TaosType type, int width, int at) {
        if (type.isDecimal()) {
            requireValidDecimalWidth(column, type, width, at);
        } else if (type.isVariable() ? width < 0 : width != type.fixedSize()) {
            throw malformed("column " + column + " (" + type + ") has schema width " + width
                    + (type.isVariable() ? "" : ", expected " + type.fixedSize()), at);
        }
    }

    private static void requireValidDecimalWidth(int column, TaosType type, int width, int at) {
        int storage = Decimals.storageOf(width);
        int precision = Decimals.precisionOf(width);
        int scale = Decimals.scaleOf(width);
        if (storage != type.fixedSize() || precision < 1 || precision > Decimals.maxPrecision(type)
                || scale > precision) {
            throw malformed(String.format("column %d (%s) has schema width 0x%08x: storage %d, precision %d,"
                    + " scale %d is not a valid %s", column, type, width, storage, precision, scale, type), at);
        }
    }

    private void sections(Columns columns, int rows, int total) {
        int cols = columns.types.length;
        int lengthsAt = HEADER_SIZE + cols * SCHEMA_ENTRY_SIZE;
        long position = RawBlockCodec.dataStart(cols);
        for (int i = 0; i < cols; i++) {
            int lengthAt = lengthsAt + i * COLUMN_LENGTH_SIZE;
            int length = intAt(lengthAt);
            TaosType type = columns.types[i];
            long valuesAt = position + (type.isVariable()
                    ? (long) OFFSET_SIZE * rows : RawBlockCodec.bitmapLength(rows));
            requireValidLength(i, type, rows, length, lengthAt);
            long end = valuesAt + length;
            if (end > total) {
                throw malformed("column " + i + " (" + type + ") ends at byte " + end + ", beyond the block's "
                        + total + " bytes", position);
            }
            columns.nullStarts[i] = base + (int) position;
            columns.valueStarts[i] = base + (int) valuesAt;
            if (type.isVariable()) {
                requireValuesInside(i, type, rows, columns.nullStarts[i], columns.valueStarts[i], length);
            }
            position = end;
        }
    }

    private static void requireValidLength(int column, TaosType type, int rows, int length, int at) {
        if (type.isVariable()) {
            if (length < 0) {
                throw malformed("column " + column + " (" + type + ") has negative length " + length, at);
            }
            return;
        }
        long expected = (long) rows * type.fixedSize();
        if (length != expected) {
            throw malformed("column " + column + " (" + type + ") has length " + length + ", expected " + rows
                    + " rows x " + type.fixedSize() + " bytes = " + expected, at);
        }
    }

    /** Checks every offset and length prefix of a variable-length column against its value area. */
    private void requireValuesInside(int column, TaosType type, int rows, int offsetsAt, int areaAt, int length) {
        int prefix = type.lengthPrefixSize();
        for (int row = 0; row < rows; row++) {
            int offsetAt = offsetsAt + row * OFFSET_SIZE;
            int offset = LittleEndian.getInt(data, offsetAt);
            if (offset == NULL_OFFSET) {
                continue;
            }
            if (offset < 0 || (long) offset + prefix > length) {
                throw malformed("column " + column + " (" + type + ") row " + row + " has offset " + offset
                        + " outside its " + length + "-byte value area", offsetAt - base);
            }
            long valueLength = prefix == Short.BYTES
                    ? LittleEndian.getUnsignedShort(data, areaAt + offset)
                    : LittleEndian.getUnsignedInt(data, areaAt + offset);
            requireValueFits(column, type, row, offset, valueLength, length, areaAt + offset - base);
        }
    }

    private static void requireValueFits(int column, TaosType type, int row, int offset, long valueLength,
            int length, int at) {
        if (offset + (long) type.lengthPrefixSize() + valueLength > length) {
            throw malformed("column " + column + " (" + type + ") row " + row + ": a " + valueLength + "-byte value"
                    + " at offset " + offset + " overruns its " + length + "-byte value area", at);
        }
        if (type == TaosType.NCHAR && valueLength % Ucs4.BYTES_PER_CODE_POINT != 0) {
            throw malformed("column " + column + " (NCHAR) row " + row + ": value length " + valueLength
                    + " is not a multiple of 4", at);
        }
    }

    private int intAt(int offset) {
        return LittleEndian.getInt(data, base + offset);
    }

    /** The per-column facts gathered while parsing. */
    private static final class Columns {
        final TaosType[] types;
        final int[] widths;
        final int[] nullStarts;
        final int[] valueStarts;

        Columns(int cols) {
            types = new TaosType[cols];
            widths = new int[cols];
            nullStarts = new int[cols];
            valueStarts = new int[cols];
        }
    }
}
