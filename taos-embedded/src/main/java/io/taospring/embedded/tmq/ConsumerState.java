package io.taospring.embedded.tmq;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One consumer as the broker sees it: identity, subscription, and the positions of its assigned vgroups. */
final class ConsumerState {

    /** The position of a vgroup with no offset to start from ({@code auto.offset.reset=none}, no commit). */
    static final long NO_OFFSET = Long.MIN_VALUE;

    final long id;
    final String group;
    final String clientId;
    final String user;
    final OffsetReset reset;
    final boolean autoCommit;
    final long autoCommitIntervalMs;
    final long upTime;
    List<String> topics = List.of();
    long subscribeTime;
    long rebalanceTime;
    long lastAutoCommit;
    /** Assigned vgroups in a stable order, with their positions (next version to read). */
    Map<TopicVgroup, Long> positions = new LinkedHashMap<>();
    int nextPoll;

    ConsumerState(long id, String group, String clientId, String user, OffsetReset reset, boolean autoCommit,
            long autoCommitIntervalMs, long now) {
        this.id = id;
        this.group = group;
        this.clientId = clientId;
        this.user = user;
        this.reset = reset;
        this.autoCommit = autoCommit;
        this.autoCommitIntervalMs = autoCommitIntervalMs;
        this.upTime = now;
        this.lastAutoCommit = now;
    }

    String displayId() {
        return "0x" + Long.toHexString(id);
    }
}
