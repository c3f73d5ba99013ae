package io.taospring.embedded.schemaless;

import io.taospring.client.TaosType;
import io.taospring.embedded.engine.EngineException;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.SuperTable;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.WrittenRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One request's changes to one database, under its schema write lock: every batch is planned (and so checked)
 * first, then the plans are applied, so that a rejected request changes nothing.
 */
final class SchemalessApply {

    private final Catalog catalog;
    private final Database db;
    private final Instant now;
    private final String tableNameKey;
    private final String data;

    SchemalessApply(Catalog catalog, Database db, Instant now, String tableNameKey, String data) {
        this.catalog = catalog;
        this.db = db;
        this.now = now;
        this.tableNameKey = tableNameKey;
        this.data = data;
    }

    void run(Collection<StableBatch> batches) {
        List<StablePlan> plans = new ArrayList<>(batches.size());
        for (StableBatch batch : batches) {
            plans.add(plan(batch));
        }
        for (StablePlan plan : plans) {
            apply(plan);
        }
    }

    private StablePlan plan(StableBatch batch) {
        SuperTable existing = db.stable(batch.stable);
        if (existing == null && db.table(batch.stable) != null) {
            throw new EngineException(0x0603, "Table already exists");
        }
        StablePlan plan = StablePlan.of(existing, batch, data);
        Map<String, String> names = new HashMap<>();
        for (SmlPoint point : batch.points) {
            String child = names.computeIfAbsent(point.tableKey(), key -> childName(point, existing));
            plan.addRow(child, point, timestamp(point), data);
        }
        return plan;
    }

    private String childName(SmlPoint point, SuperTable stable) {
        String name = ChildTableNames.name(point.stable(), point.tags(), tableNameKey);
        Table table = db.table(name);
        if (db.stable(name) != null || (table != null && (stable == null || table.stable() != stable))) {
            throw table != null && table.stable() != null
                    ? new EngineException(0x061D, "Table already exists in other stables")
                    : new EngineException(0x0603, "Table already exists");
        }
        return name;
    }

    private long timestamp(SmlPoint point) {
        try {
            return point.time().toDatabase(db.precision(), now);
        } catch (ArithmeticException e) {
            throw SmlErrors.invalidData("invalid timestamp", data, point.position());
        }
    }

    private void apply(StablePlan plan) {
        long created = now.toEpochMilli();
        SuperTable stable = plan.existing();
        if (stable == null) {
            stable = db.addStable(new SuperTable(db.name(), plan.name(), plan.columns(), plan.tags(), created,
                    catalog.nextUid()));
        } else {
            alter(stable, plan);
        }
        for (StablePlan.ChildRows child : plan.children()) {
            Table table = db.table(child.name());
            if (table == null) {
                table = db.addTable(new Table(db.name(), child.name(), stable, null, child.tagValues(plan.tags()),
                        created, catalog.nextUid()));
            }
            table.data().write(child.rows());
            catalog.tmqHooks().rowsWritten(db, table, WrittenRows.of(child.rows()));
        }
    }

    private static void alter(SuperTable stable, StablePlan plan) {
        int oldColumns = stable.columns().size();
        int oldTags = stable.tags().size();
        stable.columns(plan.columns());
        stable.tags(plan.tags());
        for (int c = oldColumns; c < plan.columns().size(); c++) {
            TaosType type = plan.columns().get(c).type();
            stable.children().forEach(child -> child.data().addColumn(type));
        }
        if (plan.tags().size() > oldTags) {
            stable.children().forEach(child -> child.tags(java.util.Arrays.copyOf(child.tags(), plan.tags().size())));
        }
    }
}
