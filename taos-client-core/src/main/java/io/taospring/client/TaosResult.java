package io.taospring.client;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The rows of one query, streamed block by block: at most one block is held at a time, so results of
 * any size run in constant memory. Move with {@link #next()}, then read the current row's columns by
 * 0-based index. Not thread-safe. Closing it frees the server-side result.
 *
 * <p>Type mapping: TIMESTAMP is an {@link Instant} (or the stored {@code long} in the result's
 * {@link #precision()}, lossless for nanoseconds); integers are {@code Byte/Short/Integer/Long} with
 * unsigned types widened (BIGINT UNSIGNED to {@link BigInteger}); VARCHAR, NCHAR and JSON are
 * {@link String}; VARBINARY, GEOMETRY and BLOB are {@code byte[]}; DECIMAL is {@link BigDecimal}.
 */
public interface TaosResult extends AutoCloseable {

    /** The columns of the result; empty for a statement without a result set. */
    List<TaosField> fields();

    /** The number of columns. */
    default int fieldCount() {
        return fields().size();
    }

    /** The 0-based index of the column with this name (case-insensitive), or -1. */
    int columnIndex(String name);

    /** The timestamp precision of the result's TIMESTAMP columns. */
    Precision precision();

    /** The affected rows of a statement without a result set; 0 for a query. */
    long affectedRows();

    /** The request id the statement was sent with. */
    long reqId();

    /**
     * Moves to the next row, fetching the next block when the current one is consumed.
     *
     * @return false when there are no more rows
     */
    boolean next();

    /** Whether the current row's value is NULL. */
    boolean isNull(int column);

    /** A BOOL (or numeric, non-zero is true) value; false for NULL. */
    boolean getBoolean(int column);

    /** A value that fits a byte; 0 for NULL. */
    byte getByte(int column);

    /** A value that fits a short; 0 for NULL. */
    short getShort(int column);

    /** A value that fits an int; 0 for NULL. */
    int getInt(int column);

    /** An integer value, or a TIMESTAMP as the stored value in {@link #precision()}; 0 for NULL. */
    long getLong(int column);

    /** A numeric value as float; 0 for NULL. */
    float getFloat(int column);

    /** A numeric value as double; 0 for NULL. */
    double getDouble(int column);

    /** A numeric value as BigDecimal (exact for DECIMAL and integers); null for NULL. */
    BigDecimal getBigDecimal(int column);

    /** An integer value as BigInteger (exact for BIGINT UNSIGNED); null for NULL. */
    BigInteger getBigInteger(int column);

    /** Any value as text (timestamps in ISO-8601, bytes in lower-case hex); null for NULL. */
    String getString(int column);

    /** A variable-length value's bytes (text as UTF-8); null for NULL. */
    byte[] getBytes(int column);

    /** A TIMESTAMP value; null for NULL. */
    Instant getInstant(int column);

    /** A TIMESTAMP value in the configured zone (the JVM's default zone when none is set); null for NULL. */
    LocalDateTime getLocalDateTime(int column);

    /** A TIMESTAMP value with the configured zone's offset; null for NULL. */
    OffsetDateTime getOffsetDateTime(int column);

    /** The value as its type's Java class (see the type mapping above); null for NULL. */
    Object getObject(int column);

    /**
     * The value converted to {@code type}: any class {@link #getObject(int)} returns, the primitive
     * wrappers, {@link String}, {@code byte[]}, {@link LocalDateTime}, {@link OffsetDateTime},
     * {@link java.time.ZonedDateTime}; null for NULL.
     *
     * @throws io.taospring.client.error.ResultError when the value cannot be converted
     */
    <T> T getObject(int column, Class<T> type);

    /**
     * Reads all remaining rows into maps of column name to {@link #getObject(int)} value, in column
     * order, and closes the result (the seed's {@code fetch_all_into_dict}).
     */
    List<Map<String, Object>> toMaps();

    /** Whether the result is closed. */
    boolean isClosed();

    /** Frees the result on the server; idempotent. */
    @Override
    void close();
}
