package io.taospring.client.stmt;

import java.util.List;

/**
 * A prepared INSERT bound with values on the client and written through the server's binding protocol:
 * the SQL is parsed once, values travel in binary columns, and one {@link #execute()} writes the rows of
 * many child tables.
 *
 * <pre>{@code
 * try (TaosStatement stmt = session.prepare("INSERT INTO ? USING meters TAGS(?,?) VALUES(?,?,?,?)")) {
 *     stmt.setTableName("d1001").setTags(2, "California.SanFrancisco");
 *     stmt.bindTimestamps(ts).bindFloats(1, current).bindInts(2, voltage).bindFloats(3, phase);
 *     stmt.addBatch();
 *     long written = stmt.execute();
 * }
 * }</pre>
 *
 * <p>Column indices count the column placeholders only (0 is the first VALUES placeholder, normally the
 * timestamp); tag values are given in tag-placeholder order. Column binds append: bind whole columns with
 * the array methods, or rows one at a time with {@link #bindRow}, then {@link #addBatch()} closes the
 * table's rows. Values are checked as they are bound: a wrong Java type, a wrong number of values or a
 * NULL timestamp raises {@link io.taospring.client.error.StatementError} and nothing is sent. After
 * {@link #execute()} the statement is ready for the next batch. Not thread-safe.
 */
public interface TaosStatement extends AutoCloseable {

    /** The prepared SQL. */
    String sql();

    /** Whether the statement is an INSERT (otherwise a query). */
    boolean isInsert();

    /** Every placeholder in SQL order, as the server described it. */
    List<BindField> fields();

    /** The tag placeholders, in order. */
    List<BindField> tagFields();

    /** The column placeholders, in order. */
    List<BindField> columnFields();

    /**
     * Starts the rows of a table (for {@code INSERT INTO ? ...}), possibly qualified as {@code db.table}.
     *
     * @throws io.taospring.client.error.StatementError when the statement has no table-name placeholder
     *         or rows of the previous table were bound but not added with {@link #addBatch()}
     */
    TaosStatement setTableName(String name);

    /**
     * Sets the tag values of the current table, one per tag placeholder (null for NULL).
     *
     * @throws io.taospring.client.error.StatementError when the count or a value's Java type is wrong
     */
    TaosStatement setTags(Object... values);

    /**
     * Appends one row, one value per column placeholder (null for NULL): {@code Boolean}, integers,
     * {@code Float}/{@code Double}, {@code BigInteger}, {@code BigDecimal}, {@code String}, {@code byte[]},
     * and for TIMESTAMP an {@code Instant}, {@code java.util.Date} or a {@code Long} in the database precision.
     *
     * @throws io.taospring.client.error.StatementError when the count or a value's Java type is wrong
     */
    TaosStatement bindRow(Object... values);

    /** Appends timestamps, in the database precision, to column 0. */
    TaosStatement bindTimestamps(long[] values);

    /** Appends BOOL values; {@code nulls} (or null for none) marks NULL rows. */
    TaosStatement bindBooleans(int column, boolean[] values, boolean[] nulls);

    /** Appends TINYINT (or TINYINT UNSIGNED bit patterns); {@code nulls} (or null) marks NULL rows. */
    TaosStatement bindBytes(int column, byte[] values, boolean[] nulls);

    /** Appends SMALLINT values (or TINYINT UNSIGNED, range-checked); {@code nulls} (or null) marks NULL rows. */
    TaosStatement bindShorts(int column, short[] values, boolean[] nulls);

    /** Appends INT values (or smaller or unsigned integers, range-checked); {@code nulls} marks NULL rows. */
    TaosStatement bindInts(int column, int[] values, boolean[] nulls);

    /** Appends INT values without NULLs. */
    default TaosStatement bindInts(int column, int[] values) {
        return bindInts(column, values, null);
    }

    /**
     * Appends BIGINT, TIMESTAMP (database precision) or BIGINT UNSIGNED (bit pattern) values, or smaller
     * integers range-checked; {@code nulls} (or null) marks NULL rows.
     */
    TaosStatement bindLongs(int column, long[] values, boolean[] nulls);

    /** Appends BIGINT or TIMESTAMP values without NULLs. */
    default TaosStatement bindLongs(int column, long[] values) {
        return bindLongs(column, values, null);
    }

    /** Appends FLOAT (or DOUBLE) values; {@code nulls} (or null) marks NULL rows. */
    TaosStatement bindFloats(int column, float[] values, boolean[] nulls);

    /** Appends FLOAT values without NULLs. */
    default TaosStatement bindFloats(int column, float[] values) {
        return bindFloats(column, values, null);
    }

    /** Appends DOUBLE values; {@code nulls} (or null) marks NULL rows. */
    TaosStatement bindDoubles(int column, double[] values, boolean[] nulls);

    /** Appends DOUBLE values without NULLs. */
    default TaosStatement bindDoubles(int column, double[] values) {
        return bindDoubles(column, values, null);
    }

    /** Appends VARCHAR, NCHAR, JSON or DECIMAL text; null elements are NULL. */
    TaosStatement bindStrings(int column, String[] values);

    /** Appends VARBINARY, GEOMETRY (WKB), BLOB or raw VARCHAR bytes; null elements are NULL. */
    TaosStatement bindBinaries(int column, byte[][] values);

    /**
     * Appends values of any type {@link #bindRow} accepts to one column (null elements are NULL); boxed, so
     * prefer the primitive methods on hot paths.
     */
    TaosStatement bindObjects(int column, Object[] values);

    /**
     * Closes the current table's rows: every column must hold the same, non-zero number of rows.
     *
     * @throws io.taospring.client.error.StatementError when they do not, or the table name is missing
     */
    TaosStatement addBatch();

    /**
     * Sends every added table and writes them in one round trip; the statement can then be bound again.
     *
     * @return the rows written
     * @throws io.taospring.client.error.StatementError when nothing was added, or the server refuses the batch
     */
    long execute();

    /** The rows written by the last {@link #execute()}. */
    long affectedRows();

    /** Releases the statement on the server; idempotent. */
    @Override
    void close();
}
