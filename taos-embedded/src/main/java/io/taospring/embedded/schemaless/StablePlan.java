package io.taospring.embedded.schemaless;

import io.taospring.client.TaosType;
import io.taospring.embedded.engine.storage.ColumnDef;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checked outcome of one batch: the super table's columns and tags after the request (existing ones
 * widened, new ones appended; {@code protocol/ws-schemaless.md} section 6) and the rows per child table.
 */
final class StablePlan {

    /** The timestamp column of an auto-created super table. */
    static final String TIMESTAMP_COLUMN = "_ts";
    /** The placeholder tag of a super table created from tag-less lines. */
    static final String NULL_TAG = "_tag_null";

    /** The rows bound for one child table, and the tags of its first line (used if it is created). */
    record ChildRows(String name, SmlPoint first, List<Object[]> rows) {

        /** The tag values, aligned with {@code tags}, for a new child table. */
        Object[] tagValues(List<ColumnDef> tags) {
            Object[] values = new Object[tags.size()];
            for (SmlKv tag : first.tags()) {
                values[indexOf(tags, tag.key())] = tag.value().value();
            }
            return values;
        }
    }

    private final SuperTable existing;
    private final String name;
    private final List<ColumnDef> columns;
    private final List<ColumnDef> tags;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final Map<String, ChildRows> children = new LinkedHashMap<>();

    private StablePlan(SuperTable existing, String name, List<ColumnDef> columns, List<ColumnDef> tags) {
        this.existing = existing;
        this.name = name;
        this.columns = columns;
        this.tags = tags;
        for (int i = 0; i < columns.size(); i++) {
            columnIndex.put(columns.get(i).name(), i);
        }
    }

    /** The plan for {@code batch} against the super table as it is ({@code existing}, null when new). */
    static StablePlan of(SuperTable existing, StableBatch batch, String data) {
        List<ColumnDef> columns = existing == null
                ? new ArrayList<>(List.of(ColumnDef.of(TIMESTAMP_COLUMN, TaosType.TIMESTAMP)))
                : new ArrayList<>(existing.columns());
        List<ColumnDef> tags = existing == null ? new ArrayList<>() : new ArrayList<>(existing.tags());
        merge(columns, tags, batch.columns, data, 1);
        merge(tags, columns, batch.tags, data, 0);
        if (tags.isEmpty()) {
            tags.add(ColumnDef.of(NULL_TAG, TaosType.NCHAR, 1));
        }
        return new StablePlan(existing, batch.stable, columns, tags);
    }

    /** Widens or appends each needed definition; {@code firstFree} protects the timestamp column. */
    private static void merge(List<ColumnDef> defs, List<ColumnDef> others, Map<String, ColumnNeed> needs,
            String data, int firstFree) {
        for (Map.Entry<String, ColumnNeed> entry : needs.entrySet()) {
            ColumnNeed need = entry.getValue();
            int index = indexOf(defs, entry.getKey());
            if (index >= 0 && index < firstFree || index < 0 && indexOf(others, entry.getKey()) >= 0) {
                throw SmlErrors.at(SmlErrors.DUPLICATED_COLUMN, "duplicated column names", data, need.position());
            }
            if (index < 0) {
                defs.add(ColumnDef.of(entry.getKey(), need.type(), need.width()));
                continue;
            }
            ColumnDef current = defs.get(index);
            if (current.type() != need.type()) {
                throw SmlErrors.invalidData("point type and db type mismatch", data, need.position());
            }
            if (need.type().isVariable() && need.length() > current.length()) {
                defs.set(index, ColumnDef.of(current.name(), current.type(), need.width()));
            }
        }
    }

    /** Adds a point's row for child table {@code child}. */
    void addRow(String child, SmlPoint point, long timestamp, String data) {
        Object[] row = new Object[columns.size()];
        Arrays.fill(row, Values.NONE);
        row[0] = timestamp;
        for (SmlKv field : point.fields()) {
            row[columnIndex.get(field.key())] = field.value().value();
        }
        children.computeIfAbsent(child, key -> new ChildRows(key, point, new ArrayList<>())).rows().add(row);
    }

    static int indexOf(List<ColumnDef> defs, String key) {
        for (int i = 0; i < defs.size(); i++) {
            if (defs.get(i).name().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    SuperTable existing() {
        return existing;
    }

    String name() {
        return name;
    }

    List<ColumnDef> columns() {
        return columns;
    }

    List<ColumnDef> tags() {
        return tags;
    }

    Collection<ChildRows> children() {
        return children.values();
    }
}
