package io.taospring.client.internal;

import io.taospring.client.TaosType;
import io.taospring.client.error.ErrorCodes;
import io.taospring.client.error.StatementError;
import io.taospring.client.stmt.BindField;
import io.taospring.client.stmt.BoundColumn;
import io.taospring.client.stmt.BoundTable;
import io.taospring.client.stmt.TaosStatement;
import io.taospring.client.transport.TransportStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A {@link TaosStatement} over a transport's prepared statement: binds locally, sends once per execute. */
final class DefaultTaosStatement implements TaosStatement {

    /** TDengine's "Stmt API usage error": a call out of order. */
    static final int STMT_API_USAGE = 0x022A;
    /** TDengine's "Stmt table name not set". */
    static final int STMT_TABLE_NAME_NOT_SET = 0x022B;

    private final String sql;
    private final TransportStatement transport;
    private final ReqIdGenerator reqIds;
    private final Consumer<DefaultTaosStatement> onClose;
    private final List<BindField> tagFields;
    private final List<BindField> columnFields;
    private final boolean bindsTableName;
    private final ColumnBuilder[] columns;
    private final List<BoundTable> batch = new ArrayList<>();
    private String tableName;
    private List<BoundColumn> tags;
    private long affectedRows;
    private boolean closed;

    DefaultTaosStatement(String sql, TransportStatement transport, ReqIdGenerator reqIds,
            Consumer<DefaultTaosStatement> onClose) {
        this.sql = sql;
        this.transport = transport;
        this.reqIds = reqIds;
        this.onClose = onClose;
        List<BindField> fields = transport.fields();
        this.tagFields = fields.stream().filter(f -> f.kind() == BindField.Kind.TAG).toList();
        this.columnFields = fields.stream().filter(f -> f.kind() == BindField.Kind.COLUMN).toList();
        this.bindsTableName = fields.stream().anyMatch(f -> f.kind() == BindField.Kind.TABLE_NAME);
        this.columns = new ColumnBuilder[columnFields.size()];
        for (int c = 0; c < columns.length; c++) {
            BindField field = columnFields.get(c);
            columns[c] = new ColumnBuilder(field, c == 0 && field.type() == TaosType.TIMESTAMP);
        }
    }

    @Override
    public String sql() {
        return sql;
    }

    @Override
    public boolean isInsert() {
        return transport.isInsert();
    }

    @Override
    public List<BindField> fields() {
        return transport.fields();
    }

    @Override
    public List<BindField> tagFields() {
        return tagFields;
    }

    @Override
    public List<BindField> columnFields() {
        return columnFields;
    }

    @Override
    public TaosStatement setTableName(String name) {
        ensureOpen();
        if (!bindsTableName) {
            throw new StatementError(STMT_API_USAGE, "the statement names its table; it has no table-name placeholder");
        }
        if (name == null || name.isBlank()) {
            throw new StatementError(ErrorCodes.INVALID_PARAMETER_VALUE, "the table name must not be empty");
        }
        if (pendingRows() > 0) {
            throw new StatementError(STMT_API_USAGE, "rows bound for table " + tableName
                    + " were not added with addBatch() before naming the next table");
        }
        tableName = name;
        tags = null;
        return this;
    }

