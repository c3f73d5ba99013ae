package io.taospring.boot.autoconfigure.listener;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcOperations;

/** Committed offsets as the server reports them in {@code information_schema.ins_subscriptions}. */
final class Subscriptions {

    private Subscriptions() {
    }

    /** Per vgroup, the offset group {@code group} committed on {@code topic}; vgroups without one are absent. */
    static Map<Integer, Long> committed(JdbcOperations jdbc, String topic, String group) {
        Map<Integer, Long> committed = new LinkedHashMap<>();
        jdbc.query("select vgroup_id, `offset` from information_schema.ins_subscriptions where topic_name = '" + topic
                + "' and consumer_group = '" + group + "'", rs -> {
                    String offset = rs.getString(2);
                    if (offset != null && offset.startsWith("log:")) {
                        committed.put(rs.getInt(1), Long.parseLong(offset.substring(4)));
                    }
                });
        return committed;
    }
}
