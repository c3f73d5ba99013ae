package io.taospring.client.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taospring.client.TaosType;
import io.taospring.client.error.StatementError;
import io.taospring.client.stmt.BindField;
import io.taospring.client.stmt.TaosStatement;
import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundBatchWriterTest {

    private static final List<BindField> FIELDS = List.of(
            new BindField("tbname", TaosType.VARCHAR, 271, 0, 0, BindField.Kind.TABLE_NAME),
            new BindField("groupid", TaosType.INT, 4, 0, 0, BindField.Kind.TAG),
            new BindField("ts", TaosType.TIMESTAMP, 8, 0, 0, BindField.Kind.COLUMN),
            new BindField("voltage", TaosType.INT, 4, 0, 0, BindField.Kind.COLUMN));

    private final List<String> calls = new ArrayList<>();
    private final FakeSession session = new FakeSession().preparing(sql -> recording(sql));
    private final JdbcConnection connection = new JdbcConnection(session, () -> { }, "jdbc:taos:ws://h");

    @Test
    void sendsAnInsertBatchAsOneBoundExecuteGroupedByTable() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO ? USING meters TAGS(?) VALUES(?,?)")) {
            addRow(ps, "d1", 1, 1000L, 220);
            addRow(ps, "d1", 1, 1001L, 221);
            addRow(ps, "d2", 2, 1000L, 230);

            assertThat(ps.executeBatch()).containsExactly(1, 1, 1);
        }
        assertThat(calls).containsExactly("prepare INSERT INTO ? USING meters TAGS(?) VALUES(?,?)",
                "table d1", "tags [1]", "row [1000, 220]", "row [1001, 221]", "addBatch",
                "table d2", "tags [2]", "row [1000, 230]", "addBatch", "execute", "close");
        assertThat(session.sent).as("no SQL was rendered").isEmpty();
    }

    @Test
    void preparesOnceForEveryBatchOfTheStatement() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO ? USING meters TAGS(?) VALUES(?,?)")) {
            addRow(ps, "d1", 1, 1000L, 220);
            ps.executeBatch();
            addRow(ps, "d1", 1, 2000L, "221");
            ps.executeBatch();
        }
        assertThat(calls).filteredOn(call -> call.startsWith("prepare")).hasSize(1);
        assertThat(calls).contains("row [2000, 221]");
    }

    @Test
    void reportsABindingFailureAsABatchUpdateException() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO ? USING meters TAGS(?) VALUES(?,?)")) {
            addRow(ps, "d1", 1, 1000L, "not a number");

            assertThatThrownBy(ps::executeBatch).isInstanceOfSatisfying(BatchUpdateException.class,
                    e -> assertThat(e.getErrorCode()).isEqualTo(0x23A4));
        }
    }

    @Test
    void rendersBatchesWhenTheSessionCannotBind() throws SQLException {
        FakeSession rest = new FakeSession();
        JdbcConnection restConnection = new JdbcConnection(rest, () -> { }, "jdbc:taos:http://h");
        try (PreparedStatement ps = restConnection.prepareStatement("INSERT INTO ? USING meters TAGS(?) VALUES(?,?)")) {
            addRow(ps, "d1", 1, 1000L, 220);
            ps.executeBatch();
        }
        assertThat(rest.sent).containsExactly("INSERT INTO 'd1' USING meters TAGS(1) VALUES(1000,220)");
    }

    private static void addRow(PreparedStatement ps, String table, int group, long ts, Object voltage)
            throws SQLException {
        ps.setString(1, table);
        ps.setInt(2, group);
        ps.setLong(3, ts);
        ps.setObject(4, voltage);
        ps.addBatch();
    }

    private TaosStatement recording(String sql) {
        calls.add("prepare " + sql);
        return new RecordingStatement(sql);
    }

    /** Records the binding calls; refuses a non-numeric voltage the way the real binder does. */
    private final class RecordingStatement implements TaosStatement {
        private final String sql;

        RecordingStatement(String sql) {
            this.sql = sql;
        }

        @Override
        public String sql() {
            return sql;
        }

        @Override
        public boolean isInsert() {
            return true;
        }

        @Override
        public List<BindField> fields() {
            return FIELDS;
        }

        @Override
        public List<BindField> tagFields() {
            return FIELDS.subList(1, 2);
        }

        @Override
        public List<BindField> columnFields() {
            return FIELDS.subList(2, 4);
        }

        @Override
        public TaosStatement setTableName(String name) {
            calls.add("table " + name);
            return this;
        }

        @Override
        public TaosStatement setTags(Object... values) {
            calls.add("tags " + Arrays.toString(values));
            return this;
        }

        @Override
        public TaosStatement bindRow(Object... values) {
            if (!(values[1] instanceof Number)) {
                throw new StatementError(0x23A4, "cannot bind a String to INT column voltage");
            }
            calls.add("row " + Arrays.toString(values));
            return this;
        }

        @Override
        public TaosStatement bindTimestamps(long[] values) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaosStatement bindBooleans(int column, boolean[] values, boolean[] nulls) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaosStatement bindBytes(int column, byte[] values, boolean[] nulls) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaosStatement bindShorts(int column, short[] values, boolean[] nulls) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaosStatement bindInts(int column, int[] values, boolean[] nulls) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaosStatement bindLongs(int column, long[] values, boolean[] nulls) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaosStatement bindFloats(int column, float[] values, boolean[] nulls) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaosStatement bindDoubles(int column, double[] values, boolean[] nulls) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaosStatement bindStrings(int column, String[] values) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaosStatement bindBinaries(int column, byte[][] values) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaosStatement bindObjects(int column, Object[] values) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TaosStatement addBatch() {
            calls.add("addBatch");
            return this;
        }

        @Override
        public long execute() {
            calls.add("execute");
            return calls.stream().filter(call -> call.startsWith("row")).count();
        }

        @Override
        public long affectedRows() {
            return 0;
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }
}
