package io.taospring.embedded.tmq;

import io.taospring.client.protocol.tmq.VgroupAssignment;
import io.taospring.embedded.engine.storage.Catalog;
import io.taospring.embedded.engine.storage.Database;
import io.taospring.embedded.engine.storage.Table;
import io.taospring.embedded.engine.storage.TmqHooks;
import io.taospring.embedded.engine.storage.WrittenRows;
import io.taospring.embedded.engine.storage.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded server's TMQ state: a write-ahead log per vgroup fed by the engine's inserts, and the consumer
 * groups with their assignments, positions and committed offsets (ws-tmq.md 9). Group state is guarded by
 * this object's monitor; logs synchronise on their own.
 */
final class TmqBroker implements TmqHooks {

    private static final int DEFAULT_VGROUPS = 2;

    private final Catalog catalog;
    private final Map<Database, DatabaseLog> logs = new ConcurrentHashMap<>();
    private final AtomicInteger vgroupIds = new AtomicInteger(2);
    private final AtomicLong consumerIds = new AtomicLong(System.nanoTime() & 0x7FFF_FFFF_0000L);
    private final Map<String, ConsumerGroup> groups = new LinkedHashMap<>();
    private final Map<String, TopicView> views = new ConcurrentHashMap<>();

    private TmqBroker(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The broker of {@code catalog}, installed as its TMQ hooks on first use. */
    static TmqBroker attach(Catalog catalog) {
        synchronized (catalog) {
            if (catalog.tmqHooks() instanceof TmqBroker existing) {
                return existing;
            }
            TmqBroker broker = new TmqBroker(catalog);
            catalog.tmqHooks(broker);
            return broker;
        }
    }

    // ---- engine hooks ----

    @Override
    public void rowsWritten(Database database, Table table, WrittenRows rows) {
        log(database).vgroupOf(table).append(table, rows);
    }

    @Override
    public synchronized boolean topicSubscribed(String topic) {
        return groups.values().stream().flatMap(g -> g.members.values().stream())
                .anyMatch(c -> c.topics.contains(topic));
    }

    @Override
    public synchronized List<Object[]> consumerRows() {
        List<Object[]> rows = new ArrayList<>();
        for (ConsumerGroup group : groups.values()) {
            for (ConsumerState c : group.members.values()) {
                String parameters = "tbname:1,commit:" + (c.autoCommit ? 1 : 0) + ",interval:"
                        + c.autoCommitIntervalMs + "ms,reset:" + c.reset.configValue();
                for (String topic : c.topics) {
                    rows.add(new Object[] {c.displayId(), group.name, c.clientId, c.user, "localhost", "ready",
                        topic, c.upTime, c.subscribeTime, c.rebalanceTime, parameters});
                }
            }
        }
        return rows;
    }

    @Override
    public synchronized List<Object[]> subscriptionRows() {
        List<Object[]> rows = new ArrayList<>();
        for (ConsumerGroup group : groups.values()) {
            for (String topic : group.topics) {
                for (VgroupLog vgroup : vgroupsOf(topic)) {
                    TopicVgroup key = new TopicVgroup(topic, vgroup.id());
                    ConsumerState owner = ownerOf(group, key);
                    Long committed = group.committed.get(key);
                    rows.add(new Object[] {topic, group.name, (long) vgroup.id(),
                        owner == null ? null : owner.displayId(), owner == null ? null : owner.user, "localhost",
                        committed == null ? null : "log:" + committed, group.rows.getOrDefault(key, 0L)});
                }
            }
        }
        return rows;
    }

    private static ConsumerState ownerOf(ConsumerGroup group, TopicVgroup key) {
        return group.members.values().stream().filter(c -> c.positions.containsKey(key)).findFirst().orElse(null);
    }

    // ---- membership ----

    /** A new consumer, not yet subscribed. */
    ConsumerState newConsumer(String group, String clientId, String user, OffsetReset reset, boolean autoCommit,
            long autoCommitIntervalMs) {
        return new ConsumerState(consumerIds.incrementAndGet(), group, clientId == null ? "" : clientId, user,
                reset, autoCommit, autoCommitIntervalMs, System.currentTimeMillis());
    }

    /** Subscribes {@code consumer} to {@code topics} (replacing earlier ones) and rebalances its group. */
    synchronized void subscribe(ConsumerState consumer, List<String> topics) {
        for (String topic : topics) {
            if (catalog.topic(topic) == null) {
                throw TmqErrors.topicNotExist();
            }
        }
        ConsumerGroup group = groups.computeIfAbsent(consumer.group, ConsumerGroup::new);
        consumer.topics = List.copyOf(new java.util.LinkedHashSet<>(topics));
        consumer.subscribeTime = System.currentTimeMillis();
        group.topics.addAll(consumer.topics);
        group.members.put(consumer.id, consumer);
        rebalance(group);
    }

    /** Removes {@code consumer} from its group (unsubscribe or close) and rebalances the rest. */
    synchronized void leave(ConsumerState consumer) {
        ConsumerGroup group = groups.get(consumer.group);
        consumer.topics = List.of();
        consumer.positions = new LinkedHashMap<>();
        if (group != null && group.members.remove(consumer.id) != null) {
            rebalance(group);
        }
    }

    /** Assigns every vgroup of every subscribed topic to one member, round robin over the members by id. */
    private void rebalance(ConsumerGroup group) {
        Map<Long, Map<TopicVgroup, Long>> next = new LinkedHashMap<>();
        group.members.keySet().forEach(id -> next.put(id, new LinkedHashMap<>()));
        TreeSet<String> topics = new TreeSet<>();
        group.members.values().forEach(c -> topics.addAll(c.topics));
        for (String topic : topics) {
            List<ConsumerState> subscribers = group.members.values().stream().filter(c -> c.topics.contains(topic))
                    .sorted(Comparator.comparingLong(c -> c.id)).toList();
            List<VgroupLog> vgroups = vgroupsOf(topic);
            for (int i = 0; i < vgroups.size(); i++) {
                ConsumerState owner = subscribers.get(i % subscribers.size());
                TopicVgroup key = new TopicVgroup(topic, vgroups.get(i).id());
                Long kept = owner.positions.get(key);
                next.get(owner.id).put(key, kept != null ? kept : initialPosition(group, owner, key, vgroups.get(i)));
            }
        }
        long now = System.currentTimeMillis();
        for (ConsumerState member : group.members.values()) {
            member.positions = next.get(member.id);
            member.rebalanceTime = now;
            member.nextPoll = 0;
        }
    }

    private static long initialPosition(ConsumerGroup group, ConsumerState owner, TopicVgroup key, VgroupLog log) {
        Long committed = group.committed.get(key);
        if (committed != null) {
            return committed;
        }
        return switch (owner.reset) {
            case EARLIEST -> log.begin();
            case LATEST -> log.end();
            case NONE -> ConsumerState.NO_OFFSET;
        };
    }

    // ---- consuming ----

    /** The next message for {@code consumer}, or null when none of its vgroups has one now. */
    synchronized PolledMessage poll(ConsumerState consumer) {
        List<TopicVgroup> assigned = new ArrayList<>(consumer.positions.keySet());
        for (int k = 0; k < assigned.size(); k++) {
            int index = (consumer.nextPoll + k) % assigned.size();
            TopicVgroup key = assigned.get(index);
            long position = consumer.positions.get(key);
            if (position == ConsumerState.NO_OFFSET) {
                throw TmqErrors.noCommittedOffset();
            }
            VgroupLog log = vgroupLog(key);
            TopicView view = view(key.topic());
            if (log == null || view == null) {
                continue;
            }
            MessageReader.Read read = MessageReader.read(view, log, position);
            consumer.positions.put(key, read.next());
            if (read.message() != null) {
                consumer.nextPoll = index + 1;
                groups.get(consumer.group).rows.merge(key, (long) read.message().rowCount(), Long::sum);
                return read.message();
            }
        }
        return null;
    }

    /** Commits the positions of all of {@code consumer}'s vgroups. */
    synchronized void commit(ConsumerState consumer) {
        ConsumerGroup group = groups.get(consumer.group);
        if (group == null) {
            return;
        }
        consumer.positions.forEach((key, position) -> {
            if (position != ConsumerState.NO_OFFSET) {
                group.committed.put(key, position);
            }
        });
    }

    /** Commits one vgroup's offset. */
    synchronized void commitOffset(ConsumerState consumer, TopicVgroup key, long offset) {
        VgroupLog log = assigned(consumer, key);
        checkRange(log, offset);
        ConsumerGroup group = groups.get(consumer.group);
        Long previous = group.committed.get(key);
        if (previous != null && previous == offset) {
            throw TmqErrors.sameCommittedValue();
        }
        group.committed.put(key, offset);
    }

    /** The committed offset of a vgroup, or {@link TmqErrors#OFFSET_INVALID}. */
    synchronized long committed(ConsumerState consumer, TopicVgroup key) {
        requireTopic(consumer, key.topic());
        ConsumerGroup group = groups.get(consumer.group);
        Long committed = group == null ? null : group.committed.get(key);
        return committed == null ? TmqErrors.OFFSET_INVALID : committed;
    }

    /** The next offset {@code consumer} reads from a vgroup assigned to it. */
    synchronized long position(ConsumerState consumer, TopicVgroup key) {
        assigned(consumer, key);
        long position = consumer.positions.get(key);
        return position == ConsumerState.NO_OFFSET ? TmqErrors.OFFSET_INVALID : position;
    }

    /** Moves a vgroup's position to {@code offset}, which must lie in [begin, end]. */
    synchronized void seek(ConsumerState consumer, TopicVgroup key, long offset) {
        VgroupLog log = assigned(consumer, key);
        checkRange(log, offset);
        consumer.positions.put(key, offset);
    }

    /** The vgroups of {@code topic} assigned to {@code consumer}, with position, begin and end. */
    synchronized List<VgroupAssignment> assignment(ConsumerState consumer, String topic) {
        requireTopic(consumer, topic);
        List<VgroupAssignment> result = new ArrayList<>();
        consumer.positions.forEach((key, position) -> {
            if (key.topic().equals(topic)) {
                VgroupLog log = vgroupLog(key);
                long end = log == null ? 0 : log.end();
                result.add(new VgroupAssignment(key.vgroupId(),
                        position == ConsumerState.NO_OFFSET ? TmqErrors.OFFSET_INVALID : position, 0, end));
            }
        });
        return result;
    }

    private VgroupLog assigned(ConsumerState consumer, TopicVgroup key) {
        requireTopic(consumer, key.topic());
        VgroupLog log = consumer.positions.containsKey(key) ? vgroupLog(key) : null;
        if (log == null) {
            throw TmqErrors.vgroupNotAssigned();
        }
        return log;
    }

    private static void requireTopic(ConsumerState consumer, String topic) {
        if (!consumer.topics.contains(topic)) {
            throw TmqErrors.topicNotSubscribed();
        }
    }

    private static void checkRange(VgroupLog log, long offset) {
        if (offset < log.begin() || offset > log.end()) {
            throw TmqErrors.offsetOutOfRange();
        }
    }

    // ---- logs and views ----

    private DatabaseLog log(Database database) {
        return logs.computeIfAbsent(database, db -> new DatabaseLog(db,
                vgroupCount(db), vgroupIds::getAndIncrement));
    }

    private static int vgroupCount(Database database) {
        try {
            return Math.max(1, Integer.parseInt(database.option("vgroups", Integer.toString(DEFAULT_VGROUPS))));
        } catch (NumberFormatException e) {
            return DEFAULT_VGROUPS;
        }
    }

    private List<VgroupLog> vgroupsOf(String topicName) {
        Topic topic = catalog.topic(topicName);
        Database database = topic == null ? null : catalog.database(topic.database());
        return database == null ? List.of() : log(database).vgroups();
    }

    private VgroupLog vgroupLog(TopicVgroup key) {
        Topic topic = catalog.topic(key.topic());
        Database database = topic == null ? null : catalog.database(topic.database());
        return database == null ? null : log(database).vgroup(key.vgroupId());
    }

    private TopicView view(String topicName) {
        Topic topic = catalog.topic(topicName);
        if (topic == null) {
            return null;
        }
        TopicView view = views.get(topicName);
        if (view == null || view.topic() != topic) {
            view = new TopicView(topic);
            views.put(topicName, view);
        }
        return view;
    }
}