    @Override
    public TaosStatement setTags(Object... values) {
        ensureOpen();
        if (tagFields.isEmpty()) {
            throw new StatementError(STMT_API_USAGE, "the statement has no tag placeholders");
        }
        checkCount(values, tagFields.size(), "tag");
        List<BoundColumn> bound = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            ColumnBuilder tag = new ColumnBuilder(tagFields.get(i), false);
            tag.appendObject(values[i]);
            bound.add(tag.build());
        }
        tags = bound;
        return this;
    }

    @Override
    public TaosStatement bindRow(Object... values) {
        ensureOpen();
        checkCount(values, columns.length, "column");
        long[] marks = new long[columns.length];
        for (int c = 0; c < columns.length; c++) {
            marks[c] = columns[c].mark();
        }
        try {
            for (int c = 0; c < columns.length; c++) {
                columns[c].appendObject(values[c]);
            }
        } catch (StatementError e) {
            for (int c = 0; c < columns.length; c++) {
                columns[c].reset(marks[c]);
            }
            throw e;
        }
        return this;
    }

    private static void checkCount(Object[] values, int expected, String what) {
        if (values == null || values.length != expected) {
            throw new StatementError(ErrorCodes.PARAMETER_MISMATCH, (values == null ? 0 : values.length) + " "
                    + what + " values for " + expected + " " + what + " placeholders");
        }
    }

    @Override
    public TaosStatement bindTimestamps(long[] values) {
        column(0).appendLongs(values, null);
        return this;
    }

    @Override
    public TaosStatement bindBooleans(int column, boolean[] values, boolean[] nulls) {
        column(column).appendBooleans(values, nulls);
        return this;
    }

    @Override
    public TaosStatement bindBytes(int column, byte[] values, boolean[] nulls) {
        column(column).appendBytes(values, nulls);
        return this;
    }

    @Override
    public TaosStatement bindShorts(int column, short[] values, boolean[] nulls) {
        column(column).appendShorts(values, nulls);
        return this;
    }

    @Override
    public TaosStatement bindInts(int column, int[] values, boolean[] nulls) {
        column(column).appendInts(values, nulls);
        return this;
    }

    @Override
    public TaosStatement bindLongs(int column, long[] values, boolean[] nulls) {
        column(column).appendLongs(values, nulls);
        return this;
    }

    @Override
    public TaosStatement bindFloats(int column, float[] values, boolean[] nulls) {
        column(column).appendFloats(values, nulls);
        return this;
    }

    @Override
    public TaosStatement bindDoubles(int column, double[] values, boolean[] nulls) {
        column(column).appendDoubles(values, nulls);
        return this;
    }

    @Override
    public TaosStatement bindStrings(int column, String[] values) {
        ColumnBuilder builder = column(column);
        long mark = builder.mark();
        try {
            builder.appendStrings(values);
        } catch (StatementError e) {
            builder.reset(mark);
            throw e;
        }
        return this;
    }

    @Override
    public TaosStatement bindBinaries(int column, byte[][] values) {
        ColumnBuilder builder = column(column);
        long mark = builder.mark();
        try {
            builder.appendBinaries(values);
        } catch (StatementError e) {
            builder.reset(mark);
            throw e;
        }
        return this;
    }

    @Override
    public TaosStatement bindObjects(int column, Object[] values) {
        ColumnBuilder builder = column(column);
        long mark = builder.mark();
        try {
            for (Object value : values) {
                builder.appendObject(value);
            }
        } catch (StatementError e) {
            builder.reset(mark);
            throw e;
        }
        return this;
    }

    private ColumnBuilder column(int index) {
        ensureOpen();
        if (index < 0 || index >= columns.length) {
            throw new StatementError(ErrorCodes.PARAMETER_MISMATCH, "column index " + index + " is out of range: "
                    + columns.length + " column placeholders");
        }
        return columns[index];
    }

    @Override
    public TaosStatement addBatch() {
        ensureOpen();
        if (bindsTableName && tableName == null) {
            throw new StatementError(STMT_TABLE_NAME_NOT_SET, "setTableName() was not called for these rows");
        }
        if (!tagFields.isEmpty() && tags == null) {
            throw new StatementError(STMT_API_USAGE, "setTags() was not called for table " + tableName);
        }
        int rows = checkedRows();
        if (rows == 0) {
            throw new StatementError(STMT_API_USAGE, "no rows were bound since the last addBatch()");
        }
        List<BoundColumn> bound = new ArrayList<>(columns.length);
        for (ColumnBuilder column : columns) {
            bound.add(column.build());
        }
        batch.add(new BoundTable(bindsTableName ? tableName : null, tags == null ? List.of() : tags, bound));
        return this;
    }

    /** The row count every column agrees on. */
    private int checkedRows() {
        int rows = columns.length == 0 ? 0 : columns[0].rows();
        for (ColumnBuilder column : columns) {
            if (column.rows() != rows) {
                throw new StatementError(ErrorCodes.PARAMETER_MISMATCH, "column " + column.field().name() + " has "
                        + column.rows() + " rows, column " + columns[0].field().name() + " has " + rows);
            }
        }
        return rows;
    }

    private int pendingRows() {
        int rows = 0;
        for (ColumnBuilder column : columns) {
            rows = Math.max(rows, column.rows());
        }
        return rows;
    }

    @Override
    public long execute() {
        ensureOpen();
        if (pendingRows() > 0) {
            addBatch();
        }
        if (batch.isEmpty()) {
            throw new StatementError(STMT_API_USAGE, "nothing to execute: no rows were added with addBatch()");
        }
        try {
            affectedRows = transport.execute(List.copyOf(batch), reqIds.next());
            return affectedRows;
        } finally {
            batch.clear();
            for (ColumnBuilder column : columns) {
                column.recycle();
            }
        }
    }

    @Override
    public long affectedRows() {
        return affectedRows;
    }

    private void ensureOpen() {
        if (closed) {
            throw new StatementError(ErrorCodes.RESOURCE_FREED, "statement is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            transport.close();
        } finally {
            onClose.accept(this);
        }
    }
}
