package io.taospring.client.protocol.ws;

import io.taospring.client.TaosType;
import io.taospring.client.stmt.BoundColumn;
import io.taospring.client.stmt.BoundTable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bind data of a {@code stmt2_bind} frame (ws-stmt.md 4.2, 4.3): a 28-byte header, then the table-name,
 * tag and column sections, each a table of per-table lengths followed by the records. Little-endian. The
 * same class encodes for the client and decodes for the embedded server.
 */
public final class Stmt2BindData {

    /** Size of the bind-data header. */
    public static final int HEADER_SIZE = 28;
    /** Size of a column record without its null flags, lengths and buffer. */
    static final int RECORD_OVERHEAD = 17;

    private Stmt2BindData() {
    }

    /** The encoded size of {@code tables}; table names are written when the first table has one. */
    public static int size(List<BoundTable> tables) {
        long size = HEADER_SIZE;
        boolean names = hasNames(tables);
        for (BoundTable table : tables) {
            if (names) {
                size += 2 + utf8(table.name()).length + 1;
            }
            size += sectionSize(table.tags()) + sectionSize(table.columns());
        }
        if (size > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("batch of " + size + " bytes is too large for one frame");
        }
        return (int) size;
    }

    private static long sectionSize(List<BoundColumn> columns) {
        long size = columns.isEmpty() ? 0 : 4;
        for (BoundColumn column : columns) {
            size += recordSize(column);
        }
        return size;
    }

    private static int recordSize(BoundColumn column) {
        return RECORD_OVERHEAD + column.rows() + (column.lengths() == null ? 0 : 4 * column.rows())
                + column.bufferLength();
    }

    private static boolean hasNames(List<BoundTable> tables) {
        return !tables.isEmpty() && tables.get(0).name() != null;
    }

    /**
     * Writes the bind data of {@code tables} at the buffer's position.
     *
     * @throws IllegalArgumentException when the tables disagree on name, tag or column counts
     */
    public static void encode(List<BoundTable> tables, ByteBuffer out) {
        ByteBuffer le = out.order(ByteOrder.LITTLE_ENDIAN);
        int start = le.position();
        Shape shape = Shape.of(tables);
        int total = size(tables);
        le.putInt(total).putInt(tables.size()).putInt(shape.tags).putInt(shape.columns);
        int namesOffset = shape.names ? HEADER_SIZE : 0;
        int tagsOffset = shape.tags > 0 ? HEADER_SIZE + namesSize(tables, shape.names) : 0;
        int columnsOffset = shape.columns > 0 ? HEADER_SIZE + namesSize(tables, shape.names)
                + tagSectionSize(tables) : 0;
        le.putInt(namesOffset).putInt(tagsOffset).putInt(columnsOffset);
        if (shape.names) {
            writeNames(tables, le);
        }
        if (shape.tags > 0) {
            writeSection(tables, le, true);
        }
        if (shape.columns > 0) {
            writeSection(tables, le, false);
        }
        if (le.position() - start != total) {
            throw new IllegalStateException("wrote " + (le.position() - start) + " bytes, expected " + total);
        }
    }

    private static int namesSize(List<BoundTable> tables, boolean names) {
        if (!names) {
            return 0;
        }
        int size = 0;
        for (BoundTable table : tables) {
            size += 2 + utf8(table.name()).length + 1;
        }
        return size;
    }

    private static int tagSectionSize(List<BoundTable> tables) {
        long size = 0;
        for (BoundTable table : tables) {
            size += sectionSize(table.tags());
        }
        return (int) size;
    }

    private static void writeNames(List<BoundTable> tables, ByteBuffer le) {
        List<byte[]> names = new ArrayList<>(tables.size());
        for (BoundTable table : tables) {
            byte[] name = utf8(table.name());
            names.add(name);
            le.putShort((short) (name.length + 1));
        }
        for (byte[] name : names) {
            le.put(name).put((byte) 0);
        }
    }

    private static void writeSection(List<BoundTable> tables, ByteBuffer le, boolean tags) {
        for (BoundTable table : tables) {
            long length = 0;
            for (BoundColumn column : tags ? table.tags() : table.columns()) {
                length += recordSize(column);
            }
            le.putInt((int) length);
        }
        for (BoundTable table : tables) {
            for (BoundColumn column : tags ? table.tags() : table.columns()) {
                writeRecord(column, le);
            }
        }
    }

    private static void writeRecord(BoundColumn column, ByteBuffer le) {
        int rows = column.rows();
        le.putInt(recordSize(column)).putInt(column.type().code()).putInt(rows);
        le.put(column.isNull(), column.nullOffset(), rows);
        int[] lengths = column.lengths();
        le.put((byte) (lengths == null ? 0 : 1));
        if (lengths != null) {
            le.asIntBuffer().put(lengths, 0, rows);
            le.position(le.position() + 4 * rows);
        }
        le.putInt(column.bufferLength());
        le.put(column.buffer(), column.bufferOffset(), column.bufferLength());
    }

