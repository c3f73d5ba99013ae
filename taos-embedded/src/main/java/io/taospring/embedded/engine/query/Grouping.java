package io.taospring.embedded.engine.query;

import io.taospring.embedded.engine.storage.TableSlice;
import io.taospring.embedded.engine.storage.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PARTITION BY / GROUP BY: splits the selected rows into groups, in order of first appearance. */
final class Grouping {

    /** One group: its key values and its rows. */
    record Group(List<Object> key, List<Segment> segments) {
        long rowCount() {
            long n = 0;
            for (Segment segment : segments) {
                n += segment.count();
            }
            return n;
        }
    }

    private Grouping() {
    }

    /**
     * The groups, SLIMIT/SOFFSET applied. Keys on tags or tbname group whole tables, and with
     * {@code keepEmpty} tables without selected rows still form (empty) groups.
     */
    static List<Group> groups(SelectPlan plan, boolean keepEmpty) {
        Map<List<Object>, List<Segment>> groups = new LinkedHashMap<>();
        Iterator<TableSlice> slices = plan.filter.isEmpty() ? List.<TableSlice>of().iterator()
                : plan.source.slices(plan.filter.from(), plan.filter.to(), plan.filter.tableFilter());
        boolean perTable = plan.keysArePerTable();
        Row row = new Row();
        while (slices.hasNext()) {
            Segment segment = Segment.select(slices.next(), plan.filter.rowFilter());
            if (perTable) {
                if (segment.count() > 0 || keepEmpty) {
                    groups.computeIfAbsent(key(plan, row.at(segment.slice(), -1)), k -> new ArrayList<>())
                            .add(segment);
                }
            } else {
                splitRows(plan, segment, groups, row);
            }
        }
        List<Group> list = new ArrayList<>();
        groups.forEach((key, segments) -> list.add(new Group(key, segments)));
        return limit(list, plan.select.soffset(), plan.select.slimit());
    }

    private static void splitRows(SelectPlan plan, Segment segment, Map<List<Object>, List<Segment>> groups,
            Row row) {
        Map<List<Object>, int[]> rows = new LinkedHashMap<>();
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < segment.count(); i++) {
            int index = segment.rows()[i];
            List<Object> key = key(plan, row.at(segment.slice(), index));
            int[] list = rows.computeIfAbsent(key, k -> new int[8]);
            int n = counts.getOrDefault(key, 0);
            if (n == list.length) {
                list = Arrays.copyOf(list, n * 2);
                rows.put(key, list);
            }
            list[n] = index;
            counts.put(key, n + 1);
        }
        rows.forEach((key, list) -> groups.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Segment(segment.slice(), list, counts.get(key))));
    }

    private static List<Object> key(SelectPlan plan, Row row) {
        List<Object> key = new ArrayList<>(plan.keys.size());
        for (Compiled compiled : plan.keys) {
            key.add(Values.groupKey(compiled.eval().eval(row)));
        }
        return key;
    }

    private static List<Group> limit(List<Group> groups, Long offset, Long limit) {
        int from = (int) Math.min(groups.size(), offset == null ? 0 : offset);
        int to = (int) Math.min(groups.size(), limit == null ? Long.MAX_VALUE : from + limit);
        return groups.subList(from, to);
    }
}
