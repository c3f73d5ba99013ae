package io.taospring.embedded.tmq;

import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.Table;
import java.util.List;
import java.util.function.IntSupplier;

/** The vgroups of one database; a table lives in the vgroup its name hashes to. */
final class DatabaseLog {

    private final List<VgroupLog> vgroups;

    DatabaseLog(Database database, int count, IntSupplier ids) {
        VgroupLog[] logs = new VgroupLog[count];
        for (int i = 0; i < count; i++) {
            logs[i] = new VgroupLog(ids.getAsInt(), database);
        }
        this.vgroups = List.of(logs);
    }

    List<VgroupLog> vgroups() {
        return vgroups;
    }

    VgroupLog vgroupOf(Table table) {
        return vgroups.get(Math.floorMod(table.name().hashCode(), vgroups.size()));
    }

    VgroupLog vgroup(int id) {
        for (VgroupLog log : vgroups) {
            if (log.id() == id) {
                return log;
            }
        }
        return null;
    }
}
