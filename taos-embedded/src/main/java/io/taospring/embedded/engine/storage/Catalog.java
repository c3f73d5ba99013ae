package io.taospring.embedded.engine.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** All databases and topics of one engine. Thread-safe. */
public final class Catalog {

    private final ConcurrentHashMap<String, Database> databases = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Topic> topics = new ConcurrentHashMap<>();
    private final AtomicLong uids = new AtomicLong(1_000);
    private volatile TmqHooks tmqHooks = TmqHooks.NONE;

    /** A fresh unique id for a table. */
    public long nextUid() {
        return uids.incrementAndGet();
    }

    /** A database by name, or null. */
    public Database database(String name) {
        return databases.get(name);
    }

    /** The user databases in creation order. */
    public List<Database> databases() {
        List<Database> list = new ArrayList<>(databases.values());
        list.sort(Comparator.comparingLong(Database::uid));
        return list;
    }

    /** Adds a database unless the name is taken; returns whether it was added. */
    public boolean addDatabase(Database database) {
        return databases.putIfAbsent(database.name(), database) == null;
    }

    /** Removes a database and the topics reading it; returns whether it existed. */
    public boolean removeDatabase(String name) {
        topics.values().removeIf(topic -> topic.database().equals(name));
        return databases.remove(name) != null;
    }

    /** A topic by name, or null. */
    public Topic topic(String name) {
        return topics.get(name);
    }

    /** The topics in creation order. */
    public List<Topic> topics() {
        List<Topic> list = new ArrayList<>(topics.values());
        list.sort(Comparator.comparingLong(Topic::uid));
        return list;
    }

    /** Adds a topic unless the name is taken; returns whether it was added. */
    public boolean addTopic(Topic topic) {
        return topics.putIfAbsent(topic.name(), topic) == null;
    }

    /** Removes a topic; returns whether it existed. */
    public boolean removeTopic(String name) {
        return topics.remove(name) != null;
    }

    /** The data-subscription layer's hooks ({@link TmqHooks#NONE} when there is none). */
    public TmqHooks tmqHooks() {
        return tmqHooks;
    }

    /** Installs the data-subscription layer's hooks. */
    public void tmqHooks(TmqHooks hooks) {
        this.tmqHooks = java.util.Objects.requireNonNull(hooks, "hooks");
    }
}
