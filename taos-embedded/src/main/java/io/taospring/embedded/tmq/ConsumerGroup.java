package io.taospring.embedded.tmq;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A consumer group: its live members, its committed offsets and the rows delivered per vgroup. */
final class ConsumerGroup {

    final String name;
    final Map<Long, ConsumerState> members = new LinkedHashMap<>();
    final Map<TopicVgroup, Long> committed = new HashMap<>();
    final Map<TopicVgroup, Long> rows = new HashMap<>();
    final Set<String> topics = new LinkedHashSet<>();

    ConsumerGroup(String name) {
        this.name = name;
    }
}
