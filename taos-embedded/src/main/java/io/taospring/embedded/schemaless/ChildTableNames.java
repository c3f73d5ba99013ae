package io.taospring.embedded.schemaless;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * TDengine's child-table names for schemaless rows ({@code protocol/ws-schemaless.md} section 5):
 * {@code t_} + the lower-case hex MD5 of {@code stable,key1=value1,key2=value2...} with the tags sorted by key
 * (case-insensitive over the common prefix, the shorter key first); or, when the request names a tag key
 * ({@code table_name_key}) and the line has it, that tag's value. Dots become underscores.
 */
final class ChildTableNames {

    private static final HexFormat HEX = HexFormat.of();

    private ChildTableNames() {
    }

    /** The child table of a point of {@code stable} with {@code tags}. */
    static String name(String stable, List<SmlKv> tags, String tableNameKey) {
        if (tableNameKey != null && !tableNameKey.isEmpty()) {
            for (SmlKv tag : tags) {
                if (tag.key().equals(tableNameKey) && tag.value().value() != null) {
                    return text(tag.value().value()).replace('.', '_');
                }
            }
        }
        return "t_" + HEX.formatHex(md5(stable, tags));
    }

    private static byte[] md5(String stable, List<SmlKv> tags) {
        MessageDigest digest = newMd5();
        digest.update(stable.getBytes(StandardCharsets.UTF_8));
        List<byte[][]> sorted = new ArrayList<>(tags.size());
        for (SmlKv tag : tags) {
            sorted.add(new byte[][] {tag.key().getBytes(StandardCharsets.UTF_8), valueBytes(tag.value())});
        }
        sorted.sort((a, b) -> compareKeys(a[0], b[0]));
        for (byte[][] tag : sorted) {
            digest.update((byte) ',');
            digest.update(tag[0]);
            digest.update((byte) '=');
            digest.update(tag[1]);
        }
        return digest.digest();
    }

    /** {@code strncasecmp} over the common prefix, then the shorter key first. */
    static int compareKeys(byte[] a, byte[] b) {
        int common = Math.min(a.length, b.length);
        for (int i = 0; i < common; i++) {
            int x = lower(a[i] & 0xFF);
            int y = lower(b[i] & 0xFF);
            if (x != y) {
                return x - y;
            }
        }
        return a.length - b.length;
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** Strings hash as UTF-8; other values as libtaos holds them in memory (little-endian). */
    private static byte[] valueBytes(SmlValue value) {
        Object v = value.value();
        if (v instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        if (v instanceof byte[] bytes) {
            return bytes;
        }
        if (v instanceof Boolean b) {
            return new byte[] {(byte) (b ? 1 : 0)};
        }
        ByteBuffer buffer = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        return switch (value.type()) {
            case DOUBLE -> buffer.putDouble((Double) v).array();
            case FLOAT -> ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN)
                    .putFloat((float) (double) (Double) v).array();
            default -> java.util.Arrays.copyOf(buffer.putLong((Long) v).array(), value.type().fixedSize());
        };
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }

    private static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides MD5", e);
        }
    }
}
