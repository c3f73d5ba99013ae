package io.taospring.embedded.engine;

import io.taospring.embedded.engine.query.QueryContext;
import io.taospring.embedded.engine.query.ValueParser;
import io.taospring.embedded.engine.sql.Expr;
import io.taospring.embedded.engine.sql.Statement.InsertTarget;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Values;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code INSERT INTO stb (tbname, tags..., columns...) VALUES ...}: rows routed to child tables by tbname. */
final class SuperTableInsert {

    private final Database db;
    private final SuperTable stable;
    private final ValueParser parser;

    SuperTableInsert(Database db, SuperTable stable, ValueParser parser) {
        this.db = db;
        this.stable = stable;
        this.parser = parser;
    }

    long prepare(InsertTarget target, InsertExecutor executor, Map<String, InsertExecutor.Pending> pending,
            QueryContext query) {
        if (target.columns() == null || !target.columns().contains("tbname")) {
            throw Errors.semantic(0x2600, "syntax error near \"" + target.table().name() + "\"");
        }
        List<ColumnDef> columns = stable.columns();
        List<ColumnDef> tags = stable.tags();
        int count = target.columns().size();
        int[] columnIndex = new int[count];
        int[] tagIndex = new int[count];
        int tbname = -1;
        boolean timestamp = false;
        for (int i = 0; i < count; i++) {
            String name = target.columns().get(i);
            columnIndex[i] = DdlExecutor.indexOf(columns, name);
            tagIndex[i] = columnIndex[i] >= 0 ? -1 : DdlExecutor.indexOf(tags, name);
            if (name.equals("tbname")) {
                tbname = i;
            } else if (columnIndex[i] < 0 && tagIndex[i] < 0) {
                throw Errors.invalidColumn(name);
            }
            timestamp |= columnIndex[i] == 0;
        }
        if (!timestamp) {
            throw Errors.semantic(0x2600, "Primary timestamp column should not be null");
        }
        for (List<Expr> values : target.rows()) {
            routeRow(values, tbname, columnIndex, tagIndex, executor, pending);
        }
        return target.rows().size();
    }

    private void routeRow(List<Expr> values, int tbname, int[] columnIndex, int[] tagIndex, InsertExecutor executor,
            Map<String, InsertExecutor.Pending> pending) {
        if (values.size() != columnIndex.length) {
            throw Errors.columnCount();
        }
        Object[] row = new Object[stable.columns().size()];
        Arrays.fill(row, Values.NONE);
        Object[] tagValues = new Object[stable.tags().size()];
        for (int i = 0; i < values.size(); i++) {
            if (columnIndex[i] >= 0) {
                row[columnIndex[i]] = parser.parse(values.get(i), stable.columns().get(columnIndex[i]));
            } else if (tagIndex[i] >= 0) {
                tagValues[tagIndex[i]] = parser.parse(values.get(i), stable.tags().get(tagIndex[i]));
            }
        }
        if (row[0] == null) {
            throw parser.error(values.get(0), "primary timestamp should not be null");
        }
        Object name = values.get(tbname) instanceof Expr.Literal literal ? literal.text() : null;
        if (name == null || name.toString().isEmpty()) {
            throw parser.error(values.get(tbname), "invalid table name");
        }
        InsertExecutor.addRow(executor.childFor(db, stable, name.toString(), tagValues, pending), row);
    }
}