    private static byte[] utf8(String name) {
        if (name == null) {
            throw new IllegalArgumentException("every table of a batch needs a name, or none does");
        }
        return name.getBytes(StandardCharsets.UTF_8);
    }

    /** The counts every table of a batch shares. */
    private record Shape(boolean names, int tags, int columns) {
        static Shape of(List<BoundTable> tables) {
            if (tables.isEmpty()) {
                throw new IllegalArgumentException("a batch needs at least one table");
            }
            BoundTable first = tables.get(0);
            Shape shape = new Shape(first.name() != null, first.tags().size(), first.columns().size());
            for (BoundTable table : tables) {
                if ((table.name() != null) != shape.names || table.tags().size() != shape.tags
                        || table.columns().size() != shape.columns) {
                    throw new IllegalArgumentException("the tables of a batch disagree on names, tags or columns");
                }
            }
            return shape;
        }
    }

    /**
     * Reads bind data of {@code length} bytes at {@code offset}. The columns are views into {@code data}
     * (only the per-row lengths of variable columns are copied), so {@code data} must not change afterwards.
     *
     * @throws IllegalArgumentException when the data is truncated or inconsistent
     */
    public static List<BoundTable> decode(byte[] data, int offset, int length) {
        ByteBuffer in = ByteBuffer.wrap(data, offset, length).slice().order(ByteOrder.LITTLE_ENDIAN);
        if (length < HEADER_SIZE) {
            throw new IllegalArgumentException("bind data shorter than its header");
        }
        int total = in.getInt(0);
        int count = in.getInt(4);
        int tagCount = in.getInt(8);
        int columnCount = in.getInt(12);
        if (total != length || count <= 0 || tagCount < 0 || columnCount < 0) {
            throw new IllegalArgumentException("bind data header is inconsistent (total " + total + " of " + length
                    + " bytes, " + count + " tables)");
        }
        String[] names = readNames(in, in.getInt(16), count);
        List<List<BoundColumn>> tags = readSection(data, offset, in, in.getInt(20), count, tagCount);
        List<List<BoundColumn>> columns = readSection(data, offset, in, in.getInt(24), count, columnCount);
        List<BoundTable> tables = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            tables.add(new BoundTable(names == null ? null : names[t], tags.get(t), columns.get(t)));
        }
        return tables;
    }

    private static String[] readNames(ByteBuffer in, int offset, int count) {
        if (offset == 0) {
            return null;
        }
        in.position(offset);
        int[] lengths = new int[count];
        for (int t = 0; t < count; t++) {
            lengths[t] = Short.toUnsignedInt(in.getShort());
        }
        String[] names = new String[count];
        for (int t = 0; t < count; t++) {
            if (lengths[t] < 1) {
                throw new IllegalArgumentException("table name length 0");
            }
            byte[] name = new byte[lengths[t] - 1];
            in.get(name);
            in.get();
            names[t] = new String(name, StandardCharsets.UTF_8);
        }
        return names;
    }

    private static List<List<BoundColumn>> readSection(byte[] data, int base, ByteBuffer in, int offset, int count,
            int perTable) {
        List<List<BoundColumn>> tables = new ArrayList<>(count);
        if (offset == 0 || perTable == 0) {
            for (int t = 0; t < count; t++) {
                tables.add(List.of());
            }
            return tables;
        }
        in.position(offset + 4 * count);
        for (int t = 0; t < count; t++) {
            List<BoundColumn> columns = new ArrayList<>(perTable);
            for (int c = 0; c < perTable; c++) {
                columns.add(readRecord(data, base, in));
            }
            tables.add(columns);
        }
        return tables;
    }

    private static BoundColumn readRecord(byte[] data, int base, ByteBuffer in) {
        int start = in.position();
        int total = in.getInt();
        int typeCode = in.getInt();
        int rows = in.getInt();
        if (!TaosType.isKnownCode(typeCode) || rows < 0 || total < RECORD_OVERHEAD || total > in.limit() - start) {
            throw new IllegalArgumentException("malformed column record at " + start);
        }
        TaosType type = TaosType.fromCode(typeCode);
        int nullOffset = base + in.position();
        in.position(in.position() + rows);
        int[] lengths = null;
        if (in.get() != 0) {
            lengths = new int[rows];
            in.asIntBuffer().get(lengths);
            in.position(in.position() + 4 * rows);
        }
        int bufferLength = in.getInt();
        int bufferOffset = base + in.position();
        in.position(in.position() + bufferLength);
        if (in.position() - start != total) {
            throw new IllegalArgumentException("column record at " + start + " is " + (in.position() - start)
                    + " bytes, its header says " + total);
        }
        return new BoundColumn(type, rows, data, nullOffset, lengths, data, bufferOffset, bufferLength);
    }
}
