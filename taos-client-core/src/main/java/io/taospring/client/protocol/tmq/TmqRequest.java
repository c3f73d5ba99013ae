package io.taospring.client.protocol.tmq;

import java.util.List;
import java.util.Map;

/** A text request on {@code /rest/tmq}: {@code {"action": ..., "args": {...}}} (ws-tmq.md 3-6). */
public sealed interface TmqRequest {

    /** The action name. */
    String action();

    /** The request id echoed in the reply. */
    long reqId();

    /**
     * A (topic, vgroup) pair as {@code committed} and {@code position} send it.
     *
     * @param topic    the topic
     * @param vgroupId the vgroup
     */
    record Vgroup(String topic, int vgroupId) {
    }

    /**
     * {@code subscribe}: authenticates, joins the group and subscribes to the topics.
     *
     * @param reqId                the request id
     * @param user                 the user
     * @param password             the password (never logged)
     * @param db                   the database, or null
     * @param groupId              the consumer group
     * @param clientId             the client id, or null
     * @param offsetReset          {@code earliest}, {@code latest} or {@code none}
     * @param topics               the topics
     * @param autoCommit           whether the server commits on its own
     * @param autoCommitIntervalMs the server's auto-commit interval
     * @param withTableName        whether blocks carry table names
     * @param config               further TMQ configuration, verbatim
     */
    record Subscribe(long reqId, String user, String password, String db, String groupId, String clientId,
            String offsetReset, List<String> topics, boolean autoCommit, long autoCommitIntervalMs,
            boolean withTableName, Map<String, String> config) implements TmqRequest {

        /** Copies the collections. */
        public Subscribe {
            topics = List.copyOf(topics);
            config = Map.copyOf(config);
        }

        @Override
        public String action() {
            return "subscribe";
        }

        @Override
        public String toString() {
            return "Subscribe[reqId=" + reqId + ", user=" + user + ", password=****, groupId=" + groupId
                    + ", clientId=" + clientId + ", offsetReset=" + offsetReset + ", topics=" + topics + "]";
        }
    }

    /**
     * {@code poll}: asks for the next message, waiting up to {@code blockingTime} milliseconds.
     *
     * @param reqId        the request id
     * @param blockingTime how long the server may wait for data, in milliseconds
     * @param messageId    the id of the last message received (0 for none)
     */
    record Poll(long reqId, long blockingTime, long messageId) implements TmqRequest {
        @Override
        public String action() {
            return "poll";
        }
    }

    /**
     * {@code fetch_raw_data}: the data of a polled message, answered with a binary frame.
     *
     * @param reqId     the request id
     * @param messageId the message
     */
    record FetchRawData(long reqId, long messageId) implements TmqRequest {
        @Override
        public String action() {
            return "fetch_raw_data";
        }
    }

    /**
     * {@code commit}: commits the current positions of all assigned vgroups.
     *
     * @param reqId     the request id
     * @param messageId the last message received (echoed, not checked)
     */
    record Commit(long reqId, long messageId) implements TmqRequest {
        @Override
        public String action() {
            return "commit";
        }
    }

    /**
     * {@code commit_offset}: commits one vgroup's offset.
     *
     * @param reqId    the request id
     * @param topic    the topic
     * @param vgroupId the vgroup
     * @param offset   the offset to commit (the next to read)
     */
    record CommitOffset(long reqId, String topic, int vgroupId, long offset) implements TmqRequest {
        @Override
        public String action() {
            return "commit_offset";
        }
    }

    /**
     * {@code committed}: the committed offsets of vgroups.
     *
     * @param reqId   the request id
     * @param vgroups the vgroups asked for
     */
    record Committed(long reqId, List<Vgroup> vgroups) implements TmqRequest {

        /** Copies the list. */
        public Committed {
            vgroups = List.copyOf(vgroups);
        }

        @Override
        public String action() {
            return "committed";
        }
    }

    /**
     * {@code position}: the next offsets to consume of vgroups.
     *
     * @param reqId   the request id
     * @param vgroups the vgroups asked for
     */
    record Position(long reqId, List<Vgroup> vgroups) implements TmqRequest {

        /** Copies the list. */
        public Position {
            vgroups = List.copyOf(vgroups);
        }

        @Override
        public String action() {
            return "position";
        }
    }

    /**
     * {@code seek}: moves a vgroup's position.
     *
     * @param reqId    the request id
     * @param topic    the topic
     * @param vgroupId the vgroup
     * @param offset   the new position
     */
    record Seek(long reqId, String topic, int vgroupId, long offset) implements TmqRequest {
        @Override
        public String action() {
            return "seek";
        }
    }

    /**
     * {@code assignment}: the vgroups of a topic assigned to this consumer, with their offsets.
     *
     * @param reqId the request id
     * @param topic the topic
     */
    record Assignment(long reqId, String topic) implements TmqRequest {
        @Override
        public String action() {
            return "assignment";
        }
    }

    /**
     * {@code unsubscribe}: leaves every topic.
     *
     * @param reqId the request id
     */
    record Unsubscribe(long reqId) implements TmqRequest {
        @Override
        public String action() {
            return "unsubscribe";
        }
    }

    /**
     * {@code list_topics}: the subscribed topics.
     *
     * @param reqId the request id
     */
    record ListTopics(long reqId) implements TmqRequest {
        @Override
        public String action() {
            return "list_topics";
        }
    }
}
