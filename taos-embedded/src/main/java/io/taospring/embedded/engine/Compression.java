package io.taospring.embedded.engine;

import io.taospring.client.TaosType;

/**
 * The codec columns of DESCRIBE: the default encoding, compression and level for a column type.
 *
 * @param encode   e.g. {@code delta-i}, {@code simple8b}, {@code disabled}
 * @param compress e.g. {@code lz4}, {@code zstd}
 * @param level    {@code low}, {@code medium} or {@code high}
 */
record Compression(String encode, String compress, String level) {

    /** What tags show. */
    static final Compression DISABLED = new Compression("disabled", "disabled", "disabled");

    static Compression of(TaosType type) {
        return switch (type) {
            case TIMESTAMP -> new Compression("delta-i", "lz4", "medium");
            case BOOL -> new Compression("bit-packing", "lz4", "medium");
            case TINYINT, SMALLINT, INT, BIGINT, UTINYINT, USMALLINT, UINT, UBIGINT ->
                    new Compression("simple8b", "lz4", "medium");
            case FLOAT, DOUBLE -> new Compression("delta-d", "lz4", "medium");
            default -> new Compression("disabled", "zstd", "medium");
        };
    }
}
