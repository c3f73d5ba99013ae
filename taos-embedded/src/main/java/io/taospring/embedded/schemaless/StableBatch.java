package io.taospring.embedded.schemaless;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The points of one request that go to one super table, and the columns and tags they need, in first-seen
 * order. A key seen with two types is an error (0x3004), as is a key used twice in one line.
 */
final class StableBatch {

    /** Up to this many keys a point's duplicates are found pair by pair. */
    private static final int SMALL_POINT = 16;

    final String stable;
    final List<SmlPoint> points = new ArrayList<>();
    final Map<String, ColumnNeed> columns = new LinkedHashMap<>();
    final Map<String, ColumnNeed> tags = new LinkedHashMap<>();

    StableBatch(String stable) {
        this.stable = stable;
    }

    /** Adds a point, checking it against the batch's types so far. */
    void add(SmlPoint point, String data) {
        checkDuplicates(point, data);
        for (SmlKv tag : point.tags()) {
            merge(tags, tag, data);
        }
        for (SmlKv field : point.fields()) {
            merge(columns, field, data);
        }
        points.add(point);
    }

    private static void merge(Map<String, ColumnNeed> needs, SmlKv kv, String data) {
        ColumnNeed known = needs.get(kv.key());
        SmlValue value = kv.value();
        if (known == null) {
            needs.put(kv.key(), new ColumnNeed(value.type(), value.length(), kv.position()));
        } else if (known.type() != value.type()) {
            throw SmlErrors.at(SmlErrors.NOT_SAME_TYPE, "Not the same type like before", data, kv.position());
        } else if (value.length() > known.length()) {
            needs.put(kv.key(), new ColumnNeed(known.type(), value.length(), known.position()));
        }
    }

    private static void checkDuplicates(SmlPoint point, String data) {
        int count = point.tags().size() + point.fields().size();
        if (count < 2) {
            return;
        }
        if (count > SMALL_POINT) {
            Set<String> seen = new HashSet<>(count * 2);
            for (SmlKv kv : point.tags()) {
                requireNew(seen, kv, data);
            }
            for (SmlKv kv : point.fields()) {
                requireNew(seen, kv, data);
            }
            return;
        }
        // a handful of short keys: comparing each pair is cheaper than hashing them into a set, line after line
        List<SmlKv> tags = point.tags();
        List<SmlKv> fields = point.fields();
        for (int i = 1; i < count; i++) {
            SmlKv kv = i < tags.size() ? tags.get(i) : fields.get(i - tags.size());
            for (int j = 0; j < i; j++) {
                SmlKv before = j < tags.size() ? tags.get(j) : fields.get(j - tags.size());
                if (before.key().equals(kv.key())) {
                    throw SmlErrors.at(SmlErrors.DUPLICATED_COLUMN, "duplicated column names", data, kv.position());
                }
            }
        }
    }

    private static void requireNew(Set<String> seen, SmlKv kv, String data) {
        if (!seen.add(kv.key())) {
            throw SmlErrors.at(SmlErrors.DUPLICATED_COLUMN, "duplicated column names", data, kv.position());
        }
    }
}
