package io.taospring.embedded.tmq;

import io.taospring.client.TaosField;
import io.taospring.embedded.engine.query.ColumnarResult;
import io.taospring.embedded.engine.query.TopicQuery;
import io.taospring.embedded.engine.sql.Statement;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.Topic;
import io.taospring.embedded.engine.storage.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a topic delivers of one log entry (ws-tmq.md 10): a query topic its projection of the rows that pass
 * its filter, a STABLE topic the data columns of its child tables (filtered by tags), a DATABASE topic
 * every table's rows.
 */
final class TopicView {

    private static final Pattern WHERE = Pattern.compile("\\swhere\\s", Pattern.CASE_INSENSITIVE);

    private final Topic topic;
    private final TopicQuery query;
    private final String stableWhere;

    TopicView(Topic topic) {
        this.topic = topic;
        Statement.CreateTopic definition = topic.definition();
        this.query = definition.kind() == Statement.TopicKind.QUERY ? TopicQuery.parse(definition.definition())
                : null;
        Matcher where = WHERE.matcher(definition.definition());
        this.stableWhere = definition.kind() == Statement.TopicKind.STABLE && where.find()
                ? definition.definition().substring(where.end()) : null;
    }

    Topic topic() {
        return topic;
    }

    /** The entry's rows as the topic delivers them, or null when the topic delivers none of them. */
    ColumnarResult rowsOf(Database database, WalEntry entry) {
        Table table = entry.table();
        ColumnarResult rows = switch (topic.definition().kind()) {
            case DATABASE -> all(database, table, entry.rows());
            case STABLE -> ofStable(database, table, entry.rows());
            case QUERY -> matchesFrom(table) ? query.run(database, table, entry.rows()) : null;
        };
        return rows == null || rows.rowCount() == 0 ? null : rows;
    }

    private boolean matchesFrom(Table table) {
        String from = query.from();
        return table.name().equals(from) || table.stable() != null && table.stable().name().equals(from);
    }

    private ColumnarResult ofStable(Database database, Table table, List<Object[]> rows) {
        if (table.stable() == null || !table.stable().name().equals(topic.definition().stable().name())) {
            return null;
        }
        if (stableWhere == null) {
            return all(database, table, rows);
        }
        String columns = table.columns().stream().map(c -> "`" + c.name() + "`").collect(Collectors.joining(","));
        String sql = "select " + columns + " from `" + database.name() + "`.`" + table.stable().name()
                + "` where " + stableWhere;
        return TopicQuery.parse(sql).run(database, table, rows);
    }

    private static ColumnarResult all(Database database, Table table, List<Object[]> rows) {
        List<TaosField> fields = new ArrayList<>();
        for (ColumnDef column : table.columns()) {
            fields.add(column.field());
        }
        List<Object[]> values = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] copy = new Object[fields.size()];
            for (int c = 0; c < copy.length; c++) {
                Object value = c < row.length ? row[c] : null;
                copy[c] = value == Values.NONE ? null : value;
            }
            values.add(copy);
        }
        return ColumnarResult.of(fields, values, database.precision());
    }

    @Override
    public String toString() {
        return "TopicView[" + topic.name().toLowerCase(Locale.ROOT) + "]";
    }
}
